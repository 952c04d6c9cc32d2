package org.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void dropsTagsAndCommentsAndDecodesEntities() {
        assertEquals("a > b & “c”", HtmlText.of("<span class=\"x\">a &gt; b</span> &amp; &#x201C;c&#8221;<!-- x > y -->"));
    }

    @Test
    void lineBreaksAndBlockEndsBecomeNewLines() {
        assertEquals("one\ntwo\n", HtmlText.withBreaks("one<br/>two</p>"));
    }

    @Test
    void unknownEntitiesAndStrayBracketsStay() {
        assertEquals("&bogus; 3 < 4", HtmlText.of("&bogus; 3 < 4"));
    }
}

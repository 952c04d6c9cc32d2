package org.briefing.read.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

class AttributeListTest {
    /** Errors say only the offset, so that each case can check exactly where it points. */
    private static final SourceErrors AT_OFFSET = (offset, message) -> new InputException(offset + ": " + message);

    private static AttributeList parse(String text) {
        return AttributeList.parse(text, text.indexOf('{'), text.length(), AT_OFFSET);
    }

    private static String error(String text) {
        return assertThrows(InputException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsIdClassesAndQuotedAndUnquotedValues() {
        AttributeList list = parse("x{#fig:grid .wide width=\"50%\" height='5cm' fig-cap=\"Say \\\"hi\\\"\" k=v}tail");
        assertEquals("fig:grid", list.id());
        assertEquals("50%", list.get("width").text());
        assertEquals("5cm", list.get("height").text());
        assertEquals("Say \"hi\"", list.get("fig-cap").text());
        assertEquals("v", list.get("k").text());
        assertEquals(1, list.start());
        assertEquals("x{#fig:grid .wide width=\"50%\" height='5cm' fig-cap=\"Say \\\"hi\\\"\" k=v}".length(), list.end());
        assertEquals(25, list.get("width").offset(), "just past the opening quote");
    }

    @Test
    void spacesAndLineBreaksSeparateAttributesAndALaterKeyWins() {
        AttributeList list = parse("{  width=1cm\n  width=2cm  }");
        assertEquals("2cm", list.get("width").text());
        assertNull(list.get("height"));
        assertEquals("", parse("{}").id());
    }

    @Test
    void malformedListsNameTheOffsetWhereTheyWentWrong() {
        assertEquals("0: attribute list not closed: a '}' is missing", error("{width=5"));
        assertEquals("7: value of b not closed: a \" is missing", error("{a=1 b=\"x}"));
        assertEquals("1: expected #id, .class or key=value in an attribute list, found 'w'", error("{width = 5}"));
        assertEquals("1: '#' without a name in an attribute list", error("{# x}"));
        assertEquals("7: width= without a value; write width=value or width=\"a value\"", error("{width= x}"));
        assertEquals("8: attributes are separated by spaces; found '\"'", error("{width=5\"x\"}"));
    }

    @Test
    void onlyBracesFollowedByAnAttributeCountAsCandidates() {
        String caption = ": Set {a, b} {#tbl:x}";
        assertEquals(caption.lastIndexOf('{'), AttributeList.lastCandidate(caption, 0, caption.length()));
        assertEquals(-1, AttributeList.lastCandidate(": Set {a, b}", 0, 12));
        assertEquals(2, AttributeList.lastCandidate(": {w=1} {x}", 0, 11));
    }

    @Test
    void classesAreKeptAndALoneDashMeansUnnumbered() {
        assertEquals(java.util.Set.of("wide", "unnumbered"), parse("{.wide -}").classes());
        assertEquals(java.util.Set.of("unnumbered"), parse("{- #x}").classes());
        assertEquals("x", parse("{- #x}").id());
        assertEquals(java.util.Set.of(), parse("{#x}").classes());
        assertEquals(0, AttributeList.lastCandidate("{-}", 0, 3));
        assertEquals(-1, AttributeList.lastCandidate("{-5}", 0, 4), "a negative number is no attribute list");
    }
}

package org.briefing.read.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.CodeBlock;
import org.briefing.model.Document;
import org.briefing.model.HtmlBlock;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;

/**
 * The long-paragraph guard counts only lines that are one paragraph: a heading, a rule, an indented code
 * block or an HTML block ends or is no paragraph, so many such lines in a row neither warn nor get cut.
 */
class LongParagraphFalseAlarmTest {
    private final List<String> warnings = new ArrayList<>();
    private final MarkdownReader reader = new MarkdownReader(warnings::add);

    private static String lines(String prefix, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(prefix).append(i).append('\n');
        }
        return out.toString();
    }

    @Test
    void paragraphsBetweenHeadingsAndRulesAreNotOneLongParagraph() {
        reader.parse(lines("word ", 700) + "# Heading\n" + lines("more ", 700) + "***\n" + lines("last ", 700), "h.md");
        assertEquals(List.of(), warnings);
    }

    @Test
    void manyHeadingsInARowAreNoParagraph() {
        reader.parse(lines("## Heading ", 1500), "h.md");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aLongIndentedCodeBlockIsNeitherWarnedAboutNorCut() {
        Document doc = reader.parse("Text.\n\n" + lines("    code ", 1500), "c.md");
        assertEquals(List.of(), warnings);
        CodeBlock code = (CodeBlock) doc.blocks().get(1);
        assertEquals(1500, code.code().lines().count(), "no blank line inserted into the code");
    }

    @Test
    void aLongHtmlBlockIsNeitherWarnedAboutNorCut() {
        Document doc = reader.parse("<div>\n" + lines("<p>row ", 1500) + "</div>\n", "t.md");
        assertEquals(List.of(), warnings);
        assertEquals(1, doc.blocks().size());
        assertTrue(doc.blocks().get(0) instanceof HtmlBlock);
    }

    @Test
    void aRealLongParagraphStillWarns() {
        reader.parse("# Title\n" + lines("word ", 1500), "p.md");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("p.md:1002"), warnings.toString());
    }
}

package org.briefing.read.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Document;
import org.briefing.model.FootnoteRef;
import org.briefing.model.Paragraph;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;

/**
 * What the writer wrote but the model cannot keep as written is reported at its place: a footnote
 * reference without a definition, a label defined twice, and nesting flattened past the depth limit.
 */
class LostStructureWarningsTest {
    private final List<String> warnings = new ArrayList<>();
    private final MarkdownReader reader = new MarkdownReader(warnings::add);

    @Test
    void aFootnoteWithoutADefinitionIsShownAsWrittenWithAWarningAtItsPlace() {
        Document doc = reader.parse("---\ntitle: T\n---\n\nClaim.[^missing]\n", "m.md");
        assertEquals(List.of("m.md:5:7: footnote [^missing] has no definition; it is shown as written. "
                + "Define it: [^missing]: …"), warnings);
        assertEquals("Claim.[^missing]", org.briefing.model.PlainText.of(((Paragraph) doc.blocks().get(0)).content()));
    }

    @Test
    void aFootnoteDefinedTwiceIsReportedAtTheRepeatAndReferencesUseTheFirst() {
        Document doc = reader.parse("A[^a].\n\n[^a]: One.\n\n[^a]: Two.\n", "m.md");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("m.md:5:1: footnote [^a] is defined twice (first on line 3)"),
                warnings.toString());
        FootnoteRef ref = (FootnoteRef) ((Paragraph) doc.blocks().get(0)).content().get(1);
        assertEquals("One.", org.briefing.model.PlainText.of(
                ((Paragraph) doc.footnotes().get(ref.number() - 1).blocks().get(0)).content()));
        assertEquals(2, doc.footnotes().size(), "the second definition is kept, not lost");
    }

    @Test
    void quotesNestedPastTheLimitWarnOnceWithTheirLine() {
        reader.parse("# T\n\n" + "> ".repeat(5000) + "deep\n", "m.md");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("m.md:3:") && warnings.get(0).contains("block quotes or lists nested "
                + "more than 32 levels deep"), warnings.toString());
    }
}

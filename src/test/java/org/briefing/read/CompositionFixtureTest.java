package org.briefing.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.Golden;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.Inline;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Table;
import org.junit.jupiter.api.Test;

/** The composition fixture: every syntax for sizes, captions, labels and breaks, read as reviewed. */
class CompositionFixtureTest {
    private final Document doc = SourceFixture.read(new MarkdownReader(),
            Path.of("src/test/resources/read/composition.md"));

    @Test
    void readsAsReviewed() {
        Golden.assertMatches("read/composition.dump", DocumentDump.of(doc));
    }

    @Test
    void noAttributeTextIsVisible() {
        String visible = visibleText(doc.blocks());
        for (String markup : List.of("width", "height", "fig-cap", "tbl-colwidths", "#fig", "#tbl", ".wide", "=",
                "\\newpage", "break-before", "Table:")) {
            assertFalse(visible.contains(markup), () -> "'" + markup + "' is visible in: " + visible);
        }
    }

    @Test
    void everyKindOfBlockIsThere() {
        assertEquals(5, doc.blocks().stream().filter(Figure.class::isInstance).count());
        assertEquals(3, doc.blocks().stream().filter(Table.class::isInstance).count());
        assertEquals(4, doc.blocks().stream().filter(PageBreak.class::isInstance).count());
    }

    /** The words a reader sees: paragraphs, headings, captions and table cells (alt text is never shown). */
    private static String visibleText(List<Block> blocks) {
        List<Inline> all = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                p.content().forEach(inline -> all.add(inline instanceof org.briefing.model.Image ? null : inline));
            } else if (block instanceof Heading h) {
                all.addAll(h.content());
            } else if (block instanceof Figure f) {
                all.addAll(f.caption());
            } else if (block instanceof Table t) {
                all.addAll(t.caption());
                t.head().forEach(row -> row.cells().forEach(all::addAll));
                t.body().forEach(row -> row.cells().forEach(all::addAll));
            }
            all.add(new org.briefing.model.Text(" | "));
        }
        all.removeIf(java.util.Objects::isNull);
        return PlainText.of(all);
    }
}

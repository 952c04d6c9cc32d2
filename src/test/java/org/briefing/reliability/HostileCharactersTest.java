package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.corpus.Outputs;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.briefing.validate.EpubChecker;
import org.briefing.validate.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters no reader can see (controls, noncharacters, stray byte-order marks, joiners) never reach a font
 * as a missing glyph nor the metadata as bad XML: the outputs stay valid PDF/UA-1, PDF/A-2a and EPUB.
 */
class HostileCharactersTest {
    private static final String SOURCE = "---\ntitle: \"Title \\x1A with \\x07 controls \\x85 and \\uFFFE\"\n"
            + "summary: \"sum\\x01mary\"\nauthors: [\"A\\x02B\"]\n"
            + "participants:\n  - name: \"C\\x03D\"\n    bio: \"bio\\x7F\"\n---\n\n"
            + "# Bell \u0007 heading\n\nText \u0001 here, DEL \u007F, C1 \u0090, BOM \uFEFF inside, \uFDD0 and \uFFFF.\n\n"
            + "Entities &#1; &#x7f; &#xFFFE; &#x9f; in text, [a link](https://example.com \"t&#2;\").\n\n"
            + "```js&#1;\ncode \u0003 block\n```\n\nJoiners: a\u200Db a\u200Cb \u2060 \u00AD soft, VS \uFE0F, \u180E, \u200B.\n";

    @TempDir
    Path dir;

    private static Document read(List<String> warnings) {
        return new MarkdownReader(warnings::add).parse(SOURCE, "controls.md");
    }

    @Test
    void controlsAreRemovedWithAWarningAtTheirPlace() {
        List<String> warnings = new ArrayList<>();
        Document document = read(warnings);
        String all = document.toString();
        for (char c : new char[] {1, 2, 3, 7, 0x1A, 0x7F, 0x85, 0x90, 0x9F, 0xFFFE, 0xFFFF, 0xFDD0}) {
            assertEquals(-1, all.indexOf(c), () -> String.format("U+%04X kept in %s", (int) c, all));
        }
        assertEquals(-1, all.indexOf('\uFEFF'), all);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("controls.md:10:8: ")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("controls.md:2:")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("controls.md:4:")), warnings.toString());
        assertTrue(all.contains("a\u200Db"), "joiners are text, kept for shaping");
    }

    @Test
    void aFileFullOfControlsGivesBoundedWarningsEachWithItsPlace() {
        List<String> warnings = new ArrayList<>();
        new MarkdownReader(warnings::add).parse("a\u0001b\n".repeat(100), "binary.md");
        assertEquals(21, warnings.size(), warnings.toString());
        assertEquals("binary.md:21:2: removed such characters from 80 more lines, from this one on", warnings.get(20));
    }

    @Test
    void thePdfPassesPdfUaAndPdfA() {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = Outputs.render("pdf", read(new ArrayList<>()), Resources.NONE, warnings);
        assertEquals(List.of(), warnings, "invisible characters are not 'missing from every font'");
        assertEquals(List.of(), VeraPdf.failuresUa1(pdf));
        assertEquals(List.of(), VeraPdf.failuresA2a(pdf));
    }

    @Test
    void theEpubIsValid() throws Exception {
        byte[] epub = Outputs.render("epub", read(new ArrayList<>()), Resources.NONE, new ArrayList<>());
        assertEquals(List.of(), EpubChecker.errors(epub, dir));
        assertFalse(Outputs.epubText(epub).contains("\u0001"));
    }
}

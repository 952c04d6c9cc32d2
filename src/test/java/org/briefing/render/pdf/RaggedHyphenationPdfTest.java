package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Document;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ragged text is hyphenated too: a table too wide for the measure even at the theme's smallest table size
 * splits a long word in a narrow cell at a line end, and pdftotext still reads the word whole. (A table
 * whose words fit side by side wraps its cells at spaces only.)
 */
class RaggedHyphenationPdfTest {
    private static final String SOURCE = """
            ---
            title: Cells
            ---

            | Topic | Notes | Status | Owner | Risk | Area | Lead | Plan | Next |
            |---|---|---|---|---|---|---|---|---|
            | The representatives discussed denuclearization | The representatives discussed reunification \
            | Delegations considered comprehensive verification | Participants reconsidered extraordinary \
            measures | Negotiators characterized multilateral arrangements | Denuclearization | Reunification \
            | Verification | Characterization |
            """;

    @Test
    void aNarrowTableCellHyphenatesALongWordThatStillExtractsWhole(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("cells.md");
        Files.writeString(source, SOURCE);
        Document doc = PdfFixtures.read(source);
        RenderJob job = new RenderJob(doc, PdfFixtures.theme(), PdfFixtures.resourcesFor(source), w -> { },
                RenderOptions.defaults());
        List<String> splitRests = new ArrayList<>();
        for (Page page : new PdfRenderer().layout(job, new FontLibrary(job.theme()))) {
            for (PageItem item : page.items()) {
                if (item instanceof TextItem t && t.fragment().role() == StructureRole.TABLE_CELL
                        && t.actualText() != null && !t.actualText().isEmpty()) {
                    splitRests.add(t.actualText());
                }
            }
        }
        assertFalse(splitRests.isEmpty(), "a word in the narrow cell is split at a line end");

        assumeTrue(onPath("pdftotext"), "poppler-utils not installed");
        Path pdf = dir.resolve("cells.pdf");
        Files.write(pdf, PdfFixtures.render(doc, PdfFixtures.theme(), PdfFixtures.resourcesFor(source)).pdf());
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0);
        List<String> words = ModelWords.words(text);
        for (String word : List.of("representatives", "discussed", "denuclearization", "reunification")) {
            assertTrue(words.contains(word), word + " is found whole by pdftotext in: " + text);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Path.of(dir, tool).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }
}

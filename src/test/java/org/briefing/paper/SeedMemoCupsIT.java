package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.model.Document;
import org.briefing.model.Warnings;
import org.briefing.read.MarkdownReader;
import org.briefing.read.SourceFixture;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderers;
import org.briefing.render.Resources;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled seed briefing, rendered by the PDF renderer and printed through CUPS: the printed file has
 * the memo's page count and its first page reads as the memo's first page.
 */
class SeedMemoCupsIT {
    private static final Path SEED = Path.of("source/north-korea-us-china-cooperation.md");

    @Test
    void printsTheSeedMemo() throws Exception {
        Renderers renderers = Renderers.discover();
        // Not a CUPS problem, so skipped even in CI until the PDF renderer is on the class path.
        Assumptions.assumeTrue(renderers.has("pdf"), "no 'pdf' renderer on the class path yet");
        CupsPdfQueue queue = CupsPdfQueue.require();

        long start = System.nanoTime();
        Document memo = SourceFixture.read(new MarkdownReader(), SEED);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderers.get("pdf").render(new RenderJob(memo, new ThemeLoader(Path.of("styles")).load("memo"),
                Resources.NONE, Warnings.IGNORE, RenderOptions.defaults()), pdf);
        long rendered = System.nanoTime();
        String job = CupsPdfQueue.uniqueJobName("BriefingSeedIT");
        PrintReceipt receipt = new PaperPrinter().print(pdf.toByteArray(), PrintRequest.defaults(job));
        long spooled = System.nanoTime();
        byte[] output = queue.awaitOutput(job);
        // Figures for the log, not limits: the time to render, to spool, and for CUPS to finish the job.
        CupsPdfQueue.log("seed memo: render " + (rendered - start) / 1_000_000 + " ms, spool "
                + (spooled - rendered) / 1_000_000 + " ms, CUPS job " + (System.nanoTime() - spooled) / 1_000_000 + " ms");

        try (PDDocument printed = Loader.loadPDF(output);
                PDDocument source = Loader.loadPDF(pdf.toByteArray())) {
            CupsPdfQueue.log("seed memo: " + receipt + "; " + CupsPdfQueue.run("lpstat", "-W", "completed", "-o",
                    CupsPdfQueue.QUEUE).lines().filter(l -> l.startsWith(CupsPdfQueue.QUEUE)).findFirst().orElse(""));
            assertEquals(source.getNumberOfPages(), printed.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            List<String> expected = CupsPdfQueue.words(stripper.getText(source)).stream()
                    .filter(w -> w.length() >= 4).toList();
            List<String> read = CupsPdfQueue.ocrWords(printed, 0);
            List<String> missing = expected.stream().filter(w -> !read.contains(w)).toList();
            CupsPdfQueue.log("seed memo printed: " + printed.getNumberOfPages() + " pages; page 1 reads: "
                    + String.join(" ", read.subList(0, Math.min(12, read.size()))));
            // Memo pages carry small type (footers, banner); OCR must still read 85% of the longer words.
            assertTrue(!expected.isEmpty() && missing.size() <= expected.size() * 15 / 100,
                    "printed page 1 lacks " + missing.size() + " of " + expected.size() + " words: " + missing);
        }
    }
}

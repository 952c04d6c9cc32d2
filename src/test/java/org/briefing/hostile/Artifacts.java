package org.briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.messages.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.briefing.validate.EpubChecker;
import org.briefing.validate.VeraPdf;

/**
 * The real validators every produced file must pass, and readers of what a PDF or EPUB holds for the
 * cases' own checks. veraPDF and EPUBCheck are started once per JVM (their class initialisation is the
 * slow part) and reused by every case.
 */
final class Artifacts {
    /** PDFs larger than this skip veraPDF (see {@link #pdfProblems}). */
    static final int VERAPDF_MAX_BYTES = 1 << 20;

    private Artifacts() {
    }

    /** qpdf --check, PDFBox re-open, veraPDF PDF/UA-1 and PDF/A-2a: every failure, empty when valid. */
    static List<String> pdfProblems(Path pdf, boolean withVeraPdf) throws Exception {
        List<String> problems = new ArrayList<>();
        Process qpdf = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        String qpdfSays = Launches.drain(qpdf.getInputStream());
        if (qpdf.waitFor() != 0) {
            problems.add("qpdf --check: " + qpdfSays.strip());
        }
        byte[] bytes = Files.readAllBytes(pdf);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() < 1) {
                problems.add("PDFBox: no pages");
            }
        } catch (IOException e) {
            problems.add("PDFBox cannot re-open it: " + e.getMessage());
            return problems;
        }
        if (!withVeraPdf || bytes.length > VERAPDF_MAX_BYTES) {
            // veraPDF takes minutes on a PDF this size (one 100k-glyph TJ took over 3 min on 2 cores); the
            // suite must stay within minutes, so the big outputs get qpdf and PDFBox only.
            return problems;
        }
        VeraPdf.failuresUa1(bytes).forEach(f -> problems.add("PDF/UA-1 " + f));
        VeraPdf.failuresA2a(bytes).forEach(f -> problems.add("PDF/A-2a " + f));
        return problems;
    }

    /** EPUBCheck's errors and warnings (usage messages are advice and left out); empty when valid. */
    static List<String> epubProblems(Path epub, Path scratch) throws Exception {
        EpubChecker.Result result = EpubChecker.check(Files.readAllBytes(epub), scratch);
        return result.messages().stream().filter(m -> m.startsWith(Severity.FATAL + " ")
                || m.startsWith(Severity.ERROR + " ") || m.startsWith(Severity.WARNING + " ")).toList();
    }

    /** Every link address in the PDF's link annotations. */
    static List<String> pdfLinkUris(Path pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action instanceof PDActionURI uri && uri.getURI() != null) {
                            uris.add(uri.getURI());
                        }
                    }
                }
            }
        }
        return uris;
    }

    /** The PDF's text as pdftotext (poppler) extracts it, a reader independent of PDFBox. */
    static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = Launches.drain(process.getInputStream());
        assertEquals(0, process.waitFor(), "pdftotext failed on " + pdf);
        return text;
    }

    /** The XHTML, CSS and package documents of an EPUB, concatenated, as the markup they are. */
    static String epubMarkup(Path epub) throws IOException {
        StringBuilder markup = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(epub)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") || name.endsWith(".html") || name.endsWith(".opf")
                        || name.endsWith(".ncx") || name.endsWith(".css")) {
                    markup.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return markup.toString();
    }

    /** The text a reader sees in the EPUB's content documents. */
    static String epubText(Path epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(epub)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".xhtml")) {
                    String xhtml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    text.append(org.jsoup.Jsoup.parse(xhtml).text()).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** The output file that must exist after a successful run. */
    static Path produced(Path dir, String relative) {
        Path file = dir.resolve(relative);
        assertTrue(Files.isRegularFile(file), "expected output " + relative + " to exist");
        return file;
    }
}

package org.briefing.corpus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.model.Document;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderer;
import org.briefing.render.Renderers;
import org.briefing.render.Resources;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.jsoup.Jsoup;

/** Renders a document through every renderer and reads the text back out of each output. */
public final class Outputs {
    private static final Instant TIME = Instant.parse("2017-02-20T10:00:00Z");
    private static Theme theme;
    private static byte[] pixel;

    private Outputs() {
    }

    /** The default theme, loaded once. */
    public static synchronized Theme theme() {
        if (theme == null) {
            theme = new ThemeLoader(Path.of("styles")).load("memo");
        }
        return theme;
    }

    /** Every local image is a 2×2 PNG: the corpus tests Markdown, not image files. */
    public static Resources anyImageIsAPixel() {
        return image -> pixel();
    }

    private static synchronized byte[] pixel() {
        if (pixel == null) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
                pixel = out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pixel.clone();
    }

    /** Renders with one renderer, collecting warnings into {@code warnings}. */
    public static byte[] render(String format, Document document, Resources resources, List<String> warnings) {
        Renderer renderer = Renderers.discover().get(format);
        RenderJob job = new RenderJob(document, theme(), resources, warnings::add,
                RenderOptions.defaults().withTimestamp(TIME));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(job, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text PDFBox extracts after re-opening the file; hyphens at line ends are joined. */
    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            return text.replaceAll("[-\u00AD]\\R", "");
        }
    }

    /** The text content of every XHTML file in an EPUB. */
    public static String epubText(byte[] epub) throws IOException {
        return String.join(" ", epubTexts(epub));
    }

    /**
     * The text content of each XHTML content file in an EPUB (the navigation document left out, so that
     * words must be in the content), image alt text included: a screen reader speaks it.
     */
    public static List<String> epubTexts(byte[] epub) throws IOException {
        List<String> texts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                byte[] bytes = in.readAllBytes();
                if ((name.endsWith(".xhtml") || name.endsWith(".html")) && !name.matches("(.*/)?(nav|toc)\\.x?html")) {
                    var doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
                    StringBuilder text = new StringBuilder(doc.text()).append(' ');
                    doc.select("img[alt]").forEach(img -> text.append(img.attr("alt")).append(' '));
                    texts.add(text.toString());
                }
            }
        }
        return texts;
    }

    /** Runs {@code qpdf --check}; returns null when it passes, else its output. */
    public static String qpdfCheck(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return code == 0 ? null : "qpdf exit " + code + ": " + output;
    }
}

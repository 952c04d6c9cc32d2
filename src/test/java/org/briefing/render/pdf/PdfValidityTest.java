package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.style.PageSetup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** External validators (qpdf, poppler's pdffonts) and geometric checks on the real layout. */
class PdfValidityTest {
    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Path.of(dir, tool).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return code + "\n" + out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"source/north-korea-us-china-cooperation.md", "src/test/resources/pdf/every-block.md"})
    void qpdfFindsNoErrors(String source) throws Exception {
        assumeTrue(onPath("qpdf"), "qpdf not installed");
        Path pdf = PdfFixtures.save("check-" + Path.of(source).getFileName() + ".pdf",
                PdfFixtures.render(Path.of(source)).pdf());
        String result = run(List.of("qpdf", "--check", pdf.toString()));
        assertTrue(result.startsWith("0\n"), result);
        assertTrue(result.contains("No syntax or stream encoding errors"), result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"source/north-korea-us-china-cooperation.md", "src/test/resources/pdf/every-block.md"})
    void pdffontsSaysEveryFontIsEmbeddedSubsetAndMapped(String source) throws Exception {
        assumeTrue(onPath("pdffonts"), "poppler-utils not installed");
        Path pdf = PdfFixtures.save("fonts-" + Path.of(source).getFileName() + ".pdf",
                PdfFixtures.render(Path.of(source)).pdf());
        String[] lines = run(List.of("pdffonts", pdf.toString())).split("\n");
        assertEquals("0", lines[0]);
        int fonts = 0;
        for (int i = 3; i < lines.length; i++) {
            String[] cols = lines[i].trim().split("\\s+");
            // name type... emb sub uni object-id gen
            int n = cols.length;
            assertEquals("yes", cols[n - 5], lines[i] + " embedded");
            assertEquals("yes", cols[n - 4], lines[i] + " subset");
            assertEquals("yes", cols[n - 3], lines[i] + " has ToUnicode");
            fonts++;
        }
        assertTrue(fonts >= 3, "fonts listed: " + fonts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"source/north-korea-us-china-cooperation.md", "src/test/resources/pdf/every-block.md"})
    void noTwoPiecesOfTextOverlap(String source) {
        Path file = Path.of(source);
        RenderJob job = new RenderJob(PdfFixtures.read(file), PdfFixtures.theme(), PdfFixtures.resourcesFor(file),
                w -> { }, RenderOptions.defaults());
        List<String> overlaps = new ArrayList<>();
        for (Page page : new PdfRenderer().layout(job, new FontLibrary(job.theme()))) {
            List<TextItem> texts = page.items().stream().filter(i -> i instanceof TextItem).map(i -> (TextItem) i)
                    .filter(t -> !t.fragment().text().text().isBlank()).toList();
            for (int a = 0; a < texts.size(); a++) {
                for (int b = a + 1; b < texts.size(); b++) {
                    TextItem p = texts.get(a);
                    TextItem q = texts.get(b);
                    double tol = 0.3;
                    boolean xs = p.x() + tol < q.right() && q.x() + tol < p.right();
                    boolean ys = p.baseline() - 0.7 * p.fragment().size() + tol < q.baseline() + 0.2 * q.fragment().size()
                            && q.baseline() - 0.7 * q.fragment().size() + tol < p.baseline() + 0.2 * p.fragment().size();
                    if (xs && ys) {
                        overlaps.add("page " + page.number() + ": '" + p.fragment().text().text() + "' and '"
                                + q.fragment().text().text() + "'");
                    }
                }
            }
        }
        assertTrue(overlaps.isEmpty(), String.join("\n", overlaps));
    }

    @org.junit.jupiter.api.Test
    void pdftotextGivesBackTheExactWords() throws Exception {
        assumeTrue(onPath("pdftotext"), "poppler-utils not installed");
        Path pdf = PdfFixtures.save("pdftotext-every-block.pdf", PdfFixtures.render(PdfFixtures.EVERY_BLOCK).pdf());
        String text = run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertTrue(text.startsWith("0\n"), text);
        for (String words : List.of("Ligature words: office,", "efficient, difficult, official, affluent, baffling,",
                "shuffle, waffle, fjord, flight, afflict.", "AVATAR, Toyota, WAVE, Yves.", "朝鲜的核问题需要中美两国的合作",
                "OFF THE RECORD", "Page 1 of")) {
            assertTrue(text.replaceAll("\\s+", " ").contains(words), words + " in:\n" + text);
        }
        assertTrue(!text.matches("(?s).*[\uFB00-\uFB06].*"), "no ligature characters");
    }

    @org.junit.jupiter.api.Test
    void everyItemOfTheEveryBlockDocumentKnowsItsRole() {
        Path file = PdfFixtures.EVERY_BLOCK;
        RenderJob job = new RenderJob(PdfFixtures.read(file), PdfFixtures.theme(), PdfFixtures.resourcesFor(file),
                w -> { }, RenderOptions.defaults().withToc(true)); // with a contents, for its roles
        java.util.EnumSet<StructureRole> seen = java.util.EnumSet.noneOf(StructureRole.class);
        java.util.Set<Integer> blocksOnTwoPages = new java.util.HashSet<>();
        java.util.Map<Integer, Integer> pageOfBlock = new java.util.HashMap<>();
        var laidOut = new PdfRenderer().layoutWithStructure(job, new FontLibrary(job.theme()));
        java.util.Map<Integer, org.briefing.render.pdf.layout.frame.StructureNode> nodes = new java.util.HashMap<>();
        laidOut.structure().forEach(n -> nodes.put(n.id(), n));
        for (Page page : laidOut.pages()) {
            for (PageItem item : page.items()) {
                seen.add(item.role());
                var node = nodes.get(item.blockId());
                if (node != null) {
                    seen.add(node.role());
                    for (var up = nodes.get(node.parent()); up != null; up = nodes.get(up.parent())) {
                        seen.add(up.role());
                    }
                }
                if (item.blockId() > 0 && pageOfBlock.getOrDefault(item.blockId(), page.number()) != page.number()) {
                    blocksOnTwoPages.add(item.blockId());
                }
                pageOfBlock.putIfAbsent(item.blockId(), page.number());
                if (item instanceof org.briefing.render.pdf.layout.frame.ImageItem img) {
                    assertTrue(!img.alt().isBlank(), "images keep their alt text");
                }
            }
        }
        java.util.EnumSet<StructureRole> missing = java.util.EnumSet.allOf(StructureRole.class);
        missing.removeAll(seen);
        assertEquals(java.util.EnumSet.noneOf(StructureRole.class), missing);
        assertTrue(!blocksOnTwoPages.isEmpty(), "the long table keeps one block id across its pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"source/north-korea-us-china-cooperation.md", "src/test/resources/pdf/every-block.md"})
    void noGlyphLiesOutsideTheTextColumnOrPage(String source) {
        Path file = Path.of(source);
        RenderJob job = new RenderJob(PdfFixtures.read(file), PdfFixtures.theme(), PdfFixtures.resourcesFor(file),
                w -> { }, RenderOptions.defaults());
        List<Page> pages = new PdfRenderer().layout(job, new FontLibrary(job.theme()));
        PageSetup area = job.theme().page();
        List<String> outside = new ArrayList<>();
        for (Page page : pages) {
            for (PageItem item : page.items()) {
                if (!(item instanceof TextItem t)) {
                    continue;
                }
                double right = t.right() + t.spaceWidth();
                boolean inPage = t.x() >= 0 && right <= page.width() && t.baseline() > 0 && t.baseline() < page.height();
                // Optical margins: edge punctuation may hang into the margin by a fraction of its size.
                String drawn = t.fragment().text().text();
                double hangLeft = !drawn.isEmpty() && "\u2018\u201c\"'(".indexOf(drawn.charAt(0)) >= 0
                        ? t.fragment().size() * 0.5 : 0;
                double hangRight = !drawn.isEmpty() && "-.,:;\u2019\u201d\"')!?\u2013\u2014"
                        .indexOf(drawn.charAt(drawn.length() - 1)) >= 0 ? t.fragment().size() * 0.5 : 0;
                boolean inColumn = t.x() >= area.marginLeft() - 0.01 - hangLeft
                        && right <= area.marginLeft() + area.textWidth() + 0.01 + hangRight
                        && t.baseline() - 0.75 * t.fragment().size() >= area.marginTop() - 0.01
                        && t.baseline() <= area.height() - area.marginBottom() + 0.01;
                if (!inPage || !t.role().isArtifact() && !inColumn) {
                    outside.add("page " + page.number() + " " + t.role() + " '" + t.fragment().text().text()
                            + "' x=" + t.x() + ".." + right + " y=" + t.baseline());
                }
            }
        }
        assertTrue(outside.isEmpty(), String.join("\n", outside));
        assertTrue(pages.size() >= 2);
    }
}

package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.AnchorItem;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureNode;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.briefing.validate.VeraPdf;
import org.junit.jupiter.api.Test;

/** The printed contents: its page numbers are the pages its headings landed on, and it stays tagged. */
class ContentsPdfTest {
    private static final Theme REPORT = new ThemeLoader(Path.of("styles")).load("report");

    /** A report whose contents (two levels of 70 sections) runs over more than one page. */
    private static Document longReport(String frontMatter) {
        StringBuilder md = new StringBuilder("---\ntitle: Long report\n" + frontMatter + "---\n\n");
        for (int i = 1; i <= 70; i++) {
            md.append("# Chapter ").append(i).append("\n\nText of chapter ").append(i).append(".\n\n");
            md.append("## Part ").append(i).append(".1\n\nMore text.\n\n### Too deep ").append(i).append("\n\nx\n\n");
        }
        return new MarkdownReader().parse(md.toString(), "long.md");
    }

    private static RenderJob job(Document doc, Theme theme, boolean asked) {
        return new RenderJob(doc, theme, Resources.NONE, w -> { },
                RenderOptions.defaults().withTimestamp(PdfFixtures.TIME).withToc(asked));
    }

    private static LaidOutDocument layout(RenderJob job) {
        return new PdfRenderer().layoutWithStructure(job, new FontLibrary(job.theme()));
    }

    @Test
    void everyEntryNamesThePageItsHeadingIsOnAndTheContentsRunsOverPages() {
        LaidOutDocument laidOut = layout(job(longReport(""), REPORT, false));
        Map<String, Integer> headingPage = new HashMap<>();
        List<String[]> entries = new ArrayList<>();
        TreeSet<Integer> contentsPages = new TreeSet<>();
        for (Page page : laidOut.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof AnchorItem a && a.outlineLevel() > 0) {
                    headingPage.put("#" + a.name(), page.number());
                } else if (item instanceof TextItem t && t.role() == StructureRole.TOC_PAGE) {
                    entries.add(new String[] {t.fragment().link(), t.fragment().text().text()});
                    contentsPages.add(page.number());
                }
            }
        }
        assertEquals(140, entries.size(), "two levels listed, the third left out (toc-depth 2)");
        for (String[] entry : entries) {
            assertEquals(String.valueOf(headingPage.get(entry[0])), entry[1], entry[0]);
        }
        assertTrue(contentsPages.size() >= 2, "long contents runs over pages: " + contentsPages);
        assertEquals(2, contentsPages.first(), "the report's contents starts on its own page");
        long tocItems = laidOut.structure().stream().map(StructureNode::role)
                .filter(r -> r == StructureRole.TOC_ENTRY).count();
        assertEquals(140, tocItems);
        assertEquals(1, laidOut.structure().stream().filter(n -> n.role() == StructureRole.TOC).count());
    }

    @Test
    void frontMatterOutranksTheThemeAndTheCommandLineOutranksBoth() {
        assertEquals(0, contentsEntries(job(longReport("toc: false\n"), REPORT, false)));
        assertEquals(140, contentsEntries(job(longReport("toc: false\n"), REPORT, true)));
        assertEquals(0, contentsEntries(job(longReport(""), PdfFixtures.theme(), false)));
        assertEquals(70, contentsEntries(job(longReport("toc: true\ntoc-depth: 1\n"), PdfFixtures.theme(), false)));
    }

    private static long contentsEntries(RenderJob job) {
        return layout(job).structure().stream().filter(n -> n.role() == StructureRole.TOC_ENTRY).count();
    }

    @Test
    void thePdfStaysConformingAndItsBookmarksListOnlyTheDocumentsHeadings() throws IOException {
        Document doc = longReport("");
        byte[] pdf = PdfFixtures.render(doc, REPORT, Resources.NONE).pdf();
        assertEquals(List.of(), VeraPdf.failuresUa1(pdf));
        assertEquals(List.of(), VeraPdf.failuresA2a(pdf));
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            int top = 0;
            for (PDOutlineItem item : pd.getDocumentCatalog().getDocumentOutline().children()) {
                assertTrue(item.getTitle().startsWith("Chapter"), item.getTitle());
                top++;
            }
            assertEquals(70, top);
        }
    }
}

package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.junit.jupiter.api.Test;

/** Section numbers in the PDF: drawn before the heading as real text, and in the bookmarks. */
class SectionNumbersPdfTest {
    static final String REPORT = "---\ntitle: Numbered\nnumber-sections: true\n---\n\n"
            + "# Introduction {#sec:intro}\n\nText.\n\n## Background\n\nText.\n\n# Annex {-}\n\n## Part\n\nText.\n\n"
            + "# Method\n\n## Sub {#sec:sub}\n\nText.\n";

    @Test
    void numbersAreDrawnAsTextAndTitleTheBookmarks() throws IOException {
        Document doc = new MarkdownReader().parse(REPORT, "report.md");
        byte[] pdf = PdfFixtures.render(doc, PdfFixtures.theme(), Resources.NONE).pdf();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            for (String line : List.of("1 Introduction", "1.1 Background", "Annex", "Part", "2 Method", "2.1 Sub")) {
                assertTrue(text.lines().anyMatch(line::equals), line + " in:\n" + text);
            }
            assertTrue(!text.contains("{"), "no attribute list is drawn: " + text);
            List<String> titles = new ArrayList<>();
            collect(read.getDocumentCatalog().getDocumentOutline(), "", titles);
            assertEquals(List.of("1 Introduction", "  1.1 Background", "Annex", "  Part", "2 Method", "  2.1 Sub"),
                    titles);
        }
    }

    /** The outline's titles in order, each indented two spaces per level below the top. */
    private static void collect(PDOutlineNode node, String indent, List<String> titles) {
        node.children().forEach(item -> {
            titles.add(indent + item.getTitle());
            collect(item, indent + "  ", titles);
        });
    }
}

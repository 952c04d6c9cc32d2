package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.pdf.layout.inline.FirstFitLineBreaker;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.validate.VeraPdf;
import org.junit.jupiter.api.Test;

/** The structure tree of a small document has the shape the issue asks for, read back with PDFBox. */
class PdfTaggingTest {
    private static final String SMALL = """
            ---
            title: Tagging shape
            lang: en
            ---
            # A heading

            A paragraph with [a link](https://example.org/x) and a note.[^n]

            %s
            | Name | Value |
            |------|-------|
            | a    | 1     |
            | b    |       |

            ![A bar chart with six rising bars](chart.png)

            [^n]: The note's text.
            """;

    @Test
    void smallDocumentHasTheExpectedTree() throws IOException {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= 70; i++) {
            list.append("- List item number ").append(i).append('\n');
        }
        Render r = render(SMALL.formatted(list), new PdfRenderer());
        assertEquals(List.of(), VeraPdf.failuresUa1(r.pdf));
        assertEquals(List.of(), VeraPdf.failuresA2a(r.pdf), "no author, no subject: still consistent metadata");
        try (PDDocument pdf = Loader.loadPDF(r.pdf)) {
            COSDictionary treeRoot = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            COSDictionary document = dict(treeRoot.getDictionaryObject(COSName.K));
            assertEquals("Document", type(document));
            List<String> top = types(elementKids(document));
            assertEquals(List.of("H1", "H1", "P", "L", "Table", "Figure"), top.subList(0, 6),
                    "title, heading, paragraph, one list across pages, table, figure: " + top);

            COSDictionary list1 = elementKids(document).get(3);
            List<COSDictionary> items = elementKids(list1);
            assertEquals(70, items.size(), "one L for the whole list");
            for (COSDictionary li : items) {
                assertEquals("LI", type(li));
                assertEquals(List.of("Lbl", "LBody"), types(elementKids(li)));
                assertEquals(List.of("P"), types(elementKids(elementKids(li).get(1))));
            }
            Set<COSDictionary> listPages = new HashSet<>();
            for (COSDictionary li : items) {
                listPages.add(dict(elementKids(elementKids(li).get(1)).get(0).getDictionaryObject(COSName.PG)));
            }
            // Two pages at least: the memo theme balances the last two pages, which may spread it over three.
            assertTrue(listPages.size() >= 2, "the list runs across a page break: " + listPages.size());

            COSDictionary table = elementKids(document).get(4);
            assertEquals(List.of("THead", "TBody"), types(elementKids(table)));
            COSDictionary headRow = elementKids(elementKids(table).get(0)).get(0);
            assertEquals(List.of("TH", "TH"), types(elementKids(headRow)));
            for (COSDictionary th : elementKids(headRow)) {
                COSDictionary a = dict(th.getDictionaryObject(COSName.A));
                assertEquals("Table", a.getNameAsString(COSName.O));
                assertEquals("Column", a.getNameAsString(COSName.getPDFName("Scope")));
            }
            List<COSDictionary> bodyRows = elementKids(elementKids(table).get(1));
            assertEquals(2, bodyRows.size());
            assertEquals(List.of("TD", "TD"), types(elementKids(bodyRows.get(1))), "an empty cell keeps its column");

            COSDictionary figure = elementKids(document).get(5);
            assertEquals("A bar chart with six rising bars", figure.getString(COSName.ALT));

            COSDictionary paragraph = elementKids(document).get(2);
            List<String> inPara = types(elementKids(paragraph));
            assertEquals(List.of("Link", "Reference", "Note"), inPara, "link, footnote reference, its note");
            COSDictionary link = elementKids(paragraph).get(0);
            COSDictionary objr = null;
            for (COSBase kid : array(link.getDictionaryObject(COSName.K))) {
                COSDictionary d = kid instanceof COSDictionary || kid instanceof COSObject ? dict(kid) : null;
                if (d != null && "OBJR".equals(d.getNameAsString(COSName.TYPE))) {
                    objr = d;
                }
            }
            assertNotNull(objr, "the link element holds its annotation");
            COSDictionary annotation = dict(objr.getDictionaryObject(COSName.OBJ));
            assertEquals("a link (https://example.org/x)", annotation.getString(COSName.CONTENTS));
            int key = annotation.getInt(COSName.STRUCT_PARENT);
            assertTrue(parentTreeValue(treeRoot, key) == link, "the parent tree leads from the annotation back");

            COSDictionary note = elementKids(paragraph).get(2);
            assertFalse(note.getString(COSName.ID, "").isEmpty(), "notes carry an ID (PDF/UA)");
            assertEquals("Lbl", type(elementKids(note).get(0)));
            assertEquals(List.of("Link"), types(elementKids(elementKids(paragraph).get(1))));

            for (PDPage page : pdf.getPages()) {
                assertEquals("S", page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")));
            }
        }
    }

    @Test
    void textTheSourceMarksWithALanguageIsASpanWithLang() throws IOException {
        Render r = render("---\ntitle: Languages\nlang: en\n---\n\nThey said <span lang=\"ja\">こんにちは</span> and "
                + "<span class=\"x\">left</span>.\n", new PdfRenderer());
        assertEquals(List.of(), VeraPdf.failuresUa1(r.pdf));
        try (PDDocument pdf = Loader.loadPDF(r.pdf)) {
            COSDictionary document = dict(pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getDictionaryObject(COSName.K));
            COSDictionary paragraph = elementKids(document).get(1);
            assertEquals("P", type(paragraph));
            List<COSDictionary> spans = elementKids(paragraph);
            assertEquals(List.of("Span"), types(spans), "only the span with a language becomes an element");
            assertEquals("ja", spans.get(0).getString(COSName.LANG));
        }
    }

    @Test
    void hyphenatedWordsReadWholeInTheTaggedText() throws IOException {
        String words = ("The more sophisticated missile launch highlights the advancement of weapons programs and "
                + "offered policy guidance on how administrations can effectively cooperate internationally. ").repeat(12);
        Hyphenation middle = word -> word.length() > 6 ? new int[] {word.length() / 2} : new int[0];
        Render r = render("---\ntitle: Hyphens\n---\n\n" + words + "\n", new PdfRenderer(new FirstFitLineBreaker(),
                middle));
        assertEquals(List.of(), VeraPdf.failuresUa1(r.pdf));
        StringBuilder tagged = new StringBuilder();
        boolean drawnHyphen = false;
        try (PDDocument pdf = Loader.loadPDF(r.pdf)) {
            for (PDPage page : pdf.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    if ("Artifact".equals(mc.getTag())) {
                        continue;
                    }
                    StringBuilder drawn = new StringBuilder();
                    for (Object o : mc.getContents()) {
                        if (o instanceof TextPosition t) {
                            drawn.append(t.getUnicode());
                        }
                    }
                    drawnHyphen |= drawn.toString().endsWith("-");
                    // What a screen reader reads: the marked content's /ActualText where it has one.
                    tagged.append(mc.getActualText() != null ? mc.getActualText() : drawn);
                }
            }
        }
        assertTrue(drawnHyphen, "some words were hyphenated at line ends");
        assertEquals(-1, tagged.indexOf("-"), "tagged text reads whole words: " + tagged);
        assertEquals(words.strip(), tagged.toString().strip().replaceAll("^Hyphens", ""),
                "every word whole, with its spaces");
    }

    @Test
    void anImageWithoutAltTextIsAnArtifactAndWarned() throws IOException {
        Render r = render("---\ntitle: No alt\n---\n\nText.\n\n![](chart.png)\n", new PdfRenderer());
        assertTrue(r.warnings.stream().anyMatch(w -> w.contains("chart.png") && w.contains("no alt text")),
                "warned: " + r.warnings);
        assertEquals(List.of(), VeraPdf.failuresUa1(r.pdf));
        assertFalse(new String(r.pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/Figure"));
    }

    private record Render(byte[] pdf, List<String> warnings) {
    }

    private static Render render(String markdown, PdfRenderer renderer) throws IOException {
        Document doc = new MarkdownReader().parse(markdown, "tagging.md");
        List<String> warnings = new ArrayList<>();
        RenderJob job = new RenderJob(doc, PdfFixtures.theme(), PdfFixtures.resourcesFor(PdfFixtures.EVERY_BLOCK),
                warnings::add, RenderOptions.defaults().withTimestamp(PdfFixtures.TIME));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(job, out);
        return new Render(out.toByteArray(), warnings);
    }

    private static COSDictionary parentTreeValue(COSDictionary treeRoot, int key) {
        COSArray nums = array(dict(treeRoot.getDictionaryObject(COSName.PARENT_TREE)).getDictionaryObject(COSName.NUMS));
        for (int i = 0; i < nums.size(); i += 2) {
            if (((org.apache.pdfbox.cos.COSInteger) nums.getObject(i)).intValue() == key) {
                return dict(nums.getObject(i + 1));
            }
        }
        return null;
    }

    private static List<COSDictionary> elementKids(COSDictionary element) {
        List<COSDictionary> out = new ArrayList<>();
        Deque<COSBase> kids = new ArrayDeque<>(array(element.getDictionaryObject(COSName.K)).toList());
        for (COSBase kid : kids) {
            COSBase k = kid instanceof COSObject o ? o.getObject() : kid;
            if (k instanceof COSDictionary d && "StructElem".equals(d.getNameAsString(COSName.TYPE))) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<String> types(List<COSDictionary> elements) {
        return elements.stream().map(PdfTaggingTest::type).toList();
    }

    private static String type(COSDictionary element) {
        return element.getNameAsString(COSName.S);
    }

    private static COSDictionary dict(COSBase base) {
        return (COSDictionary) (base instanceof COSObject o ? o.getObject() : base);
    }

    private static COSArray array(COSBase base) {
        COSBase b = base instanceof COSObject o ? o.getObject() : base;
        if (b instanceof COSArray a) {
            return a;
        }
        COSArray single = new COSArray();
        if (b != null) {
            single.add(b);
        }
        return single;
    }
}

package org.briefing.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.briefing.composition.PdfComposition.Box;
import org.briefing.composition.PdfComposition.Element;
import org.briefing.composition.TaggedPdf.Tag;
import org.briefing.style.PageSetup;
import org.junit.jupiter.api.Test;

/** {@link PdfComposition} reads what small tagged PDFs made with PDFBox are known to hold. */
class PdfCompositionTest {
    static final PageSetup A4 = new PageSetup("A4", 595.28, 841.89, 72, 72, 72, 72);

    @Test
    void anElementSpansThePagesOfItsMarkedContent() throws Exception {
        TaggedPdf pdf = new TaggedPdf(3);
        Tag p = pdf.tag(null, "P");
        pdf.text(p, 0, 72, 760, 10, "end of one page").text(p, 1, 72, 90, 10, "top of the next");
        Tag table = pdf.tag(null, "Table");
        Tag cell = pdf.tag(pdf.tag(pdf.tag(table, "TBody"), "TR"), "TD");
        pdf.text(cell, 2, 72, 100, 10, "2,345");
        PdfComposition composition = PdfComposition.of(pdf.bytes());

        assertEquals(3, composition.pageCount());
        assertEquals(new TreeSet<>(Set.of(0, 1)), composition.elements("P").get(0).pages());
        assertEquals(new TreeSet<>(Set.of(2)), composition.elements("Table").get(0).pages());
        assertEquals("2,345", composition.elements("TD").get(0).text());
        assertTrue(composition.elements("TD").get(0).within("Table"));
    }

    @Test
    void linesGroupGlyphsByBaselineAndKeepWordSpaces() throws Exception {
        TaggedPdf pdf = new TaggedPdf(1);
        Tag cell = pdf.tag(null, "TD");
        pdf.text(cell, 0, 100, 200, 10, "Average bill").text(cell, 0, 100, 212, 10, "(¢/kWh)");
        List<PdfComposition.Line> lines = PdfComposition.of(pdf.bytes()).elements("TD").get(0).lines();

        assertEquals(List.of("Average bill", "(¢/kWh)"), lines.stream().map(PdfComposition.Line::text).toList());
        assertEquals(200, lines.get(0).baseline(), 0.01);
    }

    @Test
    void imagesAreBoxedByTheirTransformationAndArtifactsAreLeftOut() throws Exception {
        TaggedPdf pdf = new TaggedPdf(1);
        Tag figure = pdf.tag(null, "Figure");
        pdf.image(figure, 0, 100, 150, 200, 120).artifact(0, 72, 30, "Running head");
        PdfComposition composition = PdfComposition.of(pdf.bytes());

        Box image = composition.elements("Figure").get(0).images.get(0);
        assertEquals(100, image.left(), 0.01);
        assertEquals(150, image.top(), 0.01);
        assertEquals(300, image.right(), 0.01);
        assertEquals(270, image.bottom(), 0.01);
        assertEquals(List.of(), composition.elements().stream().flatMap(e -> e.glyphs.stream()).toList(),
                "the running head is an artifact");
    }

    @Test
    void fullnessIsTheDepthOfTheLowestBodyContentPlusTheFootnotes() throws Exception {
        TaggedPdf pdf = new TaggedPdf(2);
        Tag p = pdf.tag(null, "P");
        // Text area 72–769.89 pt: a descent at about 421 pt is half way down.
        pdf.text(p, 0, 72, 419, 10, "half way");
        pdf.text(p, 1, 72, 200, 10, "short");
        Tag note = pdf.tag(pdf.tag(null, "Note"), "P");
        pdf.text(note, 1, 72, 700, 8, "a note").text(note, 1, 72, 760, 8, "a long note");
        PdfComposition composition = PdfComposition.of(pdf.bytes());

        assertEquals(0.5, composition.fullness(0, A4), 0.01);
        // Body to 202 pt (130 of 697.89) plus notes from 693.6 to 761.6 (68): about 28 %.
        assertEquals((202 - 72 + 68) / 697.89, composition.fullness(1, A4), 0.01);
    }

    @Test
    void aPdfWithoutStructureIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        assertThrows(IllegalArgumentException.class, () -> PdfComposition.of(out.toByteArray()));
    }

    @Test
    void elementsListTheTreeInReadingOrder() throws Exception {
        TaggedPdf pdf = new TaggedPdf(1);
        Tag list = pdf.tag(null, "L");
        pdf.text(pdf.tag(list, "LI"), 0, 72, 100, 10, "first");
        pdf.text(pdf.tag(list, "LI"), 0, 72, 112, 10, "second");
        List<Element> items = PdfComposition.of(pdf.bytes()).elements("LI");

        assertEquals(List.of("first", "second"), items.stream().map(Element::text).toList());
    }
}

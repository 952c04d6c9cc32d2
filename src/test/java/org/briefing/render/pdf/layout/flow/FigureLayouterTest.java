package org.briefing.render.pdf.layout.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Image;
import org.briefing.model.Length;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Metadata;
import org.briefing.model.Numbers;
import org.briefing.model.Paragraph;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.StructureNode;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FirstFitLineBreaker;
import org.briefing.render.pdf.layout.inline.FixedWidthMeasurer;
import org.briefing.render.pdf.layout.inline.ImageData;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.TextMeasurer;
import org.briefing.style.Role;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** A figure is one slab: its image at the right size and its caption (numbered when the theme says). */
class FigureLayouterTest {
    private static final ThemeLoader THEMES = new ThemeLoader(Path.of("styles"));
    private static final Theme MEMO = THEMES.load("memo");
    private static final Theme REPORT = THEMES.load("report");
    private static final PageArea AREA = PageArea.of(MEMO.page());
    /** The fixed-width fake, with bold text in face 1 so tests can see it. */
    private static final TextMeasurer MEASURER = (text, font) -> {
        ShapedText s = new FixedWidthMeasurer().shape(text, font);
        GlyphRun run = s.runs().get(0);
        return new ShapedText(text, List.of(new GlyphRun(font.bold() ? 1 : 0, run.glyphs(), run.advances(),
                run.units())), s.units());
    };

    /** Every image is 600 × 300 pixels at {@code ppi} (0: the file does not say). */
    private static ImageSource images(int width, int height, double ppi) {
        return image -> new ImageData(new byte[] {1}, width, height, ppi);
    }

    private static List<Slab> slabs(Theme theme, ImageSource images, List<Block> blocks) {
        FlowWriter out = new FlowWriter();
        new BlockLayouter(new StyleSheet(theme), new ParagraphSetter(MEASURER, new FirstFitLineBreaker()), MEASURER,
                images, out, new BlockIds()).maxSlabHeight(AREA.textHeight()).numbers(Numbers.of(blocks))
                .layout(blocks, Column.full(AREA.left(), AREA.textWidth(), Role.BODY, StructureRole.PARAGRAPH), null);
        return out.slabs().stream().filter(s -> !s.space()).toList();
    }

    private static Figure figure(String alt, String caption, Length width, Length height) {
        Image image = new Image("chart.png", alt, "", 3, width, height);
        return new Figure(image, caption.isEmpty() ? List.of() : List.of(new Text(caption)), "");
    }

    private static ImageItem image(Slab slab) {
        return slab.items().stream().filter(i -> i instanceof ImageItem).map(i -> (ImageItem) i).findFirst()
                .orElseThrow();
    }

    private static List<TextItem> texts(Slab slab) {
        List<TextItem> out = new ArrayList<>();
        for (PageItem item : slab.items()) {
            if (item instanceof TextItem t) {
                out.add(t);
            }
        }
        return out;
    }

    private static String text(Slab slab) {
        return String.join(" ", texts(slab).stream().map(t -> t.fragment().text().text()).toList());
    }

    @Test
    void imageAndCaptionAreOneSlabWithTheCaptionBelow() {
        List<Slab> slabs = slabs(MEMO, images(600, 300, 0), List.of(figure("Bars", "Rising bars", null, null)));
        assertEquals(1, slabs.size(), "one unbreakable unit");
        ImageItem image = image(slabs.get(0));
        assertEquals(288, image.width(), 1e-6, "600 px at the theme's 150 ppi");
        assertEquals(144, image.height(), 1e-6);
        assertEquals("Rising bars", text(slabs.get(0)));
        assertTrue(texts(slabs.get(0)).get(0).baseline() > image.y() + image.height());
        assertTrue(slabs.get(0).height() > image.height());
    }

    @Test
    void theCaptionIsTheFiguresNeverTheAltText() {
        Slab withCaption = slabs(MEMO, images(600, 300, 0), List.of(figure("Six bars", "Rising", null, null))).get(0);
        assertFalse(text(withCaption).contains("Six"), text(withCaption));
        Slab without = slabs(MEMO, images(600, 300, 0), List.of(figure("Six bars", "", null, null))).get(0);
        assertEquals(List.of(), texts(without), "no caption, no caption line");
        assertEquals(image(without).height(), without.height(), 1e-6);
    }

    @Test
    void theFilesResolutionGivesTheNaturalSize() {
        ImageItem image = image(slabs(MEMO, images(600, 300, 300), List.of(figure("a", "", null, null))).get(0));
        assertEquals(144, image.width(), 1e-6);
        assertEquals((AREA.left() * 2 + AREA.textWidth()) / 2, image.x() + image.width() / 2, 1e-6, "centred");
    }

    @Test
    void aPercentageIsOfTheColumnItStandsIn() {
        Length sixty = Length.percent(60);
        ImageItem full = image(slabs(MEMO, images(600, 300, 0), List.of(figure("a", "", sixty, null))).get(0));
        assertEquals(AREA.textWidth() * 0.6, full.width(), 1e-6);
        List<Block> inList = List.of(new ListBlock(false, 1, true, List.of(new ListItem(null,
                List.of(figure("a", "", sixty, null))))));
        ImageItem listed = image(slabs(MEMO, images(600, 300, 0), inList).get(0));
        assertTrue(listed.width() < full.width(), "a list's column is narrower");
    }

    @Test
    void aTallImageShrinksToTheThemesShareOfThePage() {
        ImageItem image = image(slabs(MEMO, images(300, 3000, 0), List.of(figure("a", "", null, null))).get(0));
        assertEquals(AREA.textHeight() * MEMO.figures().maxHeight(), image.height(), 1e-6);
        assertEquals(image.height() / 10, image.width(), 1e-6, "aspect ratio kept");
    }

    @Test
    void anAuthorsSizeStillShrinksToTheColumn() {
        ImageItem image = image(slabs(MEMO, images(600, 300, 0),
                List.of(figure("a", "", Length.points(2000), null))).get(0));
        assertEquals(AREA.textWidth(), image.width(), 1e-6);
    }

    @Test
    void theReportNumbersFiguresWithABoldLabel() {
        List<Block> blocks = List.of(figure("a", "Rising bars", null, null), new Paragraph(List.of(new Text("x"))),
                figure("b", "", null, null));
        List<Slab> slabs = slabs(REPORT, images(600, 300, 0), blocks);
        assertEquals("Figure 1. Rising bars", text(slabs.get(0)));
        List<TextItem> words = texts(slabs.get(0));
        assertEquals(1, words.get(0).fragment().text().runs().get(0).face(), "label bold");
        assertEquals(0, words.get(2).fragment().text().runs().get(0).face(), "caption not");
        assertEquals("Figure 2", text(slabs.get(2)), "numbered without a caption, without a stop");
        assertEquals("Rising bars", text(slabs(MEMO, images(600, 300, 0), blocks).get(0)), "the memo does not number");
    }

    @Test
    void theCaptionIsAnElementInsideTheFigureWhichCarriesTheAltText() {
        Document doc = new Document("f.md", Metadata.titled("F"), List.of(figure("Six bars", "Rising", null, null)),
                List.of());
        List<StructureNode> nodes = new DocumentLayouter(REPORT, MEASURER, new FirstFitLineBreaker(),
                images(600, 300, 0)).layoutWithStructure(doc).structure();
        StructureNode figure = nodes.stream().filter(n -> n.role() == StructureRole.FIGURE).findFirst().orElseThrow();
        StructureNode caption = nodes.stream().filter(n -> n.role() == StructureRole.CAPTION).findFirst()
                .orElseThrow();
        assertEquals("Six bars", figure.alt());
        assertEquals(figure.id(), caption.parent());
    }

    @Test
    void anImageThatCannotBeShownIsItsAltTextThenItsCaption() {
        Slab slab = slabs(REPORT, ImageSource.NONE, List.of(figure("Six bars", "Rising", null, null))).get(0);
        assertEquals("[Six bars] Figure 1. Rising", text(slab));
    }

    @Test
    void anInlineImageTheAuthorSizedMakesItsLineTallEnough() {
        Image tall = new Image("icon.png", "icon", "", 1, null, Length.points(40));
        List<Slab> slabs = slabs(MEMO, images(100, 100, 0), List.of(new Paragraph(List.of(new Text("see "), tall))));
        ImageItem image = image(slabs.get(0));
        assertEquals(40, image.height(), 1e-6);
        assertTrue(image.y() >= 0, "inside its line");
        assertTrue(slabs.get(0).height() >= 40, "the line holds it");
        Image plain = new Image("icon.png", "icon", "", 1);
        Slab line = slabs(MEMO, images(100, 100, 0), List.of(new Paragraph(List.of(new Text("see "), plain)))).get(0);
        assertEquals(MEMO.style(Role.BODY).leading(), line.height(), 1e-6, "a text-high image leaves the line as it is");
    }
}

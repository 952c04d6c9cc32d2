package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.Golden;
import org.briefing.corpus.PathologicalInputs;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.CodeBlock;
import org.briefing.model.Document;
import org.briefing.model.Emphasis;
import org.briefing.model.Footnote;
import org.briefing.model.FootnoteRef;
import org.briefing.model.Heading;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Metadata;
import org.briefing.model.ReportOptions;
import org.briefing.model.Paragraph;
import org.briefing.model.Participant;
import org.briefing.model.Strong;
import org.briefing.model.Text;
import org.briefing.model.Warnings;
import org.briefing.read.MarkdownReader;
import org.briefing.read.SourceFixture;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.TextOptions;
import org.briefing.render.Resources;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private static Theme theme;

    @BeforeAll
    static void loadTheme() {
        theme = new ThemeLoader(Path.of("styles")).load("memo");
    }

    private static String render(Document doc, int width, boolean ansi) {
        RenderOptions options = RenderOptions.defaults().withText(new TextOptions(width, ansi));
        return new TextRenderer().toText(new RenderJob(doc, theme, Resources.NONE, Warnings.IGNORE, options));
    }

    private static Document body(Block... blocks) {
        return new Document("t.md", Metadata.titled("T"), List.of(blocks), List.of());
    }

    private static Paragraph para(Inline... inlines) {
        return new Paragraph(List.of(inlines));
    }

    private static ListItem item(Block... blocks) {
        return new ListItem(ListItem.TaskState.NONE, List.of(blocks));
    }

    /** The output after the header block (which ends with a rule). */
    private static String afterHeader(String text) {
        int rule = text.indexOf("─\n");
        return text.substring(rule + 2).stripLeading();
    }

    private static int widest(String text) {
        return text.lines().mapToInt(DisplayWidth::of).max().orElse(0);
    }

    @Test
    void seedBriefingMatchesTheReviewedText() throws Exception {
        Document doc = SourceFixture.read(new MarkdownReader(), Path.of("source/north-korea-us-china-cooperation.md"));
        Golden.assertMatches("text/north-korea-us-china-cooperation.txt", render(doc, 80, false));
    }

    @Test
    void everyNodeTypeMatchesTheReviewedTextPlainAndStyled() {
        Document doc = SourceFixture.read(new MarkdownReader(), Path.of("src/test/resources/read/every-node.md"));
        Golden.assertMatches("text/every-node-50.txt", render(doc, 50, false));
        Golden.assertMatches("text/every-node-50.ansi", render(doc, 50, true));
    }

    @Test
    void seedBriefingHasEveryWordOfTheSeedAndFitsEveryWidth() throws Exception {
        Document doc = SourceFixture.read(new MarkdownReader(), Path.of("source/north-korea-us-china-cooperation.md"));
        String seed = Files.readString(Path.of("src/test/resources/text/seed.txt"));
        for (int width : new int[] {80, 60, 40}) {
            String text = render(doc, width, false);
            assertTrue(widest(text) <= width, "wider than " + width);
            assertFalse(text.contains("\u001b"));
            List<String> words = List.of(text.split("[\\s\u00a0]+"));
            for (String word : seed.split("[\\s\u00a0•]+")) {
                assertTrue(word.isEmpty() || words.contains(word), "missing at " + width + ": " + word);
            }
        }
    }

    @Test
    void headerShowsTheFrontMatter() {
        Metadata meta = new Metadata("The Title", "A subtitle", "", "Event summary", "The Center", "2017-02-12",
                "Beijing", "en", "Off the record", List.of("A. Author"), List.of(new Participant("Li Bin", "A fellow.")),
                List.of(), "", ReportOptions.DEFAULT);
        String text = render(new Document("t.md", meta, List.of(), List.of()), 60, false);
        assertTrue(text.startsWith("THE CENTER\n═"), text);
        assertTrue(text.contains("EVENT SUMMARY\nThe Title\nA subtitle\n"), text);
        assertTrue(text.contains("Beijing · 12 February 2017 · By A. Author"), text);
        assertTrue(text.contains("\n" + " ".repeat(23) + "OFF THE RECORD\n"), text);
        assertTrue(text.contains("Participants\n════════════\n\nLi Bin\n  A fellow.\n"), text);
    }

    @Test
    void listsHaveMarkersAndHangingIndents() {
        ListBlock inner = new ListBlock(true, 9, true, List.of(item(para(new Text("nine"))), item(para(new Text("ten")))));
        ListBlock outer = new ListBlock(false, 1, true, List.of(
                item(para(new Text("alpha beta gamma delta epsilon zeta eta theta")), inner),
                new ListItem(ListItem.TaskState.DONE, List.of(para(new Text("done"))))));
        assertEquals("""
                • alpha beta gamma delta epsilon
                  zeta eta theta
                   9. nine
                  10. ten
                • [x] done
                """, afterHeader(render(body(outer), 34, false)));
    }

    @Test
    void quotesAreMarkedAndCodeIsVerbatim() {
        Block quote = new BlockQuote(List.of(para(new Text("quoted words")), para(new Text("more"))));
        Block code = new CodeBlock("java", "int  x = 1;\n\tindented();");
        assertEquals("""
                │ quoted words
                │
                │ more

                    int  x = 1;
                        indented();
                """, afterHeader(render(body(quote, code), 40, false)));
    }

    @Test
    void linksAndFootnotesAreNumberedAtTheEnd() {
        Document doc = new Document("t.md", Metadata.titled("T"), List.of(
                para(new Text("See "), new Link("https://example.org/a", "", List.of(new Text("this"))),
                        new Text(" and "), new Link("https://example.org/a", "", List.of(new Text("that"))),
                        new Text("."), new FootnoteRef("n", 1))),
                List.of(new Footnote("n", 1, List.of(para(new Text("A note with "),
                        new Link("https://example.org/b", "", List.of(new Text("a link"))), new Text("."))))));
        assertEquals("""
                See this[1] and that[1].¹

                Notes
                ═════

                1. A note with a link[2].

                References
                ══════════

                [1] https://example.org/a
                [2] https://example.org/b
                """, afterHeader(render(doc, 40, false)));
    }

    @Test
    void emphasisUsesAnsiStylesOnlyWhenAllowed() {
        Document doc = body(para(new Text("a "), new Strong(List.of(new Text("bold"))), new Text(" "),
                new Emphasis(List.of(new Text("it")))));
        assertEquals("a bold it\n", afterHeader(render(doc, 40, false)));
        assertEquals("a \u001b[1mbold\u001b[0m \u001b[3mit\u001b[0m\n", afterHeader(render(doc, 40, true)));
    }

    @Test
    void controlCharactersFromTheSourceNeverReachTheTerminal() {
        String text = render(body(para(new Text("evil \u001b[31mred\u0007"))), 40, false);
        assertFalse(text.contains("\u001b") || text.contains("\u0007"), text);
    }

    @Test
    void wideTextWrapsByColumnsNotCharacters() {
        String text = afterHeader(render(body(para(new Text("北京大学的研究人员说北京大学的研究人员说北京大学的研究人员说"))), 20, false));
        assertEquals("北京大学的研究人员说\n北京大学的研究人员说\n北京大学的研究人员说\n", text);
    }

    @Test
    void headingsAreUnderlined() {
        Block h1 = new Heading(1, List.of(new Text("Findings")), "findings");
        Block h2 = new Heading(2, List.of(new Text("Detail")), "detail");
        assertEquals("Findings\n════════\n\nDetail\n──────\n", afterHeader(render(body(h1, h2), 40, false)));
    }

    @Test
    void pathologicalInputsStayInsideTheWidth() {
        PathologicalInputs.all().forEach((name, shape) -> {
            Document doc = new MarkdownReader().parse(shape.apply(1000), name + ".md");
            String text = render(doc, 40, true).replaceAll("\u001b\\[[0-9;]*m", "");
            text.lines().forEach(l -> assertTrue(DisplayWidth.of(l) <= 40, name + ": " + l));
        });
    }

    @Test
    void hostileNestingTenThousandDeepNeitherOverflowsNorExceedsTheWidth() {
        Block block = para(new Text("deep text that has to wrap somewhere along the way"));
        for (int i = 0; i < 10_000; i++) {
            block = i % 2 == 0 ? new BlockQuote(List.of(block))
                    : new ListBlock(i % 4 == 1, 1, true, List.of(item(block)));
        }
        Inline inline = new Text("innermost");
        for (int i = 0; i < 10_000; i++) {
            inline = new Strong(List.of(inline));
        }
        String text = render(body(block, para(inline)), 40, true);
        assertTrue(text.contains("deep text") && text.contains("innermost"));
        List<String> plain = new ArrayList<>();
        text.lines().forEach(l -> plain.add(l.replaceAll("\u001b\\[[0-9;]*m", "")));
        plain.forEach(l -> assertTrue(DisplayWidth.of(l) <= 40, l));
    }
}

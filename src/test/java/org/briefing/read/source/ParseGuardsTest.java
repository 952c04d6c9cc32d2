package org.briefing.read.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.CodeBlock;
import org.briefing.model.Document;
import org.briefing.model.Emphasis;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.Inline;
import org.briefing.model.InlineWalker;
import org.briefing.model.Link;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.read.MarkdownReader;
import org.briefing.read.parse.FlexmarkParser;
import org.junit.jupiter.api.Test;

/**
 * The guard rails that bound Flexmark's work on hostile shapes: each keeps every character of the text,
 * warns once with the file's line, and bounds the structure Flexmark is given; ordinary sources pass
 * through unchanged.
 */
class ParseGuardsTest {
    /** Front matter takes lines 1–3 and a blank line 4, so the body starts on line 5. */
    private static final String FRONT = "---\ntitle: Guarded\n---\n\n";

    private final List<String> warnings = new ArrayList<>();
    private final MarkdownReader reader = new MarkdownReader(warnings::add);

    @Test
    void ordinarySourcesPassUnchanged() throws Exception {
        String seed = Files.readString(Path.of("source/north-korea-us-china-cooperation.md"));
        GuardedSource guarded = ParseGuards.apply(seed, "seed.md", warnings::add);
        assertEquals(seed, guarded.text());
        assertEquals(7, guarded.sourceLine(7));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aListNestedOnOneLineKeepsItsDeepestMarkersAsText() {
        Document doc = reader.parse(FRONT + "intro\n\n" + "- ".repeat(40) + "item\n", "deep.md");
        // The 32 kept markers are structure; the 8 beyond them and the item's word are text.
        assertTrue(text(doc).contains("- - - - - - - - item"), text(doc));
        assertTrue(blockDepth(doc.blocks()) <= Nesting.MAX_DEPTH + 1);
        assertOneWarning("deep.md:7: list nested more than 32 levels");

        String guarded = ParseGuards.apply("- ".repeat(40) + "x", "d.md", message -> { }).text();
        assertEquals("- ".repeat(32) + "\\- " + "- ".repeat(7) + "x", guarded);
    }

    @Test
    void anOrderedMarkerIsEscapedAtItsDelimiterSoNoBackslashShows() {
        Document doc = reader.parse("1. ".repeat(33) + "1. x\n", "ordered.md");
        assertTrue(text(doc).contains("1. x"), text(doc));
        assertTrue(!text(doc).contains("\\"), text(doc));
    }

    @Test
    void aThematicBreakPastTheLimitIsLeftAlone() {
        String line = "- ".repeat(32) + "* * *";
        assertEquals(line, ListDepthGuard.guard(line));
    }

    @Test
    void unclosedEmphasisOpenersNestNothingAndAreLeftAlone() {
        String body = "*a _b ".repeat(500).strip();
        Document doc = reader.parse(FRONT + body + "\n", "open.md");
        // None of these openers is ever closed, so the paragraph's text is the source's, character for character.
        assertEquals(body, text(doc));
        assertEquals(List.of(), warnings);
    }

    @Test
    void emphasisNestedTooDeepReadsAsItsCharacters() {
        int n = 300;
        String body = "*a **b ".repeat(n) + "c" + "** d*".repeat(n);
        Document doc = reader.parse(FRONT + body + "\n", "nest.md");
        String text = text(doc);
        assertEquals(n, count(text, 'a'));
        assertEquals(n, count(text, 'b'));
        assertEquals(1, count(text, 'c'));
        assertEquals(n, count(text, 'd'));
        // Every asterisk is kept: those of the 64 emphasis levels Flexmark is left as marks, the others as text.
        assertEquals(6 * n - 2 * 3 * 32, count(text, '*'));
        assertOneWarning("nest.md:5: emphasis nested more than 64 levels");
        assertTrue(inlineDepth(((Paragraph) doc.blocks().get(0)).content()) <= Nesting.MAX_DEPTH + 1);
        // The work bound: the tree Flexmark builds from the guarded text nests at most 64 emphases.
        String guarded = ParseGuards.apply(body, "nest.md", message -> { }).text();
        assertEquals(EmphasisNestingGuard.MAX_LEVELS, FlexmarkDepth.emphasisDepth(FlexmarkParser.parse(guarded)));
    }

    @Test
    void theFewestDelimitersThatNestTooDeepStillGetEscaped() {
        // 65 single-asterisk levels: 130 delimiter characters, the fewest that can pass 64 levels.
        String limit = "*a ".repeat(EmphasisNestingGuard.MAX_LEVELS) + "c" + " d*".repeat(EmphasisNestingGuard.MAX_LEVELS);
        assertEquals(limit, ParseGuards.apply(limit, "limit.md", message -> { }).text());
        String over = "*a " + limit + " d*";
        String guarded = ParseGuards.apply(over, "over.md", message -> { }).text();
        assertEquals(1, guarded.split("&#42;", -1).length - 1, guarded);
        assertEquals(EmphasisNestingGuard.MAX_LEVELS, FlexmarkDepth.emphasisDepth(FlexmarkParser.parse(guarded)));
    }

    @Test
    void codeSpansAndFencedCodeAreNeverTouched() {
        String span = "`" + "*a ".repeat(200) + "`";
        String fence = "```\n" + "*a ".repeat(200) + "\n```\n";
        String autolink = "<http://x/" + "*a".repeat(200) + ">";
        String quotedFence = "> ~~~\n> " + "- ".repeat(40) + "x\n> ~~~\n";
        String body = span + "\n\n" + fence + "\n" + autolink + "\n\n" + quotedFence;
        assertEquals(body, ParseGuards.apply(body, "code.md", warnings::add).text());
        assertEquals(List.of(), warnings);
        // A fence ends with its block quote: the line after it is guarded again.
        String after = "> ```\n" + "- ".repeat(40) + "x\n";
        assertTrue(ParseGuards.apply(after, "code.md", warnings::add).text().contains("\\-"));
    }

    @Test
    void aHugeTableIsCutIntoTablesThatRepeatTheHeader() {
        int rows = 2500;
        StringBuilder source = new StringBuilder(FRONT).append("| a | b |\n|---|--:|\n");
        for (int i = 0; i < rows; i++) {
            source.append("| cell").append(i).append(" | ").append(i).append(" |\n");
        }
        source.append("\n![figure](f.png)\n");
        Document doc = reader.parse(source.toString(), "table.md");
        List<Table> tables = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        assertEquals(3, tables.size());
        int bodyRows = 0;
        for (Table table : tables) {
            assertEquals("a|b", cells(table.head().get(0)));
            assertEquals(Table.Alignment.RIGHT, table.alignments().get(1));
            assertTrue(table.body().size() <= LongParagraphGuard.MAX_LINES);
            bodyRows += table.body().size();
        }
        assertEquals(rows, bodyRows);
        assertTrue(text(doc).contains("cell0") && text(doc).contains("cell" + (rows - 1)));
        // Lines inserted by the cut do not shift the source lines named in messages.
        Figure figure = assertInstanceOf(Figure.class, doc.blocks().get(doc.blocks().size() - 1));
        assertEquals(5 + 2 + rows + 1, figure.image().line());
        assertOneWarning("table.md:1005: paragraph or table longer than 1000 lines");
    }

    @Test
    void aVeryLongParagraphIsCutAndKeepsEveryWord() {
        int lines = 2100;
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            source.append("word").append(i).append('\n');
        }
        Document doc = reader.parse(source.toString(), "long.md");
        assertEquals(3, doc.blocks().size());
        String text = text(doc);
        for (int i = 0; i < lines; i++) {
            assertTrue(text.contains("word" + i + " ") || text.endsWith("word" + i), "word" + i);
        }
        assertOneWarning("long.md:1001: paragraph or table longer than 1000 lines");
    }

    @Test
    void aLongListIsNotCut() {
        GuardedSource guarded = ParseGuards.apply("- item\n  1. sub\n".repeat(3000), "list.md", warnings::add);
        assertEquals("- item\n  1. sub\n".repeat(3000), guarded.text());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aTableWiderThanTheLimitIsReadAsAParagraph() {
        int columns = LongParagraphGuard.MAX_COLUMNS + 20;
        String source = "|" + " h |".repeat(columns) + "\n|" + "---|".repeat(columns) + "\n| x |\n";
        Document doc = reader.parse(source, "wide.md");
        assertInstanceOf(Paragraph.class, doc.blocks().get(0));
        assertEquals(columns, count(text(doc), 'h'));
        assertTrue(text(doc).contains("x"));
        assertOneWarning("wide.md:2: table with more than 100 columns");
    }

    private void assertOneWarning(String start) {
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(start), warnings.get(0));
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static String cells(TableRow row) {
        return String.join("|", row.cells().stream().map(PlainText::of).toList());
    }

    /** The document's text, blocks separated by a space (tests nest at most a few dozen levels). */
    private static String text(Document doc) {
        StringBuilder out = new StringBuilder();
        appendBlocks(doc.blocks(), out);
        return out.toString().strip();
    }

    private static void appendBlocks(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.append(PlainText.of(p.content()).replace('\n', ' ')).append(' ');
            } else if (block instanceof Heading h) {
                out.append(PlainText.of(h.content())).append(' ');
            } else if (block instanceof CodeBlock c) {
                out.append(c.code()).append(' ');
            } else if (block instanceof BlockQuote q) {
                appendBlocks(q.blocks(), out);
            } else if (block instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    appendBlocks(item.blocks(), out);
                }
            } else if (block instanceof Table t) {
                for (TableRow row : t.head()) {
                    out.append(cells(row)).append(' ');
                }
                for (TableRow row : t.body()) {
                    out.append(cells(row)).append(' ');
                }
            }
        }
    }

    private static int blockDepth(List<Block> blocks) {
        int max = 0;
        for (Block block : blocks) {
            if (block instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    max = Math.max(max, 1 + blockDepth(item.blocks()));
                }
            } else {
                max = Math.max(max, 1);
            }
        }
        return max;
    }

    private static int inlineDepth(List<Inline> inlines) {
        InlineDepth depth = new InlineDepth();
        depth.walk(inlines);
        return depth.max;
    }

    /** The deepest nesting of inlines: each inline counts its level, a container's content one more. */
    private static final class InlineDepth extends InlineWalker {
        private int level = 1;
        private int max;

        @Override
        protected void visit(Inline inline) {
            max = Math.max(max, level);
            inline.accept(this);
        }

        private Void inside(List<Inline> content) {
            level++;
            descend(content, () -> level--);
            return null;
        }

        @Override
        public Void emphasis(Emphasis emphasis) {
            return inside(emphasis.content());
        }

        @Override
        public Void strong(Strong strong) {
            return inside(strong.content());
        }

        @Override
        public Void strikethrough(Strikethrough strikethrough) {
            return inside(strikethrough.content());
        }

        @Override
        public Void link(Link link) {
            return inside(link.content());
        }
    }
}

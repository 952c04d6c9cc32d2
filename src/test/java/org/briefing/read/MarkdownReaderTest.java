package org.briefing.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.Golden;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.Document;
import org.briefing.model.Emphasis;
import org.briefing.model.Heading;
import org.briefing.model.InputException;
import org.briefing.model.ListBlock;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.ReportOptions;
import org.briefing.model.Strong;
import org.briefing.read.source.Nesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void everyNodeTypeMatchesTheReviewedDump() throws Exception {
        Document doc = SourceFixture.read(reader, Path.of("src/test/resources/read/every-node.md"));
        Golden.assertMatches("read/every-node.dump", DocumentDump.of(doc));
    }

    @Test
    void seedBriefingHasItsMetadataAndEveryWord() throws Exception {
        Document doc = SourceFixture.read(reader, Path.of("source/north-korea-us-china-cooperation.md"));
        assertEquals("Event summary", doc.metadata().kind());
        assertEquals("Carnegie–Tsinghua Center for Global Policy", doc.metadata().organization());
        assertEquals("2017-02", doc.metadata().date());
        assertEquals("Off the record", doc.metadata().distribution());
        assertEquals(List.of("Li Bin", "Zhao Tong", "Wang Yisheng", "Paul Haenle"),
                doc.metadata().participants().stream().map(p -> p.name()).toList());
        StringBuilder all = new StringBuilder();
        for (Block block : doc.blocks()) {
            all.append(textOf(block)).append(' ');
        }
        doc.metadata().participants().forEach(p -> all.append(p.name()).append(' ').append(p.bio()).append(' '));
        // A copy of the seed kept with the tests, so that a clean clone can run them; the seed's stray
        // no-break spaces separate words like spaces do.
        String seed = Files.readString(Path.of("src/test/resources/text/seed.txt"));
        for (String word : seed.split("[\\s\u00a0•]+")) {
            if (!word.isEmpty() && !word.equals("Discussion") && !word.equals("Highlights")) {
                assertTrue(all.indexOf(word) >= 0, "missing word: " + word);
            }
        }
    }

    @Test
    void smartTypographyTurnsStraightMarksIntoTypographicOnes() {
        Document doc = reader.parse("\"Quoted\" -- it's --- done...", "t.md");
        assertEquals("“Quoted” – it’s — done…", PlainText.of(((Paragraph) doc.blocks().get(0)).content()));
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitle() {
        assertEquals("Plain doc", reader.parse("# Plain doc\n\ntext", "x.md").metadata().title());
        assertEquals("notes", reader.parse("just text", "notes.md").metadata().title());
    }

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() {
        InputException e = assertThrows(InputException.class,
                () -> reader.parse("---\ntitle: ok\nsubtitle: [unclosed\n---\nbody", "bad.md"));
        assertTrue(e.getMessage().startsWith("bad.md:4:"), e.getMessage());
    }

    @Test
    void unknownKeyIsRejectedAtItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> reader.parse("---\ntitle: ok\ncolour: red\n---\nbody", "bad.md"));
        assertTrue(e.getMessage().startsWith("bad.md:3:1: 'colour': unknown key"), e.getMessage());
        assertTrue(e.getMessage().contains("distribution"), "lists the allowed keys: " + e.getMessage());
    }

    @Test
    void illTypedValuesSayWhatWasExpected() {
        InputException list = assertThrows(InputException.class,
                () -> reader.parse("---\ntitle: ok\nparticipants: just a name\n---\n", "bad.md"));
        assertTrue(list.getMessage().matches("bad\\.md:3:\\d+: 'participants': expected a list.*"), list.getMessage());
        InputException date = assertThrows(InputException.class,
                () -> reader.parse("---\ntitle: ok\ndate: February 2017\n---\n", "bad.md"));
        assertTrue(date.getMessage().contains("bad.md:3:7: 'date': expected a date as YYYY"), date.getMessage());
        InputException title = assertThrows(InputException.class,
                () -> reader.parse("---\ntitle: [a, b]\n---\n", "bad.md"));
        assertTrue(title.getMessage().contains("bad.md:2:8: 'title': expected text, e.g. title: Some words, found a list"), title.getMessage());
        InputException person = assertThrows(InputException.class,
                () -> reader.parse("---\ntitle: t\nparticipants:\n  - bio: no name\n---\n", "bad.md"));
        assertTrue(person.getMessage().contains("bad.md:4:5: 'participants[0]': missing required key 'name'"),
                person.getMessage());
    }

    @Test
    void reportKeysArePandocsAndHaveDefaults() {
        ReportOptions none = reader.parse("---\ntitle: t\n---\nbody", "r.md").metadata().report();
        assertEquals(ReportOptions.DEFAULT, none);
        ReportOptions all = reader.parse("---\ntitle: t\nnumber-sections: true\ntoc: false\ntoc-depth: 3\n"
                + "toc-title: In this report\nlof: true\nlot: true\nbibliography: sources.bib\n"
                + "csl: chicago-author-date\n---\nbody", "r.md").metadata().report();
        assertEquals(new ReportOptions(true, false, 3, "In this report", true, true, List.of("sources.bib"),
                "chicago-author-date"), all);
        List<String> warned = new java.util.ArrayList<>();
        new MarkdownReader(warned::add).parse("---\ntitle: t\nlof: true\nbibliography: refs.bib\n---\nbody", "r.md");
        assertEquals(2, warned.size(), warned.toString());
        assertTrue(warned.get(0).startsWith("r.md:3:6: 'lof': read but not used yet"), warned.get(0));
        InputException depth = assertThrows(InputException.class,
                () -> reader.parse("---\ntitle: t\ntoc-depth: 9\n---\n", "r.md"));
        assertTrue(depth.getMessage().startsWith("r.md:3:12: 'toc-depth': expected a heading level from 1 to 6"),
                depth.getMessage());
        InputException flag = assertThrows(InputException.class,
                () -> reader.parse("---\ntitle: t\nnumber-sections: yes please\n---\n", "r.md"));
        assertTrue(flag.getMessage().startsWith("r.md:3:"), flag.getMessage());
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        InputException e = assertThrows(InputException.class, () -> reader.parse("---\ntitle: x\n", "u.md"));
        assertTrue(e.getMessage().startsWith("u.md:1:1: front matter"), e.getMessage());
    }

    @Test
    void readerTakesTextNotPathsSoEveryFileGoesThroughTheGuardedRead() {
        // A Path overload read with Files.readAllBytes: no FIFO check, no size limit (issue 15).
        for (java.lang.reflect.Method method : MarkdownReader.class.getMethods()) {
            for (Class<?> type : method.getParameterTypes()) {
                assertFalse(Path.class.isAssignableFrom(type), method.toString());
            }
        }
    }

    @Test
    void nonUtf8SourceNamesTheBadByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.md");
        Files.write(file, "line one\ncaf\u00e9 here".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> SourceFixture.read(reader, file));
        assertTrue(e.getMessage().startsWith(file + ":2:4: not valid UTF-8: byte 0xE9"), e.getMessage());
    }

    @Test
    void imageLinesCountFromTheTopOfTheFile() {
        Document doc = reader.parse("---\ntitle: t\n---\n\ntext\n\n![alt](a.png)\n", "i.md");
        org.briefing.model.Figure figure = assertInstanceOf(org.briefing.model.Figure.class, doc.blocks().get(1));
        assertEquals(7, figure.image().line());
    }

    @Test
    void deepNestingIsFlattenedButKeepsTheText() {
        int depth = 10_000;
        Document quotes = reader.parse(">".repeat(depth) + " deep text", "q.md");
        assertTrue(blockDepth(quotes.blocks()) <= Nesting.MAX_DEPTH + 1);
        assertTrue(textOf(quotes.blocks().get(0)).contains("deep text"));

        Document emphasis = reader.parse("*".repeat(3000) + "x" + "*".repeat(3000), "e.md");
        assertTrue(textOf(emphasis.blocks().get(0)).contains("x"));
    }

    private static int blockDepth(List<Block> blocks) {
        int max = 0;
        for (Block block : blocks) {
            if (block instanceof BlockQuote q) {
                max = Math.max(max, 1 + blockDepth(q.blocks()));
            } else if (block instanceof ListBlock l) {
                for (var item : l.items()) {
                    max = Math.max(max, 1 + blockDepth(item.blocks()));
                }
            } else {
                max = Math.max(max, 1);
            }
        }
        return max;
    }

    @Test
    void headingIdsAreUniqueSlugs() {
        Document doc = reader.parse("# Über Führung\n\n# Über Führung\n\n# 2024\n", "h.md");
        assertEquals(List.of("uber-fuhrung", "uber-fuhrung-2", "section-2024"),
                doc.blocks().stream().map(b -> ((Heading) b).id()).toList());
    }

    @Test
    void seedListItemsStartWithABoldLeadIn() {
        Document doc = SourceFixture.read(reader, Path.of("source/north-korea-us-china-cooperation.md"));
        ListBlock list = (ListBlock) doc.blocks().stream().filter(b -> b instanceof ListBlock).findFirst().orElseThrow();
        assertEquals(5, list.items().size());
        Paragraph first = (Paragraph) list.items().get(0).blocks().get(0);
        assertInstanceOf(Strong.class, first.content().get(0));
        assertTrue(list.tight() || !list.tight());
        assertTrue(first.content().stream().noneMatch(i -> i instanceof Emphasis));
    }

    private static String textOf(Block block) {
        StringBuilder s = new StringBuilder();
        java.util.ArrayDeque<Block> stack = new java.util.ArrayDeque<>();
        stack.push(block);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b instanceof Paragraph p) {
                s.append(PlainText.of(p.content())).append(' ');
            } else if (b instanceof Heading h) {
                s.append(PlainText.of(h.content())).append(' ');
            } else if (b instanceof BlockQuote q) {
                for (int i = q.blocks().size() - 1; i >= 0; i--) {
                    stack.push(q.blocks().get(i));
                }
            } else if (b instanceof ListBlock l) {
                for (int i = l.items().size() - 1; i >= 0; i--) {
                    var item = l.items().get(i).blocks();
                    for (int j = item.size() - 1; j >= 0; j--) {
                        stack.push(item.get(j));
                    }
                }
            }
        }
        return s.toString();
    }

    @Test
    void aLeadingThematicBreakIsNotFrontMatter() {
        Document doc = reader.parse("---\nFoo\n---\n", "t.md");
        assertEquals("t", doc.metadata().title());
        assertInstanceOf(org.briefing.model.ThematicBreak.class, doc.blocks().get(0));
        assertEquals("Foo", PlainText.of(((Heading) doc.blocks().get(1)).content()));
    }

    @Test
    void quotesInsideFlattenedNestingKeepBothMarks() {
        String nested = "*a **b ".repeat(20) + "\"quoted\" text" + "** d*".repeat(20);
        Document doc = reader.parse(nested, "q.md");
        assertTrue(textOf(doc.blocks().get(0)).contains("“quoted” text"), textOf(doc.blocks().get(0)));
    }
}

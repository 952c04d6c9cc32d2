package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter of the wrong shape and impossible dates, through the real command line: exit 2, one error line
 * at file:line:col saying what was wanted, and no output written.
 */
class HostileSourceTest {
    @TempDir
    Path dir;

    private Cli render(String format, String markdown) throws Exception {
        Files.writeString(dir.resolve("memo.md"), markdown);
        return Cli.run(dir, "render", "-f", format, "memo.md");
    }

    private void assertRefused(String markdown, String where, String... words) throws Exception {
        for (String format : List.of("pdf", "epub")) {
            Cli run = render(format, markdown);
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().startsWith("briefing: error: memo.md:" + where + ": "), run.toString());
            for (String word : words) {
                assertTrue(run.err().contains(word), run.toString());
            }
            assertFalse(run.err().contains("\tat "), run.toString());
            assertFalse(Files.exists(dir.resolve("output")) && Files.list(dir.resolve("output")).findAny().isPresent(),
                    "no output written");
        }
    }

    @Test
    void impossibleDatesAreErrors() throws Exception {
        assertRefused("---\ntitle: T\ndate: 2017-02-30\n---\n\nText.\n", "3:7", "2017-02-30", "calendar");
        assertRefused("---\ntitle: T\ndate: 0000-01-01\n---\n\nText.\n", "3:7", "0000-01-01");
        assertRefused("---\ntitle: T\ndate: 2019-02-29\n---\n\nText.\n", "3:7", "2019-02-29");
    }

    @Test
    void aLeapDayIsADate() throws Exception {
        assertEquals(0, render("epub", "---\ntitle: T\ndate: 2020-02-29\n---\n\nText.\n").exit());
    }

    @Test
    void aStringWhereAListBelongsShowsTheShapeWanted() throws Exception {
        assertRefused("---\ntitle: T\nparticipants: Alice\n---\n\nText.\n", "3:15",
                "expected a list, e.g. participants: [Alice, Bob]", "'Alice'");
        assertRefused("---\ntitle: T\nauthors: {name: Ada}\n---\n\nText.\n", "3:10", "expected a list, e.g. authors: [");
        assertRefused("---\ntitle: T\nkeywords: {a: b}\n---\n\nText.\n", "3:11", "expected a list, e.g. keywords: [");
        assertRefused("---\ntitle: [A, B]\n---\n\nText.\n", "2:8", "expected text, e.g. title: ");
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() throws Exception {
        assertRefused("---\n- a\n- b\n---\n\nText.\n", "2:1", "mapping", "found a list");
        assertRefused("---\n[a, b]\n---\n\nText.\n", "2:1", "mapping", "found a list");
        assertRefused("---\n\"just words\"\n---\n\nText.\n", "2:1", "mapping", "just words");
        assertRefused("---\njust words\n...\n\nText.\n", "2:1", "mapping", "'just words'");
    }

    @Test
    void aRuleThenABlankLineIsStillMarkdown() throws Exception {
        assertEquals(0, render("epub", "---\n\n- a\n- b\n\n---\n\nText.\n").exit());
    }
}

package org.briefing.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.read.MarkdownReader;
import org.briefing.render.Resources;
import org.briefing.validate.EpubChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section numbers in the EPUB: a marked-up number before each numbered heading, and in the navigation. */
class SectionNumbersEpubTest {
    private static final String REPORT = "---\ntitle: Numbered\nnumber-sections: true\n---\n\n"
            + "# Introduction {#sec:intro}\n\nText.\n\n## Background\n\nText.\n\n# Annex {-}\n\nText.\n\n"
            + "# Method\n\n## Sub {#sec:sub}\n\nText.\n";

    @TempDir
    Path temp;

    private static byte[] book() throws Exception {
        return EpubFixtures.render(new MarkdownReader().parse(REPORT, "report.md"), Resources.NONE,
                new ArrayList<>());
    }

    @Test
    void headingsAndNavigationShowTheNumbers() throws Exception {
        Map<String, byte[]> book = EpubFixtures.entries(book());
        String intro = EpubFixtures.text(book, "OEBPS/text/section-01.xhtml");
        assertTrue(intro.contains("<h1 id=\"sec:intro\"><span class=\"section-number\">1</span> Introduction</h1>"),
                intro);
        assertTrue(intro.contains("<h2 id=\"background\"><span class=\"section-number\">1.1</span> Background</h2>"),
                intro);
        String annex = EpubFixtures.text(book, "OEBPS/text/section-02.xhtml");
        assertTrue(annex.contains("<h1 id=\"annex\">Annex</h1>"), annex);
        String nav = book.keySet().stream().filter(n -> n.endsWith("nav.xhtml")).findFirst()
                .map(n -> EpubFixtures.text(book, n)).orElseThrow();
        for (String entry : List.of("#sec:intro\">1 Introduction</a>", "#background\">1.1 Background</a>",
                "#annex\">Annex</a>", "#method\">2 Method</a>", "#sec:sub\">2.1 Sub</a>")) {
            assertTrue(nav.contains(entry), entry + " in:\n" + nav);
        }
    }

    @Test
    void theNumberedBookIsCleanEpub33() throws Exception {
        EpubChecker.Result result = EpubChecker.check(book(), temp);
        List<String> messages = result.messages().stream().filter(m -> !m.startsWith("USAGE CSS-028 ")).toList();
        assertEquals(List.of(), messages, "EPUBCheck: " + result.counts());
    }
}

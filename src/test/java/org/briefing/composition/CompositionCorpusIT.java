package org.briefing.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.adobe.epubcheck.messages.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.cli.CliContext;
import org.briefing.cli.Main;
import org.briefing.corpus.Outputs;
import org.briefing.corpus.VisibleWords;
import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.briefing.validate.EpubChecker;
import org.briefing.validate.VeraPdf;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composition corpus ({@code src/test/resources/composition}) through the real command line, into PDF
 * and EPUB, with issue 17's properties asserted from the files themselves: no kept block split, no page but
 * the last under 60 % full unless the composition report says why, images and tables inside the margins,
 * captions with what they caption, no number, date, unit or short word broken inside a table cell, every word of the
 * source and no alt text on the page, veraPDF PDF/UA-1 and PDF/A-2a and EPUBCheck without a finding.
 * Each document's checks are separate tests, so a report lists which document fails which property.
 */
class CompositionCorpusIT {
    private static final Path CORPUS = Path.of("src/test/resources/composition");

    /** A corpus document, the theme it is published with and the pages a reader expects, at least and at most. */
    private record Source(String name, String theme, int minPages, int maxPages) {
        Path file() {
            return CORPUS.resolve(name + ".md");
        }
    }

    private static final List<Source> SOURCES = List.of(
            new Source("memo-chart-table", "memo", 2, 2),
            new Source("report-chapters", "report", 30, 60),
            new Source("wide-table", "memo", 2, 3),
            new Source("bilingual-summary", "memo", 1, 2));

    @TempDir
    static Path folder;

    /** What the command line made of one source, and what the source says it should show. */
    private record Published(Source source, byte[] pdf, byte[] epub, String report, Theme theme, SourceText text,
                             PdfComposition composition) {
    }

    @TestFactory
    Stream<DynamicContainer> eachDocumentComposesAsIssue17Asks() {
        return SOURCES.stream().map(source -> DynamicContainer.dynamicContainer(source.name(),
                checks(source, new Published[1])));
    }

    /** The checks of one document; the first renders it, the others read what it made. */
    private static Stream<DynamicTest> checks(Source source, Published[] holder) {
        return Stream.of(
                dynamicTest("renders through the command line", () -> holder[0] = publish(source)),
                check(holder, "pages", p -> {
                    int pages = p.composition().pageCount();
                    assertTrue(pages >= source.minPages() && pages <= source.maxPages(),
                            pages + " pages, expected " + source.minPages() + " to " + source.maxPages());
                }),
                check(holder, "no kept block split", p -> assertEquals(List.of(), CompositionChecks.keptBlocksSplit(
                        p.composition(), p.theme().typography().keepTableRows(), p.theme().typography().keepCodeLines()))),
                check(holder, "no short page without a reason", p -> assertEquals(List.of(), CompositionChecks.shortPages(
                        p.composition(), p.theme().page(), ReportReasons.of(p.report())))),
                check(holder, "images and tables inside the margins", p -> assertEquals(List.of(),
                        CompositionChecks.outsideMargins(p.composition(), p.theme().page()))),
                check(holder, "captions with their figure or table", p -> assertEquals(List.of(),
                        CompositionChecks.captionsApart(p.composition()))),
                check(holder, "figures, tables and captions as written", p -> {
                    String markdown = Files.readString(source.file());
                    assertEquals(count(markdown, "(?m)^!\\["), p.composition().elements("Figure").size(), "figures");
                    assertEquals(count(markdown, "(?m)^\\|:?-"), p.composition().elements("Table").size(), "tables");
                    // Every figure in the corpus has a title, so captions are its figures and its Table: lines.
                    assertEquals(count(markdown, "(?m)^!\\[") + count(markdown, "(?m)^Table: "),
                            p.composition().elements("Caption").size(), "captions");
                }),
                check(holder, "figures at the size asked", p -> assertEquals(List.of(), CompositionChecks.figureSizes(
                        p.composition(), p.text().images(), p.theme().page(), p.theme().figures().maxHeight()))),
                check(holder, "no number, date, unit or short word broken in a cell", p -> assertEquals(List.of(),
                        CompositionChecks.brokenCells(p.composition(), p.text().tableCells()))),
                check(holder, "PDF shows every word and no alt text", p -> {
                    String text = Outputs.pdfText(p.pdf());
                    assertNull(VisibleWords.firstMissing(words(p.text().visible()), text), "missing word");
                    String flat = text.replaceAll("\\s+", " ");
                    for (String alt : p.text().alts()) {
                        assertTrue(alt.length() < 30 || !flat.contains(alt.replaceAll("\\s+", " ")), "printed alt: " + alt);
                    }
                }),
                check(holder, "veraPDF PDF/UA-1", p -> assertEquals(List.of(), VeraPdf.failuresUa1(p.pdf()))),
                check(holder, "veraPDF PDF/A-2a", p -> assertEquals(List.of(), VeraPdf.failuresA2a(p.pdf()))),
                check(holder, "EPUBCheck 0 errors 0 warnings", p -> {
                    EpubChecker.Result result = EpubChecker.check(p.epub(), folder);
                    assertEquals(0, result.count(Severity.FATAL) + result.count(Severity.ERROR)
                            + result.count(Severity.WARNING), result::toString);
                }),
                check(holder, "EPUB shows every word", p -> assertNull(VisibleWords.firstMissing(
                        words(p.text().visible()), Outputs.epubText(p.epub())), "missing word")));
    }

    /**
     * The words a reader must find; a run of Chinese characters counts character by character, since lines
     * break between any two of them and the extracted text then holds the run in pieces.
     */
    private static List<String> words(String text) {
        return VisibleWords.of(text).stream()
                .flatMap(w -> w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? w.codePoints().mapToObj(Character::toString) : Stream.of(w))
                .toList();
    }

    private static long count(String text, String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
    }

    /** A check that needs the published document; it fails at once when rendering did. */
    private interface Check {
        void accept(Published published) throws Exception;
    }

    private static DynamicTest check(Published[] holder, String name, Check check) {
        return dynamicTest(name, () -> {
            assertTrue(holder[0] != null, "the document did not render");
            check.accept(holder[0]);
        });
    }

    /** Publishes a source as PDF (with the composition report) and EPUB through {@link Main}, as a user would. */
    private static Published publish(Source source) throws Exception {
        Path pdf = folder.resolve(source.name() + ".pdf");
        Path epub = folder.resolve(source.name() + ".epub");
        String report = run("pdf", "--style", source.theme(), "--report", source.file().toString(), "-o", pdf.toString());
        run("epub", "--style", source.theme(), source.file().toString(), "-o", epub.toString());
        Document document = new MarkdownReader().parse(Files.readString(source.file()), source.file().getFileName().toString());
        Theme theme = new ThemeLoader(Path.of("styles")).load(source.theme());
        byte[] pdfBytes = Files.readAllBytes(pdf);
        return new Published(source, pdfBytes, Files.readAllBytes(epub), report, theme, SourceText.of(document),
                PdfComposition.of(pdfBytes));
    }

    /** Runs the command line in this JVM; returns what it printed, failing on any exit but 0. */
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of(""), false,
                Path.of("target/briefing.jar").toAbsolutePath());
        int exit = Main.run(context, args);
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, () -> String.join(" ", args) + "\n" + printed);
        return printed;
    }
}

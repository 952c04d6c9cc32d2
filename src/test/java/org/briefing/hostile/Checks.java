package org.briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks cases add to the common ones: what must not reach a reader, and what must survive. */
final class Checks {
    private static final Pattern HREF = Pattern.compile("(?:href|src|xlink:href)\\s*=\\s*\"([^\"]*)\"");

    /**
     * Marks a case whose PDF is too big for veraPDF in the suite's time (a 100k-glyph text run took it over
     * 3 minutes on 2 cores): that PDF gets qpdf and PDFBox only. Checks nothing itself.
     */
    static final HostileCase.Check NO_VERAPDF = (dir, run) -> { };

    private Checks() {
    }

    /**
     * A scheme as a browser would read it: entities and percent escapes aside, whitespace and control
     * characters anywhere in it are ignored and case does not matter.
     */
    static boolean hasScheme(String address, String scheme) {
        String folded = address.replace("&#x9;", "").replace("&#9;", "").replace("&#xA;", "").replace("&#10;", "")
                .replaceAll("[\\x00-\\x20\\x7F-\\x9F]", "").toLowerCase(Locale.ROOT);
        return folded.startsWith(scheme);
    }

    /** No link in the produced PDF (when there is one) goes to {@code scheme}. */
    static HostileCase.Check pdfHasNoLinkTo(String pdf, String scheme) {
        return (dir, run) -> {
            if (run.exit() == 0) {
                for (String uri : Artifacts.pdfLinkUris(Artifacts.produced(dir, pdf))) {
                    assertFalse(hasScheme(uri, scheme), "PDF links to " + uri);
                }
            }
        };
    }

    /** No href or src in the produced EPUB goes to {@code scheme}. */
    static HostileCase.Check epubHasNoLinkTo(String epub, String scheme) {
        return (dir, run) -> {
            if (run.exit() == 0) {
                Matcher m = HREF.matcher(Artifacts.epubMarkup(Artifacts.produced(dir, epub)));
                while (m.find()) {
                    assertFalse(hasScheme(m.group(1), scheme), "EPUB links to " + m.group(1));
                }
            }
        };
    }

    /** {@code secret} (the content of a script or style) is not in the PDF's text. */
    static HostileCase.Check pdfTextLacks(String pdf, String secret) {
        return (dir, run) -> {
            if (run.exit() == 0) {
                assertFalse(Artifacts.pdfText(Artifacts.produced(dir, pdf)).contains(secret), "PDF text shows " + secret);
            }
        };
    }

    /** {@code secret} is neither in the EPUB's text nor anywhere in its markup. */
    static HostileCase.Check epubLacks(String epub, String secret) {
        return (dir, run) -> {
            if (run.exit() == 0) {
                Path file = Artifacts.produced(dir, epub);
                assertFalse(Artifacts.epubText(file).contains(secret), "EPUB text shows " + secret);
                assertFalse(Artifacts.epubMarkup(file).contains(secret), "EPUB markup holds " + secret);
            }
        };
    }

    /** {@code markup} (e.g. an event handler attribute) is not in the EPUB's markup. */
    static HostileCase.Check epubMarkupLacks(String epub, String markup) {
        return (dir, run) -> {
            if (run.exit() == 0) {
                assertFalse(Artifacts.epubMarkup(Artifacts.produced(dir, epub)).toLowerCase(Locale.ROOT)
                        .contains(markup.toLowerCase(Locale.ROOT)), "EPUB markup holds " + markup);
            }
        };
    }

    /** The EPUB keeps the language of an element holding {@code text}. */
    static HostileCase.Check epubKeepsLang(String epub, String lang, String text) {
        return (dir, run) -> {
            String markup = Artifacts.epubMarkup(Artifacts.produced(dir, epub));
            Pattern tagged = Pattern.compile("<[a-z]+[^>]*\\blang=\"" + lang + "\"[^>]*>[^<]*" + text);
            assertTrue(tagged.matcher(markup).find(), "no element with lang=\"" + lang + "\" around '" + text + "'");
        };
    }

    /** The text reached the PDF (a repaired input keeps what it can). */
    static HostileCase.Check pdfTextHas(String pdf, String text) {
        return (dir, run) -> assertTrue(Artifacts.pdfText(Artifacts.produced(dir, pdf)).contains(text),
                "PDF text lacks " + text);
    }

    /** Standard output holds no control character a terminal would act on (escape sequences, bells…). */
    static HostileCase.Check stdoutHasNoControls() {
        return (dir, run) -> {
            for (int i = 0; i < run.out().length(); i++) {
                char c = run.out().charAt(i);
                boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
                assertFalse(control, String.format("U+%04X at %d of standard output", (int) c, i));
            }
        };
    }

    /** The error does not show what a file it should not have read holds. */
    static HostileCase.Check errorLacks(String leak) {
        return (dir, run) -> assertFalse(run.err().contains(leak), "stderr shows '" + leak + "'");
    }

    /** A file the run must not change (the source when -o names it). */
    static HostileCase.Check unchanged(String relative, byte[] bytes) {
        return (dir, run) -> assertArrayEquals(bytes, Files.readAllBytes(dir.resolve(relative)), relative + " changed");
    }
}

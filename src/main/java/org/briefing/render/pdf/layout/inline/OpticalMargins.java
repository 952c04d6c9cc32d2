package org.briefing.render.pdf.layout.inline;

import java.util.List;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.GlyphRun;

/**
 * Hanging punctuation: how far a line's first and last characters may protrude into the margins, as a
 * share of their own width (after the defaults of pdfTeX's character protrusion), so that justified edges
 * look straight to the eye rather than to the ruler.
 */
final class OpticalMargins {
    private OpticalMargins() {
    }

    /** Protrusion into the right margin of a line ending with {@code cp}, as a share of its advance. */
    static double rightShare(int cp) {
        return switch (cp) {
            case '-', '\u2010', '\u00ad', '.', ',', '\u2019', '\u201d', '"', '\'' -> 0.7;
            case ':', ';' -> 0.5;
            case '\u2013' -> 0.5;
            case '\u2014', '!', '?', ')' -> 0.2;
            default -> 0;
        };
    }

    /** Protrusion into the left margin of a line starting with {@code cp}, as a share of its advance. */
    static double leftShare(int cp) {
        return switch (cp) {
            case '\u2018', '\u201c', '"', '\'' -> 0.7;
            case '(' -> 0.2;
            default -> 0;
        };
    }

    /** Points the fragment's last character may hang into the right margin. */
    static double right(Fragment f) {
        String text = f.text().text();
        if (text.isEmpty() || f.rise() != 0) {
            return 0;
        }
        int cp = text.codePointBefore(text.length());
        double share = rightShare(cp);
        return share == 0 ? 0 : share * lastAdvance(f);
    }

    /** Points the fragment's first character may hang into the left margin. */
    static double left(Fragment f) {
        String text = f.text().text();
        if (text.isEmpty() || f.rise() != 0) {
            return 0;
        }
        double share = leftShare(text.codePointAt(0));
        return share == 0 ? 0 : share * firstAdvance(f);
    }

    private static double lastAdvance(Fragment f) {
        List<GlyphRun> runs = f.text().runs();
        GlyphRun run = runs.get(runs.size() - 1);
        float[] advances = run.advances();
        return advances.length == 0 ? 0 : advances[advances.length - 1] * f.size() / 1000;
    }

    private static double firstAdvance(Fragment f) {
        GlyphRun run = f.text().runs().get(0);
        float[] advances = run.advances();
        return advances.length == 0 ? 0 : advances[0] * f.size() / 1000;
    }
}

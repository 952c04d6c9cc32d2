package org.briefing.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.BriefingException;
import org.briefing.style.FontFamily;
import org.briefing.style.Theme;

/**
 * The fallback order of fonts for one face: the face's own file, then the theme's fallback fonts in the
 * theme's order. A character is drawn by the first font of the chain that has it.
 *
 * @param files the font files, first the face's own
 */
public record FontChain(List<Path> files) {
    /** Whether a font (by its place in the chain) has a glyph for a character; fonts are opened lazily. */
    @FunctionalInterface
    public interface Coverage {
        boolean covers(int font, int codePoint);
    }

    public FontChain {
        files = List.copyOf(files);
    }

    /** The chain of a theme's family in a weight and style; an unknown family is the theme's error. */
    public static FontChain of(Theme theme, String family, boolean bold, boolean italic) {
        FontFamily fonts = theme.families().get(family);
        if (fonts == null) {
            throw new BriefingException("theme " + theme.name() + ": no font family '" + family + "'");
        }
        List<Path> files = new ArrayList<>();
        files.add(fonts.face(bold, italic));
        files.addAll(theme.fallbackFonts());
        return new FontChain(files);
    }

    /** The theme's fallback fonts alone, for characters that a set of faces lacks. */
    public static FontChain fallbacks(Theme theme) {
        return new FontChain(theme.fallbackFonts());
    }

    /** The face's own font file, first in the chain. */
    public Path own() {
        return files.get(0);
    }

    /** The place in the chain of the first font that has {@code codePoint}, or -1 when none has it. */
    public int pick(int codePoint, Coverage coverage) {
        for (int font = 0; font < files.size(); font++) {
            if (coverage.covers(font, codePoint)) {
                return font;
            }
        }
        return -1;
    }

    /**
     * Whether a character stays in the chain's first font whatever the fonts cover: white space and
     * invisible characters, which show as room or as nothing, so that they never split a run of text.
     */
    public static boolean staysInFirstFont(int codePoint) {
        return Character.isWhitespace(codePoint) || Scripts.isInvisible(codePoint);
    }
}

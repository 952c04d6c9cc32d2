package org.briefing.render.pdf.font;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;

/**
 * Loads a theme's fonts ahead of a PDF render, for start-up work on another thread: the files go into the
 * process-wide {@link FontFiles} cache that {@link FontLibrary} reads, and one word is shaped so that the
 * render's first shaping starts warm. (Parsing a face with fontbox ahead, to warm embedding, was tried and
 * dropped: the render waited for it longer than it saved.) Nothing a render learns is shared (its
 * {@link FontFace}s are its own), so results are the same with or without it; a font that fails to load
 * fails again, with the same message, when the render loads it.
 */
public final class FontPreload {
    /** Letters that take the shaper through kerning and a ligature. */
    private static final String SAMPLE = "Office of AVA Type";

    private FontPreload() {
    }

    /**
     * Loads the faces the theme's roles use and its fallback fonts, in that order (the ones a render needs
     * first come first), then shapes a word in the body face. Throws what loading throws.
     */
    public static void load(Theme theme) {
        Set<Path> files = new LinkedHashSet<>();
        files.add(face(theme, theme.style(Role.BODY)));
        for (Role role : Role.values()) {
            files.add(face(theme, theme.style(role)));
        }
        files.addAll(theme.fallbackFonts());
        for (Path file : files) {
            if (file != null) {
                FontFiles.load(file);
            }
        }
        Path body = face(theme, theme.style(Role.BODY));
        if (body != null) {
            GlyphShaper.shape(new FontFace(0, body, GlyphShaper.prepare(FontFiles.load(body))), SAMPLE);
        }
    }

    private static Path face(Theme theme, TextStyle style) {
        var family = theme.families().get(style.font());
        return family == null ? null : family.face(style.bold(), style.italic());
    }

    /** Whether an AWT font was loaded for a file (for tests). */
    static boolean isLoaded(Path file) {
        return FontFiles.isLoaded(file);
    }
}

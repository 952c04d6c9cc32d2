package org.briefing.render.pdf.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.model.InputException;

/**
 * Loads AWT fonts from theme files once per process. AWT fonts are immutable, so sharing them between
 * renders is safe; everything a render learns lives in its own {@link FontFace}s.
 */
final class FontFiles {
    private static final Map<Path, Font> LOADED = new ConcurrentHashMap<>();

    private FontFiles() {
    }

    /** The font in a file (for a collection, its first face). */
    static Font load(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), FontFiles::read);
    }

    /** Whether the font in a file is loaded already. */
    static boolean isLoaded(Path file) {
        return LOADED.containsKey(file.toAbsolutePath().normalize());
    }

    private static Font read(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            // The theme loader checked the file's table directory; what it cannot see (damaged tables) is still
            // the theme's input, not a fault of the program.
            throw new InputException(file + ": the font cannot be loaded (" + e.getMessage() + ")", e);
        }
    }
}

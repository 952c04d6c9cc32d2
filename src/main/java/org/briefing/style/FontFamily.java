package org.briefing.style;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The TrueType files of one font family. Missing faces fall back to {@code regular}.
 *
 * @param name the family's name in the theme, e.g. {@code serif}
 */
public record FontFamily(String name, Path regular, Path bold, Path italic, Path boldItalic) {
    public FontFamily {
        Objects.requireNonNull(regular, "regular");
        bold = bold == null ? regular : bold;
        italic = italic == null ? regular : italic;
        boldItalic = boldItalic == null ? (bold != regular ? bold : italic) : boldItalic;
    }

    /** The file for a face. */
    public Path face(boolean isBold, boolean isItalic) {
        if (isBold && isItalic) {
            return boldItalic;
        }
        return isBold ? bold : isItalic ? italic : regular;
    }
}

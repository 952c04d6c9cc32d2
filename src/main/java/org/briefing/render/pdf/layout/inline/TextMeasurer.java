package org.briefing.render.pdf.layout.inline;

import org.briefing.render.pdf.layout.frame.ShapedText;

/** Shapes and measures text; the real one uses the theme's fonts, tests use a fixed-width fake. */
public interface TextMeasurer {
    /** Shapes text in a face at 1000 units per em, splitting it into runs by font fallback. */
    ShapedText shape(String text, FontKey font);
}

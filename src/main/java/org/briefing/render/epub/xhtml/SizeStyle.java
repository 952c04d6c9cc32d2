package org.briefing.render.epub.xhtml;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Image;
import org.briefing.model.Length;
import org.briefing.render.epub.style.ThemeCss;

/**
 * The author's sizes as a {@code style} attribute. They belong to one element, not to the theme, so they
 * are written where they apply (as pandoc does) rather than as classes; the theme's stylesheet still caps
 * every image at the measure and at the theme's maximum height.
 */
final class SizeStyle {
    private SizeStyle() {
    }

    /** A figure's image: its authored width and height, or null when it has neither. */
    static String of(Image image) {
        return of(image, false);
    }

    /**
     * An image inside the text. The stylesheet draws it at text height; an authored width must then free
     * the height, or the image would be stretched.
     */
    static String inline(Image image) {
        return of(image, true);
    }

    private static String of(Image image, boolean freeHeight) {
        List<String> declarations = new ArrayList<>(2);
        if (image.width() != null) {
            declarations.add("width: " + css(image.width()));
        }
        if (image.height() != null) {
            declarations.add("height: " + css(image.height()));
        } else if (freeHeight && image.width() != null) {
            declarations.add("height: auto");
        }
        return declarations.isEmpty() ? null : String.join("; ", declarations);
    }

    /** A column's width from its share of the table (0 to 1]. */
    static String share(double fraction) {
        return "width: " + ThemeCss.number(fraction * 100) + "%";
    }

    /** A percentage stays a share of the containing block, which for a figure is the text measure. */
    private static String css(Length length) {
        return ThemeCss.number(length.value()) + (length.percent() ? "%" : "pt");
    }
}

package org.briefing.render.epub.cover;

import java.nio.file.Path;
import org.briefing.model.Metadata;
import org.briefing.style.ThemeLoader;

/**
 * Run in a child JVM by {@link CoverPainterTest}: paints a cover whose title needs a fallback font, so that
 * the child's class-loading log shows what painting a cover loads, and nothing else ran before it.
 */
final class CoverPaintProbe {
    private CoverPaintProbe() {
    }

    public static void main(String[] args) {
        byte[] png = CoverPainter.paint(Metadata.titled("Cover 合作 \u2605 probe"),
                new ThemeLoader(Path.of("styles")).load("memo"));
        System.out.println("png=" + png.length);
    }
}

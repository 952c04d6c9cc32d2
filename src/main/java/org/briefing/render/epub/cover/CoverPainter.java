package org.briefing.render.epub.cover;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.model.Metadata;
import org.briefing.render.HumanDate;
import org.briefing.script.FontChain;
import org.briefing.style.Color;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;

/**
 * Draws the book's cover from the briefing and its theme and writes it as PNG with {@link PngEncoder}:
 * accent bar, letterhead and rule, banner, kind, title, subtitle and date, in the theme's fonts and
 * colours. The text is glyph outlines read from the font files ({@link OutlineFont}), set in lines by
 * {@link CoverLines} and filled on a {@link CoverCanvas}; neither Java2D's text stack (font manager,
 * fontconfig, line layout) nor its drawing is involved, whose start-up was most of painting a cover
 * (profile). Same input, same pixels, same bytes (PNG carries no timestamp here).
 */
public final class CoverPainter {
    /** Cover width in pixels; the height is 1.5 times it. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 1800;
    private static final int MARGIN = 110;
    private static final int WHITE = 0xffffff;

    private final Theme theme;
    private final Map<Path, OutlineFont> opened = new HashMap<>();
    private final CoverCanvas canvas = new CoverCanvas(WIDTH, HEIGHT, WHITE);

    private CoverPainter(Theme theme) {
        this.theme = theme;
    }

    /** The cover of a briefing as PNG bytes. */
    public static byte[] paint(Metadata meta, Theme theme) {
        return new CoverPainter(theme).draw(meta);
    }

    private byte[] draw(Metadata meta) {
        canvas.fillRect(0, 0, WIDTH, 36, rgb(theme.accent()));
        int y = 120;
        y = lines(meta.organization(), Role.LETTERHEAD, 40, y, 2) + 24;
        rule(y, 5, rgb(theme.accent()));
        y = lines(meta.distribution(), Role.BANNER, 32, y + 40, 2);
        y = Math.max(y + 120, 560);
        y = lines(meta.kind(), Role.KIND, 40, y, 2) + 36;
        int titleSize = meta.title().length() > 90 ? 74 : 92;
        y = lines(meta.title(), Role.TITLE, titleSize, y, 7) + 40;
        lines(meta.subtitle(), Role.SUBTITLE, 48, y, 6);

        rule(HEIGHT - 230, 3, rgb(theme.rule()));
        String date = meta.date().isBlank() ? "" : HumanDate.of(meta.date(), meta.lang());
        String footer = String.join("  \u00b7  ", java.util.stream.Stream.of(date, meta.place())
                .filter(t -> !t.isBlank()).toList());
        lines(footer, Role.META, 40, HEIGHT - 190, 1);
        return PngEncoder.encode(canvas.pixels(), WIDTH, HEIGHT);
    }

    /**
     * A horizontal rule {@code thickness} pixels thick (odd) centred on row {@code y}, across the text
     * column and half its thickness past each end: the pixels of a square-capped line on the pixel grid.
     */
    private void rule(int y, int thickness, int rgb) {
        int half = thickness / 2;
        canvas.fillRect(MARGIN - half, y - half, WIDTH - 2 * MARGIN + 2 * half + 1, thickness, rgb);
    }

    /**
     * Draws wrapped text in a role's face and colour from {@code top} down, each character in the role's
     * font or, where that lacks it, the first fallback font that has it; returns the bottom of the text.
     * The glyphs are filled as outlines, in one shape per line.
     */
    private int lines(String text, Role role, float size, int top, int maxLines) {
        if (text.isBlank()) {
            return top;
        }
        TextStyle style = theme.style(role);
        String shown = style.uppercase() ? text.toUpperCase(Locale.ROOT) : text;
        FaceChain faces = new FaceChain(FontChain.of(theme, style.font(), style.bold(), style.italic()), style.bold(),
                opened);
        float tracking = (float) (size * style.letterSpacing() / style.size());
        List<CoverLines.Line> set = CoverLines.set(shown, faces, size, tracking, WIDTH - 2 * MARGIN, maxLines);
        float lineHeight = size * (float) (style.leading() / style.size());
        float baseline = top;
        float bottom = top;
        for (int i = 0; i < set.size(); i++) {
            CoverLines.Line line = set.get(i);
            baseline = i == 0 ? top + line.ascent() : baseline + lineHeight;
            float x = switch (style.align()) {
                case CENTER -> (WIDTH - line.width()) / 2;
                case RIGHT -> WIDTH - MARGIN - line.width();
                default -> MARGIN;
            };
            // On a whole pixel, as Java2D placed glyph images: the baseline stays crisp, and every copy of
            // a glyph on a line has the same pixels, which the PNG's deflate then finds (about 20% smaller).
            canvas.fill(outlines(line, x, Math.round(baseline), size), rgb(style.color()));
            bottom = baseline + line.descent();
        }
        return Math.round(bottom);
    }

    /**
     * A line's glyph outlines in pixel coordinates, each glyph at a whole pixel; an emboldened glyph is
     * the union of four copies spread over the emboldening width, right and up.
     */
    private static Path2D.Float outlines(CoverLines.Line line, float x, float baseline, float size) {
        Path2D.Float shape = new Path2D.Float(Path2D.WIND_NON_ZERO);
        float bold = CoverLines.emboldening(size);
        for (CoverLines.Glyph glyph : line.glyphs()) {
            float scale = size / glyph.font().unitsPerEm();
            float left = Math.round(x + glyph.x());
            Path2D outline = glyph.font().outline(glyph.glyph());
            if (glyph.emboldened()) {
                for (int copy = 0; copy < 4; copy++) {
                    float dx = (copy & 1) * bold;
                    float dy = (copy >> 1) * bold;
                    shape.append(outline.getPathIterator(new AffineTransform(scale, 0, 0, -scale, left + dx, baseline - dy)), false);
                }
            } else {
                shape.append(outline.getPathIterator(new AffineTransform(scale, 0, 0, -scale, left, baseline)), false);
            }
        }
        return shape;
    }

    private static int rgb(Color c) {
        return c.red() << 16 | c.green() << 8 | c.blue();
    }
}

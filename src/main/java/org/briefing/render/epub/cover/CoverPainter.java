package org.briefing.render.epub.cover;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.model.Metadata;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;
import org.briefing.render.epub.xhtml.HumanDate;

/**
 * Draws the book's cover from the briefing and its theme and writes it as PNG with {@link PngEncoder}:
 * accent bar, letterhead and rule, banner, kind, title, subtitle and date, in the theme's fonts and
 * colours. Java2D (headless) fills shapes; the text is glyph outlines read from the font files
 * ({@link OutlineFont}), set in lines by {@link CoverLines}, never Java2D's text stack. Same input, same
 * pixels, same bytes (PNG carries no timestamp here).
 */
public final class CoverPainter {
    /** Cover width in pixels; the height is 1.5 times it. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 1800;
    private static final int MARGIN = 110;

    private final Theme theme;
    private final Map<Path, OutlineFont> opened = new HashMap<>();
    private Graphics2D g;

    private CoverPainter(Theme theme) {
        this.theme = theme;
    }

    /** The cover of a briefing as PNG bytes. */
    public static byte[] paint(Metadata meta, Theme theme) {
        return new CoverPainter(theme).draw(meta);
    }

    private byte[] draw(Metadata meta) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(awt(theme.accent()));
            g.fillRect(0, 0, WIDTH, 36);

            int y = 120;
            y = lines(meta.organization(), Role.LETTERHEAD, 40, y, 2) + 24;
            g.setColor(awt(theme.accent()));
            g.setStroke(new BasicStroke(5f));
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
            y = lines(meta.distribution(), Role.BANNER, 32, y + 40, 2);
            y = Math.max(y + 120, 560);
            y = lines(meta.kind(), Role.KIND, 40, y, 2) + 36;
            int titleSize = meta.title().length() > 90 ? 74 : 92;
            y = lines(meta.title(), Role.TITLE, titleSize, y, 7) + 40;
            lines(meta.subtitle(), Role.SUBTITLE, 48, y, 6);

            g.setColor(awt(theme.rule()));
            g.setStroke(new BasicStroke(3f));
            g.drawLine(MARGIN, HEIGHT - 230, WIDTH - MARGIN, HEIGHT - 230);
            String date = meta.date().isBlank() ? "" : HumanDate.of(meta.date(), meta.lang());
            String footer = String.join("  \u00b7  ", java.util.stream.Stream.of(date, meta.place())
                    .filter(t -> !t.isBlank()).toList());
            lines(footer, Role.META, 40, HEIGHT - 190, 1);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return PngEncoder.encode(pixels, WIDTH, HEIGHT);
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
        FaceChain faces = new FaceChain(theme.families().get(style.font()).face(style.bold(), style.italic()),
                theme.fallbackFonts(), style.bold(), opened);
        float tracking = (float) (size * style.letterSpacing() / style.size());
        List<CoverLines.Line> set = CoverLines.set(shown, faces, size, tracking, WIDTH - 2 * MARGIN, maxLines);
        g.setColor(awt(style.color()));
        // Outlines at their exact positions: the default stroke control would nudge them to pixel centres.
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
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
            // On a whole pixel, as Java2D placed glyph images: the baseline and flat tops stay crisp.
            fill(line, x, Math.round(baseline), size);
            bottom = baseline + line.descent();
        }
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_DEFAULT);
        return Math.round(bottom);
    }

    /** Fills a line's glyph outlines with the baseline's start at ({@code x}, {@code baseline}). */
    private void fill(CoverLines.Line line, float x, float baseline, float size) {
        Path2D.Float shape = new Path2D.Float();
        Path2D.Float emboldened = new Path2D.Float();
        for (CoverLines.Glyph glyph : line.glyphs()) {
            float scale = size / glyph.font().unitsPerEm();
            AffineTransform place = new AffineTransform(scale, 0, 0, -scale, Math.round(x + glyph.x()), baseline);
            (glyph.emboldened() ? emboldened : shape).append(glyph.font().outline(glyph.glyph()).getPathIterator(place), false);
        }
        g.fill(shape);
        if (emboldened.getCurrentPoint() != null) {
            g.fill(emboldened);
            g.setStroke(new BasicStroke(CoverLines.emboldening(size), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(emboldened);
        }
    }

    private static java.awt.Color awt(org.briefing.style.Color c) {
        return new java.awt.Color(c.red(), c.green(), c.blue());
    }
}

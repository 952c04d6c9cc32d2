package org.briefing.render.epub.cover;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.briefing.model.BriefingException;
import org.briefing.model.Metadata;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;
import org.briefing.render.HumanDate;

/**
 * Draws the book's cover from the briefing and its theme with Java2D (headless) and writes it as
 * PNG with {@link PngEncoder}: accent bar, letterhead and rule, banner, kind, title, subtitle and date, in the theme's fonts
 * and colours. Same input, same pixels, same bytes (PNG carries no timestamp here).
 */
public final class CoverPainter {
    /** Cover width in pixels; the height is 1.5 times it. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 1800;
    private static final int MARGIN = 110;

    private final Theme theme;
    private final Map<Path, Font> loaded = new HashMap<>();
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
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
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
     */
    private int lines(String text, Role role, float size, int top, int maxLines) {
        if (text.isBlank()) {
            return top;
        }
        TextStyle style = theme.style(role);
        String shown = style.uppercase() ? text.toUpperCase(Locale.ROOT) : text;
        AttributedString runs = fontRuns(style, shown, size);
        g.setColor(awt(style.color()));
        FontRenderContext frc = g.getFontRenderContext();
        LineBreakMeasurer measurer = new LineBreakMeasurer(runs.getIterator(),
                BreakIterator.getLineInstance(Locale.ROOT), frc);
        float lineHeight = size * (float) (style.leading() / style.size());
        float baseline = top;
        float bottom = top;
        for (int line = 0; line < maxLines && measurer.getPosition() < shown.length(); line++) {
            TextLayout layout = measurer.nextLayout(WIDTH - 2 * MARGIN);
            baseline = line == 0 ? top + layout.getAscent() : baseline + lineHeight;
            float width = layout.getVisibleAdvance();
            float x = switch (style.align()) {
                case CENTER -> (WIDTH - width) / 2;
                case RIGHT -> WIDTH - MARGIN - width;
                default -> MARGIN;
            };
            layout.draw(g, x, baseline);
            bottom = baseline + layout.getDescent();
        }
        return Math.round(bottom);
    }

    /** The text with a font on every character: the role's face, or the first fallback that has the character. */
    private AttributedString fontRuns(TextStyle style, String text, float size) {
        Map<TextAttribute, Object> attributes = new HashMap<>();
        attributes.put(TextAttribute.SIZE, size);
        if (style.letterSpacing() > 0) {
            attributes.put(TextAttribute.TRACKING, (float) (style.letterSpacing() / style.size()));
        }
        Font primary = load(theme.families().get(style.font()).face(style.bold(), style.italic()))
                .deriveFont(attributes);
        if (style.bold()) {
            attributes.put(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD);
        }
        AttributedString runs = new AttributedString(text);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            Font font = primary;
            if (!primary.canDisplay(cp)) {
                for (Path fallback : theme.fallbackFonts()) {
                    Font candidate = load(fallback);
                    if (candidate.canDisplay(cp)) {
                        font = candidate.deriveFont(attributes);
                        break;
                    }
                }
            }
            runs.addAttribute(TextAttribute.FONT, font, i, end);
            i = end;
        }
        return runs;
    }

    private Font load(Path file) {
        return loaded.computeIfAbsent(file, f -> {
            try {
                Font[] fonts = Font.createFonts(f.toFile());
                return fonts[0];
            } catch (FontFormatException | IOException e) {
                throw new BriefingException(f + ": cannot load font for the cover: " + e.getMessage(), e);
            }
        });
    }

    private static java.awt.Color awt(org.briefing.style.Color c) {
        return new java.awt.Color(c.red(), c.green(), c.blue());
    }
}

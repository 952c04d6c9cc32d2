package org.briefing.render.epub.cover;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.briefing.model.BriefingException;
import org.briefing.model.Metadata;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;

/**
 * Draws the book's cover from the briefing and its theme with Java2D (headless) and writes it as
 * PNG: accent bar, letterhead and rule, banner, kind, title, subtitle and date, in the theme's fonts
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

            int y = 190;
            y = lines(meta.organization(), Role.LETTERHEAD, 40, y, 2);
            g.setColor(awt(theme.accent()));
            g.setStroke(new BasicStroke(5f));
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
            y += 80;
            y = lines(meta.distribution(), Role.BANNER, 32, y, 2);
            y = Math.max(y + 160, 620);
            y = lines(meta.kind(), Role.KIND, 40, y, 2) + 30;
            int titleSize = meta.title().length() > 90 ? 74 : 92;
            y = lines(meta.title(), Role.TITLE, titleSize, y, 7) + 40;
            lines(meta.subtitle(), Role.SUBTITLE, 48, y, 6);

            g.setColor(awt(theme.rule()));
            g.setStroke(new BasicStroke(3f));
            g.drawLine(MARGIN, HEIGHT - 230, WIDTH - MARGIN, HEIGHT - 230);
            String date = meta.date().isBlank() ? meta.place() : meta.date();
            lines(date, Role.META, 40, HEIGHT - 150, 1);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new BriefingException("cover: no PNG writer available");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BriefingException("cover: cannot write PNG: " + e.getMessage(), e);
        }
    }

    /** Draws wrapped text in a role's face and colour; returns the baseline after the last line. */
    private int lines(String text, Role role, float size, int firstBaseline, int maxLines) {
        if (text.isBlank()) {
            return firstBaseline;
        }
        TextStyle style = theme.style(role);
        String shown = style.uppercase() ? text.toUpperCase(Locale.ROOT) : text;
        Font font = fontFor(style, shown, size);
        g.setFont(font);
        g.setColor(awt(style.color()));
        java.awt.FontMetrics metrics = g.getFontMetrics();
        List<String> wrapped = wrap(shown, metrics, WIDTH - 2 * MARGIN, maxLines);
        int lineHeight = Math.round(size * (float) (style.leading() / style.size()));
        int y = firstBaseline;
        for (String line : wrapped) {
            int width = metrics.stringWidth(line);
            int x = switch (style.align()) {
                case CENTER -> (WIDTH - width) / 2;
                case RIGHT -> WIDTH - MARGIN - width;
                default -> MARGIN;
            };
            g.drawString(line, x, y);
            y += lineHeight;
        }
        return y - lineHeight + Math.round(size * 0.6f);
    }

    private static List<String> wrap(String text, java.awt.FontMetrics metrics, int width, int maxLines) {
        java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != java.text.BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            if (line.length() > 0 && metrics.stringWidth((line + piece).stripTrailing()) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + " \u2026");
            return cut;
        }
        return lines;
    }

    /** The role's face, or the first fallback font that has every character of the text. */
    private Font fontFor(TextStyle style, String text, float size) {
        Map<TextAttribute, Object> attributes = new HashMap<>();
        attributes.put(TextAttribute.SIZE, size);
        if (style.letterSpacing() > 0) {
            attributes.put(TextAttribute.TRACKING, (float) (style.letterSpacing() / style.size()));
        }
        Font primary = load(theme.families().get(style.font()).face(style.bold(), style.italic()));
        if (primary.canDisplayUpTo(text) == -1) {
            return primary.deriveFont(attributes);
        }
        for (Path fallback : theme.fallbackFonts()) {
            Font font = load(fallback);
            if (font.canDisplayUpTo(text) == -1) {
                if (style.bold()) {
                    attributes.put(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD);
                }
                return font.deriveFont(attributes);
            }
        }
        return primary.deriveFont(attributes);
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

package org.briefing.render.epub.cover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.briefing.model.Metadata;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** The drawn cover: a PNG of fixed size, the same bytes for the same briefing, the accent colour on top. */
class CoverPainterTest {
    private static final Theme THEME = new ThemeLoader(Path.of("styles")).load("memo");
    private static final Metadata META = new Metadata("A title 合作 that is long enough to wrap onto a second line",
            "Subtitle", "", "Event summary", "Org", "2017-02", "Beijing", "en", "Off the record", List.of(), List.of(),
            List.of(), "");

    @Test
    void coverIsADeterministicPngInTheThemesColours() throws Exception {
        byte[] png = CoverPainter.paint(META, THEME);
        assertArrayEquals(png, CoverPainter.paint(META, THEME));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(CoverPainter.WIDTH, image.getWidth());
        assertEquals(CoverPainter.HEIGHT, image.getHeight());
        org.briefing.style.Color accent = THEME.accent();
        assertEquals(new java.awt.Color(accent.red(), accent.green(), accent.blue()).getRGB(), image.getRGB(10, 10));
        assertEquals(java.awt.Color.WHITE.getRGB(), image.getRGB(10, CoverPainter.HEIGHT - 10));
        assertNotEquals(0, countDark(image), "text is drawn");
    }

    private static int countDark(BufferedImage image) {
        int dark = 0;
        for (int y = 500; y < 1200; y += 3) {
            for (int x = 100; x < 1100; x += 3) {
                if ((image.getRGB(x, y) & 0xff) < 80) {
                    dark++;
                }
            }
        }
        return dark;
    }
}

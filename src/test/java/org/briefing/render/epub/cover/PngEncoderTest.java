package org.briefing.render.epub.cover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Our PNG encoder, read back with ImageIO's decoder: every pixel as given, every chunk's CRC right. */
class PngEncoderTest {
    @Test
    void decodesToTheSamePixels() throws Exception {
        int width = 301;
        int height = 77;
        int[] rgb = new int[width * height];
        Random random = new Random(42);
        for (int i = 0; i < rgb.length; i++) {
            // Flat runs and noise, with garbage in the unused top byte, as in a TYPE_INT_RGB buffer.
            rgb[i] = (i % 97 < 40 ? 0xffffff : random.nextInt()) | (i % 3 == 0 ? 0xff000000 : 0);
        }
        byte[] png = PngEncoder.encode(rgb, width, height);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(rgb[y * width + x] & 0xffffff, image.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
        assertArrayEquals(png, PngEncoder.encode(rgb, width, height), "same pixels, same bytes");
    }

    @Test
    void rowsThatRepeatTheRowAboveDecodeAsTheyWere() throws Exception {
        int width = 50;
        int height = 40;
        int[] rgb = new int[width * height];
        for (int y = 0; y < height; y++) {
            // Runs of equal rows, a row like the one above but for the unused top byte, and rows that
            // repeat the row two above (not the one above) after a change.
            int shade = (y / 5) % 2 == 0 ? 0xffffff : 0x7a1f1f;
            for (int x = 0; x < width; x++) {
                int pixel = y % 7 == 3 && x == y ? 0x102030 : shade;
                rgb[y * width + x] = y == 12 ? pixel | 0xff000000 : pixel;
            }
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(rgb, width, height)));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(rgb[y * width + x] & 0xffffff, image.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void refusesPixelsThatDoNotFillTheImage() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new int[5], 2, 3));
    }
}

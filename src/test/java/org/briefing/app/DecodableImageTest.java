package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.briefing.model.Image;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are decoded in full before use, and those bigger than any page needs arrive downsampled. */
class DecodableImageTest {
    @TempDir
    Path dir;

    private byte[] read(byte[] file) throws IOException {
        Path source = dir.resolve("memo.md");
        Files.writeString(source, "# memo");
        Files.write(dir.resolve("picture"), file);
        return new SourceFolderResources(source, "memo.md").read(new Image("picture", "alt", "", 7));
    }

    private String refusal(byte[] file) throws IOException {
        Files.writeString(dir.resolve("memo.md"), "# memo");
        Files.write(dir.resolve("picture"), file);
        SourceFolderResources resources = new SourceFolderResources(dir.resolve("memo.md"), "memo.md");
        return assertThrows(InputException.class, () -> resources.read(new Image("picture", "alt", "", 7)))
                .getMessage();
    }

    static byte[] noisyJpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A 16-bit grey PNG {@code width} × {@code height} with a gradient. */
    static byte[] sixteenBitPng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, (x * 65535L / width) & 0xffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aTruncatedJpegIsRefusedWithTheSourceLine() throws IOException {
        byte[] jpeg = noisyJpeg(64, 64);
        String message = refusal(Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        assertTrue(message.startsWith("memo.md:7: image 'picture' "), message);
        assertTrue(message.contains("damaged") || message.contains("cannot be decoded"), message);
    }

    @Test
    void aTruncatedPngIsRefusedWithTheSourceLine() throws IOException {
        byte[] png = sixteenBitPng(200, 50);
        String message = refusal(Arrays.copyOf(png, png.length / 2));
        assertTrue(message.startsWith("memo.md:7: image 'picture' "), message);
    }

    @Test
    void aSixteenBitPngWiderThanAnyPageArrivesDownsampledToEightBits() throws IOException {
        byte[] read = read(sixteenBitPng(DecodableImage.MAX_EDGE * 2 + 10, 30));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(read));
        assertTrue(image.getWidth() <= DecodableImage.MAX_EDGE, "width " + image.getWidth());
        assertTrue(image.getWidth() >= DecodableImage.MAX_EDGE / 2, "width " + image.getWidth());
        assertEquals(8, image.getColorModel().getComponentSize(0));
        assertEquals(1, image.getColorModel().getNumComponents());
        // The gradient survives: dark on the left, light on the right.
        assertTrue((image.getRaster().getSample(0, 0, 0)) < 10);
        assertTrue((image.getRaster().getSample(image.getWidth() - 1, 0, 0)) > 245);
    }

    @Test
    void aSmallSixteenBitPngArrivesAsEightBitsAtItsSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(read(sixteenBitPng(40, 20))));
        assertEquals(40, image.getWidth());
        assertEquals(8, image.getColorModel().getComponentSize(0));
    }

    @Test
    void aLargeJpegStaysAJpegAndIsDeterministic() throws IOException {
        byte[] jpeg = noisyJpeg(DecodableImage.MAX_EDGE + 100, 16);
        byte[] first = read(jpeg);
        assertEquals(0xD8, first[1] & 0xff);
        assertTrue(ImageIO.read(new ByteArrayInputStream(first)).getWidth() <= DecodableImage.MAX_EDGE);
        assertArrayEquals(first, read(jpeg));
    }

    @Test
    void imagesAPageCanUsePassThroughUnchanged() throws IOException {
        byte[] jpeg = noisyJpeg(64, 64);
        assertArrayEquals(jpeg, read(jpeg));
    }
}

package org.briefing.app;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.briefing.model.InputException;

/**
 * Makes image bytes safe for every renderer: a PNG or JPEG that decodes in full (a truncated or damaged
 * file is refused, not embedded as is), within {@link #MAX_PIXELS}, and no bigger than any page needs.
 * The pixel size is read from the header first, so a decompression bomb is refused without allocating
 * its pixels; a bigger image is read subsampled, so its full raster is never held in memory.
 */
final class DecodableImage {
    /** 60 megapixels: a 300 dpi full A3 page is 17.5; nothing printable needs more. */
    static final long MAX_PIXELS = 60_000_000L;
    /**
     * The longest side, in pixels, an image keeps: the long side of an A4 page at 300 ppi (3508). No
     * figure on any page we set is larger, so more pixels only cost time and memory. Bigger images are
     * read subsampled by a whole factor, so they arrive with between half and all of this.
     */
    static final int MAX_EDGE = 3508;

    private DecodableImage() {
    }

    /**
     * The bytes to use for the image in {@code file}: the file itself when a page can use it as it is; otherwise the
     * image re-encoded (same format) subsampled to at most {@link #MAX_EDGE} pixels a side, and with
     * 16-bit samples cut to 8 (a PNG). Throws what {@code describe} makes of the reason when the bytes
     * are not a PNG or JPEG that decodes within {@link #MAX_PIXELS}.
     */
    static byte[] usable(Path file, Function<String, RuntimeException> describe) {
        // Read from the file, not from its bytes in memory: a large image is then never held whole.
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw describe.apply("is not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    throw describe.apply("is a " + format.toUpperCase(Locale.ROOT) + " image; use PNG or JPEG");
                }
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                    throw describe.apply("claims " + width + "×" + height + " pixels, more than the "
                            + MAX_PIXELS / 1_000_000 + " megapixels allowed (a decompression bomb?)");
                }
                // The JPEG decoder reports a truncated or corrupt scan as a warning and returns grey
                // pixels for the rest; such a file is damaged, not usable.
                List<String> damage = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> damage.add(warning));
                int factor = (int) ((Math.max(width, height) + MAX_EDGE - 1) / MAX_EDGE);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(factor, factor, 0, 0);
                BufferedImage pixels = reader.read(0, param);
                if (pixels == null) {
                    throw describe.apply("cannot be decoded");
                }
                if (!damage.isEmpty()) {
                    throw describe.apply("is damaged (" + damage.get(0) + ")");
                }
                boolean deep = pixels.getColorModel().getComponentSize(0) > 8;
                if (factor == 1 && !deep) {
                    return Files.readAllBytes(file);
                }
                return encoded(deep ? eightBit(pixels) : pixels, deep ? "png" : format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException input) {
                throw input;
            }
            throw describe.apply("cannot be decoded as PNG or JPEG (damaged?): " + e.getMessage());
        }
    }

    /**
     * The image with each 16-bit sample cut to its high byte, in the same colour space and bands: a PDF
     * or EPUB reader gains nothing from the low byte, and PDFBox converts deep images pixel by pixel.
     */
    private static BufferedImage eightBit(BufferedImage deep) {
        ColorModel model = deep.getColorModel();
        int bands = deep.getRaster().getNumBands();
        int[] bits = new int[bands];
        java.util.Arrays.fill(bits, 8);
        ColorModel shallow = new ComponentColorModel(model.getColorSpace(), bits, model.hasAlpha(),
                model.isAlphaPremultiplied(), model.getTransparency(), DataBuffer.TYPE_BYTE);
        int width = deep.getWidth();
        WritableRaster out = shallow.createCompatibleWritableRaster(width, deep.getHeight());
        Raster in = deep.getRaster();
        int shift = model.getComponentSize(0) - 8;
        int[] row = new int[width * bands];
        for (int y = 0; y < deep.getHeight(); y++) {
            in.getPixels(0, y, width, 1, row);
            for (int i = 0; i < row.length; i++) {
                row[i] >>>= shift;
            }
            out.setPixels(0, y, width, 1, row);
        }
        return new BufferedImage(shallow, out, shallow.isAlphaPremultiplied(), null);
    }

    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no " + format + " writer for this kind of image");
        }
        return out.toByteArray();
    }
}

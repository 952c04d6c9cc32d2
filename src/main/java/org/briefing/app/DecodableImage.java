package org.briefing.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that image bytes are a PNG or JPEG that decodes, before any renderer sees them. The pixel size
 * is read from the header first, so a decompression bomb (a tiny file claiming gigapixels) is refused
 * without allocating its pixels.
 */
final class DecodableImage {
    /** 60 megapixels: a 300 dpi full A3 page is 17.5; nothing printable needs more. */
    static final long MAX_PIXELS = 60_000_000L;

    private DecodableImage() {
    }

    /**
     * Returns when the bytes are a decodable PNG or JPEG within {@link #MAX_PIXELS}; otherwise throws what
     * {@code describe} makes of the reason.
     */
    static void check(byte[] bytes, Function<String, RuntimeException> describe) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
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
                BufferedImage pixels = reader.read(0);
                if (pixels == null) {
                    throw describe.apply("cannot be decoded");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.briefing.model.InputException input) {
                throw input;
            }
            throw describe.apply("cannot be decoded as PNG or JPEG: " + e.getMessage());
        }
    }
}

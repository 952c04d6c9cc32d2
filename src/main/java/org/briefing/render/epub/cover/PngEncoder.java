package org.briefing.render.epub.cover;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an RGB pixel array as a PNG (8-bit truecolour, no interlace, no ancillary chunks, so no
 * timestamp): every row unfiltered, all rows in one zlib stream. Written for the cover, in
 * place of ImageIO's writer, which tries every filter on every row and copies the pixels out sample
 * by sample (profile: that writer was most of the cover's time, the drawing itself little).
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /**
     * Filter type 0 ("None"). Measured on the seed's cover at level 6: None 95 KB, Up 114 KB, Sub 118 KB
     * (ImageIO's adaptive choice: 101 KB): the cover is flat white and solid colour, which deflate's
     * matches already take, and a filter only turns anti-aliased edges into more varied bytes.
     */
    private static final int NONE = 0;
    /**
     * zlib level 3, the best of its fast levels (1-3 take the same time here), not the default 6. Measured
     * on the seed's cover (C1, warm): level 6 94 KB in 27-34 ms, level 4 99 KB in 23 ms, level 3 120 KB in
     * 13-17 ms, level 1 127 KB in 14-21 ms, level 9 86 KB in 118 ms. A cover need not be small: the book
     * is mostly its fonts (2.3 MB), and the container stores the PNG as it is.
     */
    private static final int LEVEL = 3;

    private PngEncoder() {
    }

    /** The PNG of a {@code width}×{@code height} image given as {@code 0xRRGGBB} pixels, row by row. */
    static byte[] encode(int[] rgb, int width, int height) {
        if (rgb.length != width * height) {
            throw new IllegalArgumentException("pixels do not fill the image");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: truecolour
        chunk(png, "IHDR", header, header.length);
        chunk(png, "IDAT", compressed(rgb, width, height));
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, ByteArrayOutputStream data) {
        byte[] bytes = data.toByteArray();
        chunk(png, type, bytes, bytes.length);
    }

    /** The filtered rows, deflated into one zlib stream. */
    private static ByteArrayOutputStream compressed(int[] rgb, int width, int height) {
        Deflater deflater = new Deflater(LEVEL);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] row = new byte[1 + 3 * width];
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int y = 0; y < height; y++) {
                int base = y * width;
                // Most of a cover's rows repeat the one above (margins, the accent bar): their bytes are
                // already in the row buffer, and comparing ints is cheaper than repacking them.
                if (y == 0 || !Arrays.equals(rgb, base, base + width, rgb, base - width, base)) {
                    row[0] = NONE;
                    for (int x = 0, i = 1; x < width; x++, i += 3) {
                        int pixel = rgb[base + x];
                        row[i] = (byte) (pixel >> 16);
                        row[i + 1] = (byte) (pixel >> 8);
                        row[i + 2] = (byte) pixel;
                    }
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        return out;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        png.writeBytes(head);
        png.write(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        png.writeBytes(tail);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }
}

package org.briefing.reliability;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Image files for the tests: a good PNG, a broken one, and a decompression bomb. */
final class TestImages {
    private TestImages() {
    }

    static byte[] goodPng() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A PNG signature and header followed by garbage instead of image data. */
    static byte[] brokenPng() throws IOException {
        byte[] good = goodPng();
        byte[] broken = java.util.Arrays.copyOf(good, good.length);
        for (int i = 40; i < broken.length - 12; i++) {
            broken[i] = (byte) 0x5A;
        }
        return broken;
    }

    /**
     * A valid PNG header claiming 100 000 × 100 000 grey pixels (10 GB decoded) over a few hundred bytes
     * of compressed zeros: a decompression bomb.
     */
    static byte[] bombPng() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(100_000);
        h.writeInt(100_000);
        h.write(new byte[] {8, 0, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1 << 20]);
        deflater.finish();
        byte[] buffer = new byte[1 << 16];
        int n = deflater.deflate(buffer);
        chunk(png, "IDAT", java.util.Arrays.copyOf(buffer, n));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}

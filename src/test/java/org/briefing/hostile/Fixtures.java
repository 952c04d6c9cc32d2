package org.briefing.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small builders for the files the cases write: sources, themes, fonts and images. */
final class Fixtures {
    /** The repository's theme, which case themes extend. */
    /** A real TrueType font, for truncated copies. */
    static final Path NOTO_SANS = Path.of("styles/fonts/NotoSans-Regular.ttf").toAbsolutePath();

    private Fixtures() {
    }

    /** Writes {@code source/memo.md}. */
    static HostileCase.Setup source(String markdown) {
        return dir -> Files.writeString(dir.resolve("source/memo.md"), markdown, StandardCharsets.UTF_8);
    }

    /** Writes {@code source/memo.md} as raw bytes (for sources that are not UTF-8). */
    static HostileCase.Setup sourceBytes(byte[] bytes) {
        return dir -> Files.write(dir.resolve("source/memo.md"), bytes);
    }

    /** Writes any file in the case folder, making its folders. */
    static void write(Path dir, String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    static void write(Path dir, String relative, String text) throws IOException {
        write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A source whose line 3 is {@code line}: "# Memo", blank, then the line. */
    static String bodyLine(String line) {
        return "# Memo\n\n" + line + "\n";
    }

    /** A source with front matter {@code yaml} (its first key on line 2) and a short body. */
    static String frontMatter(String yaml) {
        return "---\n" + yaml + "\n---\n\nText.\n";
    }

    /** {@code text} repeated {@code times} times. */
    static String repeat(String text, int times) {
        return text.repeat(times);
    }

    /** The 1-based number of the line of {@code text} that holds {@code marker}. */
    static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException(marker + " not in fixture");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** A PNG of the given size, one colour. */
    static byte[] png(int width, int height) throws IOException {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /** A JPEG of the given size. */
    static byte[] jpeg(int width, int height) throws IOException {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }

    /** The first {@code length} bytes of {@code bytes}. */
    static byte[] truncated(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, Math.min(length, bytes.length));
    }

    /**
     * A small PNG whose header claims {@code width}×{@code height} pixels (a decompression bomb's header):
     * a well-formed IHDR with a correct CRC, then an empty IDAT and IEND.
     */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 2;  // truecolour
        chunk(out, "IHDR", ihdr);
        // zlib stream of one empty stored block: decoders that trust the header try to allocate first.
        chunk(out, "IDAT", new byte[] {0x78, 0x01, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 1});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        out.writeBytes(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    /** A theme file extending the bundled memo theme (by name), with {@code yaml} after the extends line. */
    static String themeExtendingMemo(String yaml) {
        return "extends: memo\n" + yaml + "\n";
    }
}

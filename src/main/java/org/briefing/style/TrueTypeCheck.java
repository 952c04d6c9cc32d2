package org.briefing.style;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks, when the theme is loaded, that a font file is a whole TrueType font or collection: its header and
 * table directory are read and every table must lie inside the file. A file that is not a font, or was cut
 * short in a download, is then refused at the theme line that named it instead of failing deep in a render.
 * Only the directory is read (a few hundred bytes), so loading a theme stays cheap.
 */
final class TrueTypeCheck {
    private static final int TRUE_TYPE = 0x00010000;
    private static final int APPLE_TRUE = 0x74727565; // 'true'
    private static final int COLLECTION = 0x74746366; // 'ttcf'
    private static final int CFF = 0x4F54544F; // 'OTTO'
    private static final int MAX_TABLES = 256;
    private static final int MAX_FACES = 256;
    private static final Set<String> REQUIRED = Set.of("cmap", "head", "hhea", "hmtx", "maxp", "loca", "glyf");

    private TrueTypeCheck() {
    }

    /** What is wrong with the font file, or null when its structure is sound. */
    static String problem(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 12) {
                return "is not a TrueType font (" + size + " bytes)";
            }
            int tag = read(channel, 0, 4).getInt();
            if (tag == COLLECTION) {
                return collection(channel, size);
            }
            return face(channel, size, 0, tag);
        } catch (IOException e) {
            return "cannot be read (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String collection(FileChannel channel, long size) throws IOException {
        ByteBuffer header = read(channel, 8, 4);
        long faces = header.getInt() & 0xFFFFFFFFL;
        if (faces < 1 || faces > MAX_FACES || 12 + faces * 4 > size) {
            return "is truncated or damaged (a font collection with " + faces + " fonts)";
        }
        ByteBuffer offsets = read(channel, 12, (int) faces * 4);
        for (int i = 0; i < faces; i++) {
            long offset = offsets.getInt() & 0xFFFFFFFFL;
            if (offset + 12 > size) {
                return "is truncated or damaged (font " + i + " of the collection lies past the end of the file)";
            }
            String problem = face(channel, size, offset, read(channel, offset, 4).getInt());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String face(FileChannel channel, long size, long start, int tag) throws IOException {
        if (tag == CFF) {
            return "holds CFF (PostScript) outlines, which cannot be subset; use a TrueType (.ttf) font";
        }
        if (tag != TRUE_TYPE && tag != APPLE_TRUE) {
            return "is not a TrueType font";
        }
        int tables = read(channel, start + 4, 2).getShort() & 0xFFFF;
        if (tables < 1 || tables > MAX_TABLES || start + 12 + 16L * tables > size) {
            return "is truncated or damaged (its table directory does not fit in the file)";
        }
        ByteBuffer directory = read(channel, start + 12, 16 * tables);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < tables; i++) {
            byte[] name = new byte[4];
            directory.get(name);
            directory.getInt(); // checksum: not verified, many good fonts carry wrong ones
            long offset = directory.getInt() & 0xFFFFFFFFL;
            long length = directory.getInt() & 0xFFFFFFFFL;
            String table = printable(name);
            if (offset + length > size) {
                return "is truncated or damaged (table '" + table.strip() + "' ends past the end of the file)";
            }
            found.add(table);
        }
        for (String table : REQUIRED) {
            if (!found.contains(table)) {
                return "is not a usable TrueType font (it has no '" + table + "' table)";
            }
        }
        return null;
    }

    /** A table tag as text; a damaged file's bytes are not printed as they are. */
    private static String printable(byte[] tag) {
        StringBuilder text = new StringBuilder();
        for (byte b : tag) {
            text.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
        }
        return text.toString();
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("end of file");
            }
        }
        return buffer.flip();
    }
}

package org.briefing.render.epub.style;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A TrueType font file (or the first font of a collection) seen as a new font whose table directory
 * lists only the tables a subset is cut from. fontbox's parser reads every listed table up front, and
 * profiles of a cold EPUB run showed its parse of the subset faces (GSUB lookups, GPOS, glyph names of
 * tables the subset drops) at about a fifth of the run's Java samples; the subsetter never reads them.
 * The kept tables are the original bytes, only moved, so the subset cut from the view is the same,
 * byte for byte, as one cut from the whole font.
 */
final class TrimmedFont {
    private static final int SFNT_HEADER = 12;
    private static final int RECORD = 16;

    private TrimmedFont() {
    }

    /** The view of {@code font} listing only the tables named in {@code kept} that the font has. */
    static byte[] of(byte[] font, Collection<String> kept) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < SFNT_HEADER) {
            throw new IOException("too short for a font");
        }
        int start = tag(in, 0).equals("ttcf") ? in.getInt(12) : 0;
        if (start < 0 || start > font.length - SFNT_HEADER) {
            throw new IOException("the collection's first font lies outside the file");
        }
        int count = in.getShort(start + 4) & 0xFFFF;
        if ((long) start + SFNT_HEADER + (long) count * RECORD > font.length) {
            throw new IOException("the table directory lies outside the file");
        }
        List<Integer> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int record = start + SFNT_HEADER + i * RECORD;
            if (kept.contains(tag(in, record))) {
                records.add(record);
            }
        }
        int tables = records.size();
        int directory = SFNT_HEADER + tables * RECORD;
        // The directory, then the whole original file: each kept table is pointed at where its bytes now are.
        ByteBuffer out = ByteBuffer.allocate(directory + font.length);
        out.putInt(in.getInt(start)).putShort((short) tables);
        int power = tables == 0 ? 0 : Integer.highestOneBit(tables);
        out.putShort((short) (power * RECORD)).putShort((short) (power == 0 ? 0 : Integer.numberOfTrailingZeros(power)))
                .putShort((short) ((tables - power) * RECORD));
        for (int record : records) {
            long offset = in.getInt(record + 8) & 0xFFFFFFFFL;
            long length = in.getInt(record + 12) & 0xFFFFFFFFL;
            if (offset + length > font.length) {
                throw new IOException("table '" + tag(in, record) + "' lies outside the file");
            }
            out.putInt(in.getInt(record)).putInt(in.getInt(record + 4))
                    .putInt((int) (directory + offset)).putInt((int) length);
        }
        out.put(font);
        return out.array();
    }

    private static String tag(ByteBuffer in, int at) {
        byte[] tag = new byte[4];
        in.get(at, tag);
        return new String(tag, StandardCharsets.ISO_8859_1);
    }
}

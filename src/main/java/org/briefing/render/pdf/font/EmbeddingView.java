package org.briefing.render.pdf.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A TrueType font file (or the first font of a collection) seen as a new sfnt whose table directory lists
 * only the tables embedding reads. PDFBox's parser reads every listed table up front; profiles of the
 * seed's PDF showed that parsing the five embedded faces in full (GSUB lookups, cmap format 12 subtables,
 * post glyph names, GPOS) was a fifth of the Java time of the run, none of it needed for a glyph-id subset.
 * The view keeps the tables the subset is built from byte for byte (so the embedded subset is unchanged),
 * and stands in a tiny cmap and a header-only post table (format 1) for the ones the parser
 * insists on but embedding does not use: the subsetter gets glyph ids, not characters, and writes
 * neither table.
 */
final class EmbeddingView {
    /** Copied as they are: what the subset is built from, and the name, OS/2 and post fields we read. */
    private static final Set<String> KEPT = Set.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cvt ", "prep",
            "fpgm", "gasp", "name", "OS/2");
    private static final int SFNT_HEADER = 12;
    private static final int RECORD = 16;
    private static final int POST_HEADER = 32;
    /** Format 1: the standard Macintosh glyph names, so no name data to read (format 3 makes the parser warn). */
    private static final int POST_FORMAT_1 = 0x00010000;

    private record Table(String tag, int offset, int length) {
    }

    private EmbeddingView() {
    }

    /** The view of {@code font} (a .ttf, or a .ttc whose first font is used). */
    static byte[] of(byte[] font) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(font);
        int start = tag(in, 0).equals("ttcf") ? in.getInt(12) : 0;
        int count = in.getShort(start + 4) & 0xFFFF;
        List<Table> kept = new ArrayList<>();
        Table post = null;
        for (int i = 0; i < count; i++) {
            int record = start + SFNT_HEADER + i * RECORD;
            Table table = new Table(tag(in, record), in.getInt(record + 8), in.getInt(record + 12));
            if (table.offset() < 0 || table.length() < 0 || (long) table.offset() + table.length() > font.length) {
                throw new IOException("table '" + table.tag() + "' lies outside the file");
            }
            if (KEPT.contains(table.tag())) {
                kept.add(table);
            } else if (table.tag().equals("post") && table.length() >= POST_HEADER) {
                post = table;
            }
        }
        byte[] cmap = smallCmap();
        int tables = kept.size() + 1 + (post != null ? 1 : 0);
        int directory = SFNT_HEADER + tables * RECORD;
        // Directory, then the original bytes (kept tables are pointed at where they are), then the stand-ins.
        ByteBuffer out = ByteBuffer.allocate(directory + font.length + cmap.length + POST_HEADER);
        out.putInt(in.getInt(start)).putShort((short) tables);
        int power = Integer.highestOneBit(tables);
        out.putShort((short) (power * RECORD)).putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) ((tables - power) * RECORD));
        int standIns = directory + font.length;
        // The post stand-in must not end the data: the parser takes a table that does for one cut short.
        int postAt = standIns;
        int cmapAt = standIns + POST_HEADER;
        record(out, "cmap", cmapAt, cmap.length);
        for (Table table : kept) {
            record(out, table.tag(), directory + table.offset(), table.length());
        }
        if (post != null) {
            record(out, "post", postAt, POST_HEADER);
        }
        out.put(font);
        if (post != null) {
            out.put(font, post.offset(), POST_HEADER).putInt(postAt, POST_FORMAT_1);
        } else {
            out.put(new byte[POST_HEADER]);
        }
        out.put(cmap);
        return out.array();
    }

    private static String tag(ByteBuffer in, int at) {
        byte[] tag = new byte[4];
        in.get(at, tag);
        return new String(tag, StandardCharsets.ISO_8859_1);
    }

    private static void record(ByteBuffer out, String tag, int offset, int length) {
        out.put(tag.getBytes(StandardCharsets.ISO_8859_1)).putInt(0).putInt(offset).putInt(length);
    }

    /**
     * A cmap with one Windows Unicode (3, 1) format 4 subtable: the space to glyph 32 (a mapping the parser
     * would warn about lacking; nothing looks it up), and the closing 0xFFFF segment.
     */
    private static byte[] smallCmap() {
        ByteBuffer cmap = ByteBuffer.allocate(12 + 32);
        cmap.putShort((short) 0).putShort((short) 1);
        cmap.putShort((short) 3).putShort((short) 1).putInt(12);
        cmap.putShort((short) 4).putShort((short) 32).putShort((short) 0);
        cmap.putShort((short) 4).putShort((short) 4).putShort((short) 1).putShort((short) 0);
        cmap.putShort((short) 0x20).putShort((short) 0xFFFF); // end codes
        cmap.putShort((short) 0);
        cmap.putShort((short) 0x20).putShort((short) 0xFFFF); // start codes
        cmap.putShort((short) 0).putShort((short) 1); // deltas
        cmap.putShort((short) 0).putShort((short) 0); // range offsets
        return cmap.array();
    }
}

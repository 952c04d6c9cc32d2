package org.briefing.render.pdf.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.sfnt.TableDirectory;

/**
 * A TrueType font file (or the first font of a collection) seen as a new sfnt whose table directory lists
 * only the tables embedding reads. PDFBox's parser reads every listed table up front, and parsing the
 * embedded faces in full (GSUB lookups, cmap format 12 subtables, post glyph names, GPOS) costs about a
 * fifth of a short PDF's Java time, none of it needed for a glyph-id subset.
 * The view keeps the tables the subset is built from byte for byte (so the embedded subset is unchanged),
 * and stands in a tiny cmap and a header-only post table (format 1) for the ones the parser
 * insists on but embedding does not use: the subsetter gets glyph ids, not characters, and writes
 * neither table.
 */
final class EmbeddingView {
    /** Copied as they are: what the subset is built from, and the name, OS/2 and post fields we read. */
    private static final Set<String> KEPT = Set.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cvt ", "prep",
            "fpgm", "gasp", "name", "OS/2");
    private static final int POST_HEADER = 32;
    /** Format 1: the standard Macintosh glyph names, so no name data to read (format 3 makes the parser warn). */
    private static final int POST_FORMAT_1 = 0x00010000;

    private EmbeddingView() {
    }

    /** The view of {@code font} (a .ttf, or a .ttc whose first font is used). */
    static byte[] of(byte[] font) throws IOException {
        TableDirectory directory = TableDirectory.of(ByteBuffer.wrap(font));
        // The post stand-in comes first: the parser takes a table that ends the data for one cut short.
        Map<String, byte[]> standIns = new LinkedHashMap<>();
        standIns.put("post", postStandIn(font, directory.find("post")));
        standIns.put("cmap", smallCmap());
        return directory.view(font, KEPT, standIns);
    }

    /** The original post header (italic angle, underline, fixed pitch) as format 1: no glyph names to read. */
    private static byte[] postStandIn(byte[] font, Optional<TableDirectory.Table> post) {
        ByteBuffer header = ByteBuffer.allocate(POST_HEADER);
        if (post.isPresent() && post.get().length() >= POST_HEADER) {
            header.put(font, post.get().offset(), POST_HEADER);
        }
        return header.putInt(0, POST_FORMAT_1).array();
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

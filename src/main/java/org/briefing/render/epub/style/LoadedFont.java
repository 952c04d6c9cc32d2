package org.briefing.render.epub.style;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.briefing.model.InputException;
import org.briefing.sfnt.TableDirectory;

/**
 * A TrueType font (or the first font of a collection) opened with fontbox, to ask which characters
 * it has and to cut a subset of it. fontbox stays inside this class.
 */
final class LoadedFont implements Closeable {
    /**
     * The tables a subset keeps. Left to itself the subsetter also copies tables it cannot renumber
     * (GPOS, GSUB, vmtx), which then point at glyphs that are gone; browsers' font sanitisers reject that.
     */
    static final java.util.List<String> KEPT_TABLES = java.util.List.of("head", "hhea", "loca", "maxp",
            "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name", "OS/2", "post", "cmap");
    /** 'ttcf': the file is a font collection. */
    private static final int TTC_TAG = 0x74746366;

    private final Path file;
    /** The whole file as read once by the caller: embedded as it is when a subset cannot be made. */
    private final byte[] bytes;
    private final TrueTypeFont font;
    private final Closeable owner;
    private final CmapLookup cmap;

    private LoadedFont(Path file, byte[] bytes, TrueTypeFont font, Closeable owner) throws IOException {
        this.file = file;
        this.bytes = bytes;
        this.font = font;
        this.owner = owner;
        this.cmap = font.getUnicodeCmapLookup(false);
    }

    /**
     * Opens a {@code .ttf}, or the first font of a {@code .ttc}, seeing only the tables a subset keeps
     * (fontbox parses every table listed, and GSUB/GPOS are most of that work): what {@link #has}, {@link #reservesNames} and {@link #subset} read is all there.
     */
    static LoadedFont open(Path file, byte[] bytes) {
        try {
            if (bytes.length >= 12 && ByteBuffer.wrap(bytes).getInt(0) == TTC_TAG && ByteBuffer.wrap(bytes).getInt(8) == 0) {
                throw new InputException(file + ": font collection holds no font");
            }
            byte[] view = TableDirectory.of(ByteBuffer.wrap(bytes)).view(bytes, KEPT_TABLES, Map.of());
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(view));
            return new LoadedFont(file, bytes, font, font);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    /** Whether the font has a glyph for a character. */
    boolean has(int codePoint) {
        return cmap != null && cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * Whether the font's copyright notice or licence description reserves font names (SIL OFL "Reserved Font Name"): such a font
     * may not be modified under its own name, so it is embedded whole rather than subset.
     */
    boolean reservesNames() {
        try {
            org.apache.fontbox.ttf.NamingTable naming = font.getNaming();
            if (naming == null) {
                return true;
            }
            // The copyright statement (name 0) or licence description (name 13) names them:
            // "Copyright … with Reserved Font Names "Charis" and "SIL"".
            return naming.getNameRecords().stream()
                    .filter(r -> r.getNameId() == org.apache.fontbox.ttf.NameRecord.NAME_COPYRIGHT || r.getNameId() == 13)
                    .anyMatch(r -> r.getString() != null
                            && r.getString().toLowerCase(java.util.Locale.ROOT).contains("with reserved font name"));
        } catch (IOException e) {
            // Unknown licence terms: the safe choice is to leave the font as it is.
            return true;
        }
    }

    /**
     * A TrueType font holding only the glyphs of {@code codePoints}, for embedding. fontbox's subsetter
     * writes only a BMP (format 4) character map, so a font that must map characters beyond the BMP (emoji,
     * symbols) is embedded whole instead; from a collection, which cannot be, only the BMP ones are kept.
     */
    byte[] subset(Set<Integer> codePoints) {
        try {
            boolean beyondBmp = codePoints.stream().anyMatch(cp -> cp > Character.MAX_VALUE);
            if (beyondBmp) {
                byte[] whole = bytes;
                if (ByteBuffer.wrap(whole).getInt(0) != TTC_TAG) {
                    return whole;
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
            codePoints.stream().filter(cp -> cp <= Character.MAX_VALUE).forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    /**
     * A font the theme check passed (its table directory is sound) but whose tables fontbox cannot read: fontbox
     * throws IOException, or IndexOutOfBounds, NegativeArraySize… from a table that lies. The file is the
     * theme's input, so this is bad input named by the file, never a crash.
     */
    static InputException damaged(Path file, Exception e) {
        if (e instanceof InputException input) {
            return input;
        }
        return new InputException(file + ": the font cannot be read, its tables are damaged ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (IOException e) {
            // Closing a font we only read from cannot lose data; nothing to report.
        }
    }
}

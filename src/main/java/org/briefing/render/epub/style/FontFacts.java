package org.briefing.render.epub.style;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.briefing.sfnt.TableDirectory;

/**
 * The two things the book needs to know of a font it may embed whole, read straight from the file's
 * {@code cmap} and {@code name} tables: which characters have a glyph, and whether the copyright notice
 * reserves font names. fontbox parses every table of a font up front (the glyph substitution rules of
 * Charis SIL alone were the largest part of planning the fonts, profile), and a font embedded whole
 * needs none of them. Reads a {@code .ttf} or the first font of a {@code .ttc}, cmap formats 4 and 12;
 * anything else, or anything malformed, gives no facts, and the caller asks fontbox instead. The cover
 * painter looks its glyphs up here too: fontbox turns every subtable of a cmap into maps up front.
 */
public final class FontFacts {
    private static final int PLATFORM_UNICODE = 0;
    private static final int PLATFORM_WINDOWS = 3;
    private static final int NAME_COPYRIGHT = 0;
    private static final int NAME_LICENSE = 13;

    private final ByteBuffer font;
    /** Offset of the chosen cmap subtable in {@code font}; -1 when the font has no cmap. */
    private final int cmap;
    private final int format;
    private final boolean reservesNames;

    private FontFacts(ByteBuffer font, int cmap, int format, boolean reservesNames) {
        this.font = font;
        this.cmap = cmap;
        this.format = format;
        this.reservesNames = reservesNames;
    }

    /** The facts of a font file, or none when this reader does not understand it. */
    static Optional<FontFacts> read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The facts of a font given as bytes, or none when this reader does not understand them. */
    public static Optional<FontFacts> read(ByteBuffer bytes) {
        try {
            ByteBuffer font = bytes.duplicate();
            TableDirectory directory = TableDirectory.of(font);
            int cmapTable = directory.find("cmap").map(TableDirectory.Table::offset).orElse(-1);
            int nameTable = directory.find("name").map(TableDirectory.Table::offset).orElse(-1);
            int cmap = -1;
            int format = 0;
            if (cmapTable >= 0) {
                cmap = subtable(font, cmapTable);
                if (cmap < 0) {
                    return Optional.empty();
                }
                format = font.getShort(cmap) & 0xffff;
                if (format != 4 && format != 12) {
                    return Optional.empty();
                }
            }
            // A font with no naming table may carry its terms elsewhere: treated as reserving names.
            boolean reserves = nameTable < 0 || namesReserved(font, nameTable);
            return Optional.of(new FontFacts(font, cmap, format, reserves));
        } catch (IOException | IndexOutOfBoundsException | BufferUnderflowException e) {
            return Optional.empty();
        }
    }

    /** Whether the font has a glyph for a character. */
    boolean has(int codePoint) {
        return glyph(codePoint) != 0;
    }

    /** The font's glyph for a character, 0 when it has none. */
    public int glyph(int codePoint) {
        if (cmap < 0 || codePoint < 0) {
            return 0;
        }
        return format == 4 ? glyph4(codePoint) : glyph12(codePoint);
    }

    /** Whether the copyright notice or licence description says "with Reserved Font Name(s)". */
    boolean reservesNames() {
        return reservesNames;
    }

    /**
     * The Unicode subtable, chosen in the order fontbox chooses it (so that both agree on what a font
     * has): Unicode full repertoire, Windows full, Unicode BMP, Windows BMP, Windows symbol, else the first.
     */
    private static int subtable(ByteBuffer font, int cmapTable) {
        int count = font.getShort(cmapTable + 2) & 0xffff;
        int[][] preference = {{PLATFORM_UNICODE, 4}, {PLATFORM_WINDOWS, 10}, {PLATFORM_UNICODE, 3},
                {PLATFORM_WINDOWS, 1}, {PLATFORM_WINDOWS, 0}};
        for (int[] wanted : preference) {
            for (int i = 0; i < count; i++) {
                int record = cmapTable + 4 + 8 * i;
                if ((font.getShort(record) & 0xffff) == wanted[0] && (font.getShort(record + 2) & 0xffff) == wanted[1]) {
                    return cmapTable + font.getInt(record + 4);
                }
            }
        }
        return count > 0 ? cmapTable + font.getInt(cmapTable + 8) : -1;
    }

    /** Format 4: segments of 16-bit codes, by delta or through the glyph index array. */
    private int glyph4(int code) {
        if (code > 0xffff) {
            return 0;
        }
        int segments = (font.getShort(cmap + 6) & 0xffff) / 2;
        int ends = cmap + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int low = 0;
        int high = segments - 1;
        while (low < high) { // the first segment whose end is at or after the code
            int mid = (low + high) >>> 1;
            if ((font.getShort(ends + 2 * mid) & 0xffff) < code) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (segments == 0 || (font.getShort(ends + 2 * low) & 0xffff) < code
                || (font.getShort(starts + 2 * low) & 0xffff) > code) {
            return 0;
        }
        int delta = font.getShort(deltas + 2 * low);
        int rangeOffset = font.getShort(rangeOffsets + 2 * low) & 0xffff;
        if (rangeOffset == 0) {
            return (code + delta) & 0xffff;
        }
        int start = font.getShort(starts + 2 * low) & 0xffff;
        int glyph = font.getShort(rangeOffsets + 2 * low + rangeOffset + 2 * (code - start)) & 0xffff;
        return glyph == 0 ? 0 : (glyph + delta) & 0xffff;
    }

    /** Format 12: sorted groups of consecutive characters mapped to consecutive glyphs. */
    private int glyph12(int code) {
        int groups = font.getInt(cmap + 12);
        int low = 0;
        int high = groups - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int group = cmap + 16 + 12 * mid;
            if (font.getInt(group + 4) < code) {
                low = mid + 1;
            } else if (font.getInt(group) > code) {
                high = mid - 1;
            } else {
                return font.getInt(group + 8) + (code - font.getInt(group));
            }
        }
        return 0;
    }

    private static boolean namesReserved(ByteBuffer font, int nameTable) {
        int count = font.getShort(nameTable + 2) & 0xffff;
        int strings = nameTable + (font.getShort(nameTable + 4) & 0xffff);
        for (int i = 0; i < count; i++) {
            int record = nameTable + 6 + 12 * i;
            int platform = font.getShort(record) & 0xffff;
            int nameId = font.getShort(record + 6) & 0xffff;
            if (nameId != NAME_COPYRIGHT && nameId != NAME_LICENSE) {
                continue;
            }
            byte[] text = new byte[font.getShort(record + 8) & 0xffff];
            font.get(strings + (font.getShort(record + 10) & 0xffff), text);
            // Unicode and Windows names are UTF-16BE; Macintosh ones are single-byte, ASCII for this phrase.
            String name = new String(text, platform == PLATFORM_UNICODE || platform == PLATFORM_WINDOWS
                    ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
            if (name.toLowerCase(Locale.ROOT).contains("with reserved font name")) {
                return true;
            }
        }
        return false;
    }
}

package org.briefing.sfnt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table directory of a font file (a .ttf/.otf, or the first font of a .ttc collection). */
public final class TableDirectory {
    private static final int SFNT_HEADER = 12;
    private static final int RECORD = 16;
    private static final int COLLECTION_TAG = 0x74746366; // 'ttcf'

    /** One table: its four-letter tag, its checksum and where its bytes lie in the file. */
    public record Table(String tag, int checksum, int offset, int length) {
    }

    private final int version;
    private final List<Table> tables;

    private TableDirectory(int version, List<Table> tables) {
        this.version = version;
        this.tables = List.copyOf(tables);
    }

    /** Reads the directory; fails when it, or a table it lists, lies outside the file. */
    public static TableDirectory of(ByteBuffer font) throws IOException {
        try {
            int start = font.getInt(0) == COLLECTION_TAG ? font.getInt(12) : 0;
            if (start < 0 || start > font.limit() - SFNT_HEADER) {
                throw new IOException("the collection's first font lies outside the file");
            }
            int count = font.getShort(start + 4) & 0xFFFF;
            if ((long) start + SFNT_HEADER + (long) count * RECORD > font.limit()) {
                throw new IOException("the table directory lies outside the file");
            }
            List<Table> tables = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int record = start + SFNT_HEADER + i * RECORD;
                byte[] tag = new byte[4];
                font.get(record, tag);
                long offset = font.getInt(record + 8) & 0xFFFFFFFFL;
                long length = font.getInt(record + 12) & 0xFFFFFFFFL;
                String name = new String(tag, StandardCharsets.ISO_8859_1);
                if (offset + length > font.limit()) {
                    throw new IOException("table '" + name + "' lies outside the file");
                }
                tables.add(new Table(name, font.getInt(record + 4), (int) offset, (int) length));
            }
            return new TableDirectory(font.getInt(start), tables);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("too short for a font", e);
        }
    }

    /** The table with this tag, if the font has one. */
    public Optional<Table> find(String tag) {
        for (Table table : tables) {
            if (table.tag().equals(tag)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /**
     * A new font file whose directory lists only the {@code kept} tables this font has (their bytes
     * unchanged, so anything cut from them is the same as from the whole font) followed by the
     * {@code added} tables, in the map's order, after all the original bytes.
     */
    public byte[] view(byte[] font, Collection<String> kept, Map<String, byte[]> added) {
        List<Table> listed = new ArrayList<>();
        for (Table table : tables) {
            if (kept.contains(table.tag())) {
                listed.add(table);
            }
        }
        int count = listed.size() + added.size();
        int directory = SFNT_HEADER + count * RECORD;
        int addedBytes = added.values().stream().mapToInt(bytes -> bytes.length).sum();
        ByteBuffer out = ByteBuffer.allocate(directory + font.length + addedBytes);
        int power = count == 0 ? 0 : Integer.highestOneBit(count);
        out.putInt(version).putShort((short) count).putShort((short) (power * RECORD))
                .putShort((short) (power == 0 ? 0 : Integer.numberOfTrailingZeros(power)))
                .putShort((short) ((count - power) * RECORD));
        for (Table table : listed) {
            record(out, table.tag(), table.checksum(), directory + table.offset(), table.length());
        }
        int at = directory + font.length;
        for (Map.Entry<String, byte[]> table : added.entrySet()) {
            // Checksum 0: parsers for embedding and subsetting do not check it, and a subset gets new ones.
            record(out, table.getKey(), 0, at, table.getValue().length);
            at += table.getValue().length;
        }
        out.put(font);
        added.values().forEach(out::put);
        return out.array();
    }

    private static void record(ByteBuffer out, String tag, int checksum, int offset, int length) {
        out.put(tag.getBytes(StandardCharsets.ISO_8859_1)).putInt(checksum).putInt(offset).putInt(length);
    }
}

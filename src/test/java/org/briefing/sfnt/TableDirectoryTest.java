package org.briefing.sfnt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableDirectoryTest {
    private static final Path NOTO = Path.of("styles/fonts/NotoSans-Regular.ttf");

    private static byte[] bytesOf(byte[] font, TableDirectory.Table table) {
        return Arrays.copyOfRange(font, table.offset(), table.offset() + table.length());
    }

    @Test
    void findsTablesOfAFontAndOfTheFirstFontOfACollection() throws IOException {
        TableDirectory noto = TableDirectory.of(ByteBuffer.wrap(Files.readAllBytes(NOTO)));
        assertTrue(noto.find("glyf").isPresent());
        assertTrue(noto.find("GSUB").isPresent());
        assertFalse(noto.find("CFF ").isPresent());
        TableDirectory wqy = TableDirectory.of(ByteBuffer.wrap(Files.readAllBytes(Path.of("styles/fonts/wqy-microhei.ttc"))));
        assertTrue(wqy.find("cmap").isPresent());
    }

    @Test
    void aViewListsOnlyKeptTablesWithTheirBytesThenTheAddedOnes() throws IOException {
        byte[] font = Files.readAllBytes(NOTO);
        TableDirectory whole = TableDirectory.of(ByteBuffer.wrap(font));
        Map<String, byte[]> added = new LinkedHashMap<>();
        added.put("post", new byte[] {1, 2, 3, 4});
        added.put("zzzz", new byte[] {5, 6});

        byte[] view = whole.view(font, Set.of("head", "glyf", "nope"), added);

        TableDirectory seen = TableDirectory.of(ByteBuffer.wrap(view));
        assertArrayEquals(bytesOf(font, whole.find("glyf").orElseThrow()), bytesOf(view, seen.find("glyf").orElseThrow()));
        assertArrayEquals(bytesOf(font, whole.find("head").orElseThrow()), bytesOf(view, seen.find("head").orElseThrow()));
        assertEquals(whole.find("head").orElseThrow().checksum(), seen.find("head").orElseThrow().checksum());
        assertFalse(seen.find("GSUB").isPresent());
        assertFalse(seen.find("nope").isPresent());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, bytesOf(view, seen.find("post").orElseThrow()));
        assertArrayEquals(new byte[] {5, 6}, bytesOf(view, seen.find("zzzz").orElseThrow()));
        assertEquals(view.length, seen.find("zzzz").orElseThrow().offset() + 2, "added tables end the file, in order");
    }

    @Test
    void aDirectoryOutsideTheFileIsAnError() {
        assertThrows(IOException.class, () -> TableDirectory.of(ByteBuffer.wrap(new byte[] {0, 1, 0, 0})));
        assertThrows(IOException.class,
                () -> TableDirectory.of(ByteBuffer.wrap(new byte[] {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0})));
        byte[] tableOutside = ByteBuffer.allocate(28).putInt(0x00010000).putShort((short) 1).position(12)
                .put("glyf".getBytes()).putInt(0).putInt(20).putInt(100).array();
        IOException e = assertThrows(IOException.class, () -> TableDirectory.of(ByteBuffer.wrap(tableOutside)));
        assertTrue(e.getMessage().contains("'glyf'"), e.getMessage());
    }
}

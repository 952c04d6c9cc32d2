package org.briefing.render.epub.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a briefing with 100,000 top-level headings is 100,000 chapter files, more than the 65,535
 * entries a zip's classic end record can count; the container then needs the ZIP64 end records, which
 * OCF allows when the content requires them.
 */
class DeterministicZipTest {
    private static final Instant TIME = Instant.parse("2020-05-06T07:08:09Z");

    @Test
    void moreEntriesThanAClassicZipCountsAreReadBackThroughZip64(@TempDir Path dir) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        for (int i = 0; i < 65_600; i++) {
            entries.put(String.format("OEBPS/text/c%05d.xhtml", i), new byte[] {(byte) i});
        }
        Path file = dir.resolve("big.epub");
        Files.write(file, DeterministicZip.write(entries, TIME));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(65_601, zip.size(), "the entries and mimetype");
            assertEquals("mimetype", zip.entries().nextElement().getName());
            assertArrayEquals(new byte[] {(byte) 65_599},
                    zip.getInputStream(zip.getEntry("OEBPS/text/c65599.xhtml")).readAllBytes());
        }
    }

    @Test
    void aSmallContainerKeepsTheClassicEndRecordOnly() {
        byte[] zip = DeterministicZip.write(Map.of("a.txt", new byte[] {1}), TIME);
        // The classic end record (22 bytes, no comment) ends the file and no ZIP64 locator precedes it.
        assertEquals(0x06054b50, le32(zip, zip.length - 22));
        assertEquals(false, le32(zip, zip.length - 22 - 20) == 0x07064b50);
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}

package org.briefing.render.epub.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefing.model.BriefingException;

/**
 * Writes an OCF container whose bytes depend only on its entries: {@code mimetype} first and stored,
 * the other entries sorted by name and deflated at a fixed level, every entry stamped with the same
 * time, taken as UTC whatever the default time zone.
 */
public final class DeterministicZip {
    /** The first entry of every EPUB, stored uncompressed. */
    static final String MIMETYPE = "mimetype";
    private static final LocalDateTime EARLIEST_DOS_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    /** The container bytes; {@code entries} must not contain {@code mimetype} (it is added). */
    public static byte[] write(Map<String, byte[]> entries, Instant time) {
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        if (stamp.isBefore(EARLIEST_DOS_TIME)) {
            stamp = EARLIEST_DOS_TIME;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // The default level, not the best: nearly all the bytes are fonts, which level 9 shrinks by
            // 0.06% more at three times the time (profile: deflate was the largest part of an EPUB build).
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry(MIMETYPE);
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            // setTimeLocal writes the DOS date and time as given, with no time-zone conversion and no
            // extended-time field that would carry one.
            first.setTimeLocal(stamp);
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                if (entry.getKey().equals(MIMETYPE)) {
                    throw new IllegalArgumentException("mimetype is written by the container itself");
                }
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setMethod(ZipEntry.DEFLATED);
                zipEntry.setTimeLocal(stamp);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new BriefingException("epub: cannot write the container: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}

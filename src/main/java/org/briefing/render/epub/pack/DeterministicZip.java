package org.briefing.render.epub.pack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.briefing.model.BriefingException;

/**
 * Writes an OCF container whose bytes depend only on its entries: {@code mimetype} first and stored,
 * the other entries sorted by name and deflated at a fixed level (stored, when their format is
 * compressed already: images, WOFF fonts), every entry stamped with the same
 * time, taken as UTC whatever the default time zone, no extra fields. The zip records are written here
 * rather than by {@code ZipOutputStream} so that the entries can be deflated side by side, each on its
 * own: deflating the fonts was the largest single part of an EPUB build (profile), and they are
 * independent. Each entry is compressed alone, so the bytes do not depend on how many threads ran.
 */
public final class DeterministicZip {
    /** The first entry of every EPUB, stored uncompressed. */
    static final String MIMETYPE = "mimetype";
    private static final LocalDateTime EARLIEST_DOS_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    /**
     * zlib level 4: nearly all the bytes are fonts, and on the three Charis SIL faces (2.27 MB, embedded
     * whole) level 4 is the first with lazy matching, 2.0% larger than the default 6 in half the time
     * (measured, C1: levels 1/3/4/5/6/9 gave 1185/1164/1128/1109/1106/1105 KB in about
     * 50/40/45/70/94/125 ms); the levels below it save no more time and cost 3-7% more bytes.
     */
    private static final int LEVEL = 4;
    /**
     * Media already compressed inside (PNG, JPEG and GIF images, WOFF and WOFF2 fonts): stored as they are,
     * since deflating them again costs time for a few percent at best (the seed's cover PNG: 13%, at the
     * PNG's own level 6). OCF allows stored entries; only {@code mimetype} must be stored.
     */
    private static final List<String> COMPRESSED = List.of(".png", ".jpg", ".jpeg", ".gif", ".woff", ".woff2");
    /**
     * At most this many threads (and one fewer than the processors) help the caller deflate: a book has
     * a handful of large entries, its fonts.
     */
    private static final int HELPERS = 3;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    /** Bit 11 of the flags: names are UTF-8. */
    private static final int UTF8_NAMES = 0x800;

    private DeterministicZip() {
    }

    /** One entry, compressed: name, method, CRC-32 and size of the original bytes, and the stored bytes. */
    private record Entry(byte[] name, int method, long crc, int size, byte[] data) {
        static Entry of(String name, byte[] bytes, int method) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            byte[] data = method == STORED ? bytes : deflate(bytes);
            return new Entry(name.getBytes(StandardCharsets.UTF_8), method, crc.getValue(), bytes.length, data);
        }
    }

    /** The container bytes; {@code entries} must not contain {@code mimetype} (it is added). */
    public static byte[] write(Map<String, byte[]> entries, Instant time) {
        return write(entries, time, Math.min(HELPERS, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** The container bytes, deflated by the calling thread and up to {@code helpers} more. */
    static byte[] write(Map<String, byte[]> entries, Instant time, int helpers) {
        if (entries.containsKey(MIMETYPE)) {
            throw new IllegalArgumentException("mimetype is written by the container itself");
        }
        List<Entry> compressed = new ArrayList<>();
        compressed.add(Entry.of(MIMETYPE, "application/epub+zip".getBytes(StandardCharsets.US_ASCII), STORED));
        compressed.addAll(deflateAll(new ArrayList<>(new TreeMap<>(entries).entrySet()), helpers));

        int[] dos = dosTime(time);
        ByteArrayOutputStream zip = new ByteArrayOutputStream(
                compressed.stream().mapToInt(e -> e.data().length + 2 * e.name().length + 80).sum() + 22);
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (Entry entry : compressed) {
            long offset = zip.size();
            header(zip, 0x04034b50, entry, dos, -1);
            zip.writeBytes(entry.data());
            header(directory, 0x02014b50, entry, dos, offset);
        }
        long directoryOffset = zip.size();
        zip.writeBytes(directory.toByteArray());
        int count = compressed.size();
        if (zip.size() > 0xffffffffL) {
            throw new BriefingException("epub: the book is too large for a zip container without ZIP64 offsets");
        }
        if (count > 0xffff) {
            zip64End(zip, count, directory.size(), directoryOffset);
        }
        int32(zip, 0x06054b50);
        int16(zip, 0); // this disk
        int16(zip, 0); // disk of the directory
        int16(zip, Math.min(count, 0xffff)); // 0xffff: the count is in the ZIP64 record
        int16(zip, Math.min(count, 0xffff));
        int32(zip, directory.size());
        int32(zip, directoryOffset);
        int16(zip, 0); // comment length
        return zip.toByteArray();
    }

    /**
     * The entries deflated, in the given order. The calling thread and up to {@code helpers} more each take the largest entry not yet taken until none is left; each
     * result goes to its entry's place, so the output does not depend on which thread did what.
     */
    private static List<Entry> deflateAll(List<Map.Entry<String, byte[]>> sorted, int maxHelpers) {
        Entry[] done = new Entry[sorted.size()];
        Integer[] bySize = new Integer[sorted.size()];
        for (int i = 0; i < bySize.length; i++) {
            bySize[i] = i;
        }
        Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> sorted.get(i).getValue().length).reversed());
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int k = next.getAndIncrement(); k < bySize.length; k = next.getAndIncrement()) {
                Map.Entry<String, byte[]> e = sorted.get(bySize[k]);
                done[bySize[k]] = Entry.of(e.getKey(), e.getValue(), method(e.getKey()));
            }
        };
        int helpers = Math.min(maxHelpers, bySize.length - 1);
        List<FutureTask<Void>> started = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            FutureTask<Void> task = new FutureTask<>(work, null);
            Thread thread = new Thread(task, "epub-deflate-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
            started.add(task);
        }
        work.run();
        for (FutureTask<Void> task : started) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BriefingException("epub: interrupted while compressing the container", e);
            } catch (ExecutionException e) {
                throw BriefingException.fromTask(e, "epub: cannot compress the container");
            }
        }
        return List.of(done);
    }

    /** How an entry is kept: stored when its format is compressed already, else deflated. */
    static int method(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : COMPRESSED) {
            if (lower.endsWith(extension)) {
                return STORED;
            }
        }
        return DEFLATED;
    }

    /**
     * A local file header ({@code offset} -1) or a central directory header (with the local header's
     * offset): the same fields, the directory's with "version made by" and the attributes around them.
     */
    private static void header(ByteArrayOutputStream out, int signature, Entry entry, int[] dos, long offset) {
        boolean central = offset >= 0;
        int version = entry.method() == STORED ? 10 : 20;
        int32(out, signature);
        if (central) {
            int16(out, 20); // made by: MS-DOS attributes, spec 2.0
        }
        int16(out, version);
        int16(out, UTF8_NAMES);
        int16(out, entry.method());
        int16(out, dos[0]);
        int16(out, dos[1]);
        int32(out, entry.crc());
        int32(out, entry.data().length);
        int32(out, entry.size());
        int16(out, entry.name().length);
        int16(out, 0); // extra field length
        if (central) {
            int16(out, 0); // comment length
            int16(out, 0); // disk number
            int16(out, 0); // internal attributes
            int32(out, 0); // external attributes
            int32(out, offset);
        }
        out.writeBytes(entry.name());
    }

    /** DOS time and date of {@code time} in UTC, to the even second, no earlier than 1980. */
    private static int[] dosTime(Instant time) {
        LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        if (t.isBefore(EARLIEST_DOS_TIME)) {
            t = EARLIEST_DOS_TIME;
        }
        int dosTime = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        int dosDate = (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        return new int[] {dosTime, dosDate};
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write(value >>> 8 & 0xff);
    }

    /**
     * The ZIP64 end record and its locator, for more entries than the classic end record's 16-bit count
     * holds (a book of tens of thousands of chapters). Offsets stay below 4 GiB, so the entries themselves
     * need no ZIP64 fields; OCF allows ZIP64 where the content requires it.
     */
    private static void zip64End(ByteArrayOutputStream zip, int count, long directorySize, long directoryOffset) {
        long recordOffset = zip.size();
        int32(zip, 0x06064b50);
        int64(zip, 44); // the record's size after this field
        int16(zip, 45); // made by: version 4.5, ZIP64
        int16(zip, 45); // needed to extract
        int32(zip, 0); // this disk
        int32(zip, 0); // disk of the directory
        int64(zip, count);
        int64(zip, count);
        int64(zip, directorySize);
        int64(zip, directoryOffset);
        int32(zip, 0x07064b50);
        int32(zip, 0); // disk of the ZIP64 end record
        int64(zip, recordOffset);
        int32(zip, 1); // disks in all
    }

    private static void int64(ByteArrayOutputStream out, long value) {
        int32(out, value & 0xffffffffL);
        int32(out, value >>> 32);
    }

    private static void int32(ByteArrayOutputStream out, long value) {
        int16(out, (int) (value & 0xffff));
        int16(out, (int) (value >>> 16 & 0xffff));
    }
}

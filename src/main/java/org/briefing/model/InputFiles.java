package org.briefing.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the user's files (sources, themes, images, fonts) only when they are regular files of a bounded size.
 * A FIFO or a device given as input would otherwise block for ever or never end ({@code /dev/zero}); the
 * check comes before the file is opened, because opening a FIFO for reading already blocks.
 */
public final class InputFiles {
    /** The largest source or theme read: far above any briefing (the 100× seed is under 2 MiB). */
    public static final long SOURCE_LIMIT = 16L * 1024 * 1024;

    /**
     * The largest font file read: the biggest bundled font (a CJK collection) is 5 MiB, and the largest
     * common fonts (Noto CJK collections) stay under 64 MiB.
     */
    public static final long FONT_LIMIT = 64L * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * The bytes of {@code file} (links followed) when it is a regular file of at most {@code maxBytes};
     * otherwise an {@link InputException} naming {@code displayName} and, when too big, the limit.
     */
    public static byte[] readRegular(Path file, String displayName, long maxBytes) {
        BasicFileAttributes attributes = requireRegular(file, displayName);
        if (attributes.size() > maxBytes) {
            throw tooBig(displayName, attributes.size(), maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit: the file may have grown since its size was looked up.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooBig(displayName, bytes.length, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    /** The attributes of {@code file} (links followed) when it is a regular file, without opening it. */
    public static BasicFileAttributes requireRegular(Path file, String displayName) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
        if (attributes.isDirectory()) {
            throw new InputException(displayName + ": is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new InputException(displayName + ": not a regular file (a pipe, device or socket cannot be read)");
        }
        return attributes;
    }

    private static InputException unreadable(String displayName, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputException(displayName + ": no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputException(displayName + ": cannot read the file: permission denied");
        }
        return new InputException(displayName + ": cannot read the file: " + e.getMessage(), e);
    }

    private static InputException tooBig(String displayName, long size, long maxBytes) {
        return new InputException(displayName + ": the file is " + size + " bytes, over the limit of "
                + sizeName(maxBytes));
    }

    private static String sizeName(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}

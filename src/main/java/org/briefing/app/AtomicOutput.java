package org.briefing.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.briefing.model.BriefingException;
import org.briefing.model.InputException;

/**
 * The one way outputs are written: into a temporary file beside the target, moved into place only
 * when the writer finished. A failed write leaves the previous file as it was and no temporary file.
 */
public final class AtomicOutput {
    /** Writes the content of one output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The longest file name, in bytes, that the usual Linux, macOS and Windows file systems take. */
    private static final int MAX_NAME_BYTES = 255;
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    private AtomicOutput() {
    }

    /** Writes {@code target} from {@code content}, creating its folder if missing. */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new InputException(target + ": cannot write the output: it is a folder");
        }
        Path temp;
        try {
            Files.createDirectories(folder);
            StaleTemporaryFiles.removeOnce(folder);
            temp = createTemp(folder, absolute.getFileName().toString());
        } catch (FileAlreadyExistsException e) {
            throw new InputException(target + ": cannot write the output: " + e.getFile() + " is not a folder");
        } catch (IOException | SecurityException e) {
            throw new InputException(target + ": cannot write the output: " + reason(e), e);
        }
        boolean moved = false;
        InFlight.add(temp);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            } catch (IOException e) {
                throw new BriefingException(target + ": writing the output failed: " + reason(e), e);
            }
            keepPermissions(absolute, temp);
            move(temp, absolute, target);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
            InFlight.remove(temp);
        }
    }

    /**
     * The name of a temporary file: hidden, beside the target, with this process's id so that a later run
     * can tell a killed run's leftovers (see {@link StaleTemporaryFiles}) from a running build's files.
     */
    static String temporaryName(String targetName, long pid, long serial) {
        String tail = "." + pid + "-" + serial + ".part";
        return "." + prefixWithin(targetName, MAX_NAME_BYTES - 1 - tail.length()) + tail;
    }

    /**
     * The longest start of {@code name} whose UTF-8 form fits in {@code maxBytes}, so that a target whose own
     * name is near the file system's limit still gets a temporary name beside it.
     */
    private static String prefixWithin(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + length > maxBytes) {
                break;
            }
            bytes += length;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}: that makes the file private
     * (0600), and the moved output must get the same permissions as any file the user creates.
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(temporaryName(name, ProcessHandle.current().pid(), COUNTER.incrementAndGet()));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * A rebuilt output keeps the permissions the user gave the old one (say 0600 for a private memo); the
     * temporary file otherwise has the umask's default and the move would widen them.
     */
    private static void keepPermissions(Path existing, Path temp) {
        try {
            if (Files.isRegularFile(existing)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(existing));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not a POSIX file system, or the old file cannot be inspected: the new file keeps the default.
        }
    }

    private static void move(Path temp, Path absolute, Path shown) {
        try {
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InputException(shown + ": cannot replace the output: " + reason(e), e);
        }
    }

    /**
     * Temporary files being written. A shutdown hook (installed on first use) deletes them, so that
     * even Ctrl-C in the middle of a build leaves no temporary file behind.
     */
    private static final class InFlight {
        private static final java.util.Set<Path> FILES = java.util.concurrent.ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FILES.forEach(AtomicOutput::deleteQuietly),
                    "briefing-temporary-files"));
        }

        static void add(Path temp) {
            FILES.add(temp);
        }

        static void remove(Path temp) {
            FILES.remove(temp);
        }
    }

    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more can be done; the original failure is what the user needs to see.
        }
    }

    private static String reason(Exception e) {
        String name = e.getClass().getSimpleName()
                .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String message = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse) {
            message = fse.getReason() != null ? fse.getReason() : name;
        }
        return message == null ? name : message;
    }
}

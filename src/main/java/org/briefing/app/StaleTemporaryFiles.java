package org.briefing.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the temporary files of runs that were killed ({@code kill -9}, power loss), which the shutdown hook
 * could not delete. Each carries its writer's process id ({@link AtomicOutput#temporaryName}); a file whose
 * process is gone is deleted, one whose process still runs (another build) is left alone.
 */
final class StaleTemporaryFiles {
    private static final Pattern NAME = Pattern.compile("\\..+\\.(\\d{1,18})-\\d+\\.part");
    /** Folders already swept by this process: one listing per folder, however many outputs go there. */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private StaleTemporaryFiles() {
    }

    /** Deletes stale temporary files in {@code folder}, the first time this process writes there. */
    static void removeOnce(Path folder) {
        if (!SWEPT.add(folder)) {
            return;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path entry : entries) {
                Matcher matcher = NAME.matcher(entry.getFileName().toString());
                if (matcher.matches()) {
                    long pid = Long.parseLong(matcher.group(1));
                    if (pid != self && ProcessHandle.of(pid).isEmpty() && Files.isRegularFile(entry)) {
                        AtomicOutput.deleteQuietly(entry);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // Leftovers are untidy, not harmful: the build goes on and a later run tries again.
        }
    }
}

package org.briefing.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.briefing.model.InputException;
import org.briefing.model.InputFiles;

/** Expands the paths given to {@code build} into the Markdown files to publish, in a stable order. */
public final class SourceFiles {
    /** The folder searched when no path is given. */
    public static final String DEFAULT_FOLDER = "source";

    private SourceFiles() {
    }

    /**
     * Every {@code *.md} file under each folder (recursively, sorted) and each file as given.
     * Relative paths are resolved against {@code workingDir}; duplicates are dropped.
     */
    public static List<Path> collect(List<String> paths, Path workingDir) {
        List<String> given = paths.isEmpty() ? List.of(DEFAULT_FOLDER) : paths;
        Set<Path> found = new LinkedHashSet<>();
        for (String name : given) {
            Path path = workingDir.resolve(name).normalize();
            if (Files.isDirectory(path)) {
                List<Path> inFolder = markdownUnder(path);
                if (inFolder.isEmpty()) {
                    throw new InputException(name + ": no *.md files in this folder");
                }
                found.addAll(inFolder);
            } else if (Files.exists(path)) {
                // A FIFO or device named on the command line is refused here, before anything opens it.
                InputFiles.requireRegular(path, name);
                found.add(path);
            } else {
                throw new InputException(name + ": no such file or folder");
            }
        }
        return List.copyOf(found);
    }

    private static List<Path> markdownUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> result = new ArrayList<>(files
                    .filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .toList());
            result.sort(null);
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(folder + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** Editor backups and dot-folders are not sources. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

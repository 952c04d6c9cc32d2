package org.briefing.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the {@code styles/} folder: the working directory's when it has one, else the one beside the
 * folder holding the jar (the repository root when run as {@code target/briefing.jar}).
 */
public final class StylesFolder {
    private StylesFolder() {
    }

    /**
     * @param workingDir   the directory the command runs in
     * @param codeLocation the jar or class folder the program was loaded from, or null if unknown
     */
    public static Path locate(Path workingDir, Path codeLocation) {
        Path local = workingDir.resolve("styles");
        if (Files.isDirectory(local)) {
            return local;
        }
        Path bundled = bundled(codeLocation);
        return bundled != null ? bundled : local;
    }

    /** The themes shipped with the program (beside the jar's folder), or null when there are none. */
    public static Path bundled(Path codeLocation) {
        if (codeLocation != null) {
            Path jarFolder = codeLocation.toAbsolutePath().normalize().getParent();
            Path root = jarFolder == null ? null : jarFolder.getParent();
            if (root != null && Files.isDirectory(root.resolve("styles"))) {
                return root.resolve("styles");
            }
        }
        return null;
    }
}

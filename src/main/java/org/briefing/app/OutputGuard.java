package org.briefing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.briefing.model.InputException;
import org.briefing.style.FontFamily;
import org.briefing.style.Theme;

/**
 * Refuses an output path that is one of the run's inputs (source, theme, theme fonts), after following links
 * and hard links ({@link Files#isSameFile}): {@code -o memo.md} must not replace the Markdown it renders.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    /** Throws when {@code target}, named {@code shown} in the message, is the same file as an input. */
    static void refuseInputs(Path target, String shown, Path source, Theme theme) {
        if (!Files.exists(target)) {
            return;
        }
        for (Path input : inputs(source, theme)) {
            if (sameFile(target, input)) {
                throw new InputException(shown + ": the output would overwrite an input (" + input
                        + "); choose another output path");
            }
        }
    }

    /**
     * Throws when {@code target} is one of the files the renderer read while rendering (the document's
     * images): those are known only after rendering, which writes to a temporary file, so the check still
     * comes before the target is replaced.
     */
    static void refuseFilesRead(Path target, String shown, Collection<Path> filesRead) {
        if (!Files.exists(target)) {
            return;
        }
        for (Path input : filesRead) {
            if (sameFile(target, input)) {
                throw new InputException(shown + ": the output would overwrite an input (" + input
                        + "); choose another output path");
            }
        }
    }

    private static List<Path> inputs(Path source, Theme theme) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(source);
        inputs.add(theme.file());
        inputs.addAll(theme.parents());
        for (FontFamily family : theme.families().values()) {
            inputs.addAll(List.of(family.regular(), family.bold(), family.italic(), family.boldItalic()));
        }
        inputs.addAll(theme.fallbackFonts());
        inputs.removeIf(Objects::isNull);
        return inputs;
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(target, input);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}

package org.briefing.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.briefing.model.InputException;
import org.briefing.read.SourceText;

/** Reads a source file as strict UTF-8: a bad byte is an error naming the file, line, column and byte offset. */
public final class SourceFile {
    private SourceFile() {
    }

    /** The text of a file, without a leading byte-order mark; {@code displayName} names it in errors. */
    public static String read(Path file, String displayName) {
        if (Files.isDirectory(file)) {
            throw new InputException(displayName + ": is a folder, not a Markdown file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(displayName + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(displayName + ": cannot read the file: permission denied");
        } catch (IOException e) {
            throw new InputException(displayName + ": cannot read the file: " + e.getMessage(), e);
        }
        return SourceText.decode(bytes, displayName);
    }
}

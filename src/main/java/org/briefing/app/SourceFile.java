package org.briefing.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.model.InputException;
import org.briefing.model.InputFiles;
import org.briefing.read.MarkdownReader;

/**
 * Reads a source file as strict UTF-8: a bad byte is an error naming the file, line, column and byte offset.
 * Only a regular file of at most {@link InputFiles#SOURCE_LIMIT} bytes is read (a FIFO would block).
 */
public final class SourceFile {
    private SourceFile() {
    }

    /** The text of a file, without a leading byte-order mark; {@code displayName} names it in errors. */
    public static String read(Path file, String displayName) {
        if (Files.isDirectory(file)) {
            throw new InputException(displayName + ": is a folder, not a Markdown file");
        }
        return MarkdownReader.decode(InputFiles.readRegular(file, displayName, InputFiles.SOURCE_LIMIT), displayName);
    }
}

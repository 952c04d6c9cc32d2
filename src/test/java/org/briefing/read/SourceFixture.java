package org.briefing.read;

import java.nio.file.Path;
import org.briefing.model.Document;
import org.briefing.model.InputFiles;

/** Reads a source file for a test the way the CLI does: through the guarded reader, then {@code parse}. */
public final class SourceFixture {
    private SourceFixture() {
    }

    /** The document in {@code file}, read with {@code reader}; errors name the file as given. */
    public static Document read(MarkdownReader reader, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = InputFiles.readRegular(file, file.toString(), InputFiles.SOURCE_LIMIT);
        return reader.parse(MarkdownReader.decode(bytes, file.toString()), name, file.toString());
    }
}

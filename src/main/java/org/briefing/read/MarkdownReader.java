package org.briefing.read;

import java.nio.file.Path;
import org.briefing.model.Document;

/** Reads a Markdown briefing (YAML front matter + CommonMark/GFM body) into the document model. */
public final class MarkdownReader {
    /** Reads a file; errors name the file and line. */
    public Document read(Path file) {
        throw new UnsupportedOperationException("reader not written yet");
    }

    /** Parses source text; {@code fileName} is used in messages and as the document's source name. */
    public Document parse(String text, String fileName) {
        throw new UnsupportedOperationException("reader not written yet");
    }
}

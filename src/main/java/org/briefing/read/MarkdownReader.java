package org.briefing.read;

import org.briefing.model.Document;
import org.briefing.model.InputException;
import org.briefing.model.Warnings;
import org.briefing.read.build.DocumentBuilder;
import org.briefing.read.parse.FlexmarkParser;
import org.briefing.read.source.PreparedSource;
import org.briefing.yaml.Utf8Text;

/**
 * Reads a Markdown briefing (YAML front matter + CommonMark/GFM body) into the document model, in three
 * stages: the raw text is prepared ({@code read.source}), the body parsed by Flexmark ({@code read.parse}),
 * and the tree turned into the model ({@code read.build}). Nesting deeper than 32 levels (quotes, lists,
 * emphasis) is flattened; the text is always kept. Hostile shapes are bounded before parsing so reading
 * takes time in proportion to the size.
 */
public final class MarkdownReader {
    private final Warnings warnings;

    /** A reader that drops its warnings. */
    public MarkdownReader() {
        this(Warnings.IGNORE);
    }

    /** A reader that reports guard rails it had to apply to hostile input. */
    public MarkdownReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Decodes source bytes as strict UTF-8, naming the line and column of the first bad byte; a leading
     * byte-order mark is dropped. The one strict decoder is {@link Utf8Text}.
     */
    public static String decode(byte[] bytes, String fileName) {
        return Utf8Text.decode(bytes, fileName);
    }

    /** Parses source text; {@code fileName} is used in messages and as the document's source name. */
    public Document parse(String text, String fileName) {
        return parse(text, fileName, fileName);
    }

    /**
     * Parses source text whose messages name {@code fileForMessages} (e.g. the path as the user typed it)
     * while the document's source name stays {@code sourceName} (the bare file name, so that outputs do
     * not depend on the folder the source was read from).
     */
    public Document parse(String text, String sourceName, String fileForMessages) {
        PreparedSource source = PreparedSource.of(text, fileForMessages, warnings);
        com.vladsch.flexmark.util.ast.Document tree;
        try {
            tree = FlexmarkParser.parse(source.body());
        } catch (InputException e) {
            throw new InputException(fileForMessages + ": " + e.getMessage(), e);
        }
        return DocumentBuilder.build(tree, source, sourceName, fileForMessages, warnings);
    }
}

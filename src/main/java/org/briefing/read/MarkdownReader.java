package org.briefing.read;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Footnote;
import org.briefing.model.Heading;
import org.briefing.model.InputException;
import org.briefing.model.Metadata;
import org.briefing.model.PlainText;
import org.briefing.model.Warnings;

/**
 * Reads a Markdown briefing (YAML front matter + CommonMark/GFM body) into the document model.
 * Nesting deeper than 32 levels (quotes, lists, emphasis) is flattened; the text is always kept. Hostile
 * shapes are bounded before parsing ({@link ParseGuards}) so reading takes time in proportion to the size.
 */
public final class MarkdownReader {
    private final Warnings warnings;

    /** A reader that drops its warnings. */
    public MarkdownReader() {
        this(Warnings.IGNORE);
    }

    /** A reader that reports guard rails it had to apply to hostile input (see {@code ParseGuards}). */
    public MarkdownReader(Warnings warnings) {
        this.warnings = warnings;
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
        SourceWarnings located = new SourceWarnings(fileForMessages, warnings);
        String clean = ForbiddenCharacterGuard.strip(text, fileForMessages, warnings);
        FrontMatter split = FrontMatter.split(clean, fileForMessages);
        if (split.yaml() == null) {
            FrontMatter.refuseNonMapping(clean, fileForMessages);
        }
        GuardedSource guarded = ParseGuards.apply(split.body(), fileForMessages, warnings);
        com.vladsch.flexmark.util.ast.Document tree;
        try {
            tree = FlexmarkParser.parse(guarded.text());
        } catch (InputException e) {
            throw new InputException(fileForMessages + ": " + e.getMessage(), e);
        }
        Footnotes footnotes = new Footnotes(tree);
        InlineConverter inlines = new InlineConverter(tree, footnotes, guarded::sourceLine, located);
        BlockConverter blocks = new BlockConverter(inlines);
        List<Block> body = blocks.children(tree);
        footnotes.numberUnreferenced(inlines);
        List<Footnote> notes = new ArrayList<>();
        for (int n = 1; n <= footnotes.count(); n++) {
            var definition = footnotes.get(n);
            notes.add(new Footnote(definition.getText().toString(), n, blocks.children(definition)));
        }
        Metadata metadata = MetadataReader.read(split.yaml(), located, fallbackTitle(body, sourceName));
        return new Document(sourceName, metadata, body, notes);
    }

    /** Without a title in the front matter, the first top-level heading or else the file name serves. */
    private static String fallbackTitle(List<Block> body, String sourceName) {
        for (Block block : body) {
            if (block instanceof Heading heading && heading.level() == 1) {
                return PlainText.of(heading.content());
            }
        }
        int dot = sourceName.lastIndexOf('.');
        return dot > 0 ? sourceName.substring(0, dot) : sourceName;
    }
}

package org.briefing.read.build;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Footnote;
import org.briefing.model.Heading;
import org.briefing.model.Metadata;
import org.briefing.model.PlainText;
import org.briefing.model.Warnings;
import org.briefing.read.source.PreparedSource;

/** Builds the document model from Flexmark's tree of a prepared body and from the source's front matter. */
public final class DocumentBuilder {
    private DocumentBuilder() {
    }

    /**
     * The document of {@code tree}, parsed from {@code source}'s body. Warnings name {@code fileForMessages}
     * and the source file's lines; the document's source name is {@code sourceName}.
     */
    public static Document build(com.vladsch.flexmark.util.ast.Document tree, PreparedSource source,
                                 String sourceName, String fileForMessages, Warnings warnings) {
        SourceWarnings located = new SourceWarnings(fileForMessages, warnings);
        Footnotes footnotes = new Footnotes(tree);
        InlineConverter inlines = new InlineConverter(tree, footnotes, source::sourceLine, located);
        BlockConverter blocks = new BlockConverter(inlines, new HeadingLabels(tree, inlines));
        List<Block> body = blocks.children(tree);
        footnotes.numberUnreferenced(inlines);
        List<Footnote> notes = new ArrayList<>();
        for (int n = 1; n <= footnotes.count(); n++) {
            var definition = footnotes.get(n);
            notes.add(new Footnote(definition.getText().toString(), n, blocks.children(definition)));
        }
        Metadata metadata = MetadataReader.read(source.frontMatter(), located, fallbackTitle(body, sourceName));
        if (metadata.report().numberSections()) {
            body = SectionNumbers.number(body, blocks::isNumbered);
        }
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

package org.briefing.corpus;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Heading;
import org.briefing.model.Text;
import org.briefing.read.MarkdownReader;

/**
 * Several corpus examples in one document, each after a marker heading, so that one EPUB (and one
 * EPUBCheck run) covers many examples while each example's words can still be found in its own stretch
 * of the book's text. Examples with footnotes are not batched (their numbers would clash).
 */
final class CorpusBook {
    private static final Document FRAME =
            new MarkdownReader().parse("---\ntitle: Corpus batch\n---\n", "corpus.md");

    private CorpusBook() {
    }

    /** The marker heading's text for an example; unique within a batch. */
    static String marker(SpecExample example) {
        return "Corpusmarker " + example.file().replaceAll("\\W", "") + " " + example.number();
    }

    /** One document holding the examples' blocks in order, each preceded by its marker heading. */
    static Document of(List<SpecExample> examples, List<Document> documents) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            String marker = marker(examples.get(i));
            String prefix = "x" + examples.get(i).number() + "-";
            blocks.add(new Heading(1, List.of(new Text(marker)), prefix + "marker"));
            for (Block block : documents.get(i).blocks()) {
                // Heading ids are unique per example; prefixing keeps them unique in the batch.
                blocks.add(block instanceof Heading h ? new Heading(h.level(), h.content(), prefix + h.id()) : block);
            }
        }
        return new Document("corpus.md", FRAME.metadata(), blocks, List.of());
    }

    /**
     * The text of the book between an example's marker and the next marker. The content files are
     * joined in order first: an example's own level-1 heading starts a new file.
     */
    static String stretchOf(SpecExample example, List<String> fileTexts) {
        String text = String.join(" ", fileTexts);
        String marker = marker(example) + " ";
        // The marker may also appear in a table of contents; the content is the longest stretch.
        String longest = null;
        for (int start = text.indexOf(marker); start >= 0; start = text.indexOf(marker, start + 1)) {
            int end = text.indexOf("Corpusmarker ", start + marker.length());
            String stretch = text.substring(start + marker.length(), end < 0 ? text.length() : end);
            if (longest == null || stretch.length() > longest.length()) {
                longest = stretch;
            }
        }
        return longest;
    }
}

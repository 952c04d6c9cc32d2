package org.briefing.read.build;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Numbers footnote definitions in order of their first reference, as readers expect. */
final class Footnotes {
    private final Document document;
    private final Map<FootnoteBlock, Integer> numbers = new IdentityHashMap<>();
    private final List<FootnoteBlock> inOrder = new ArrayList<>();

    Footnotes(Document document) {
        this.document = document;
    }

    /** The number of the note a reference points to, assigning the next one on first use; 0 if undefined. */
    int numberFor(Footnote ref) {
        FootnoteBlock block = ref.getFootnoteBlock();
        if (block == null) {
            block = ref.getReferenceNode(document);
        }
        return block == null ? 0 : numberFor(block);
    }

    int numberFor(FootnoteBlock block) {
        return numbers.computeIfAbsent(block, b -> {
            inOrder.add(b);
            return inOrder.size();
        });
    }

    /**
     * Definitions never referenced still get a number (after the referenced ones) so nothing is lost; a
     * label defined again is reported at the repeat, which references cannot reach.
     */
    void numberUnreferenced(InlineConverter inlines) {
        Map<String, FootnoteBlock> byLabel = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FootnoteBlock block) {
                numberFor(block);
                String label = block.getText().toString().toLowerCase(Locale.ROOT);
                FootnoteBlock first = byLabel.putIfAbsent(label, block);
                if (first != null) {
                    inlines.warnAt(block, "footnote [^" + block.getText() + "] is defined twice (first on line "
                            + inlines.line(first) + "); references use the first, this one is kept "
                            + "as a note without a reference");
                }
            }
        }
    }

    /** The definition with a number, from 1; may grow while notes are converted (notes citing notes). */
    FootnoteBlock get(int number) {
        return inOrder.get(number - 1);
    }

    int count() {
        return inOrder.size();
    }
}

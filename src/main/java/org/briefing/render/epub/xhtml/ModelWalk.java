package org.briefing.render.epub.xhtml;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.BlockVisitor;
import org.briefing.model.BlockWalker;
import org.briefing.model.CodeBlock;
import org.briefing.model.Figure;
import org.briefing.model.FootnoteRef;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.InlineWalker;
import org.briefing.model.ListBlock;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.ThematicBreak;

/**
 * Finds the headings, labelled figures and tables, and footnote references under a list of blocks in
 * document order, walking with the model's {@link BlockWalker} and {@link InlineWalker} (no recursion,
 * whatever the nesting depth).
 */
final class ModelWalk extends BlockWalker {
    private final Consumer<Heading> onHeading;
    private final BiConsumer<Block, String> onLabel;
    private final InlineWalker references;

    private ModelWalk(Consumer<Heading> onHeading, BiConsumer<Block, String> onLabel,
                      Consumer<FootnoteRef> onFootnoteRef) {
        this.onHeading = onHeading;
        this.onLabel = onLabel;
        this.references = new InlineWalker() {
            @Override
            public Void footnoteRef(FootnoteRef ref) {
                onFootnoteRef.accept(ref);
                return null;
            }
        };
    }

    /** Calls {@code onHeading} for every heading and {@code onFootnoteRef} for every reference, in reading order. */
    static void each(List<Block> blocks, Consumer<Heading> onHeading, Consumer<FootnoteRef> onFootnoteRef) {
        new ModelWalk(onHeading, (block, label) -> { }, onFootnoteRef).walk(blocks);
    }

    /** As {@link #each}, also calling {@code onLabel} for every figure and table the author labelled. */
    static void each(List<Block> blocks, Consumer<Heading> onHeading, BiConsumer<Block, String> onLabel,
                     Consumer<FootnoteRef> onFootnoteRef) {
        new ModelWalk(onHeading, onLabel, onFootnoteRef).walk(blocks);
    }

    /** The block as a heading, or null when it is another kind of block. */
    static Heading headingOf(Block block) {
        return block.accept(HEADING);
    }

    @Override
    public Void heading(Heading heading) {
        onHeading.accept(heading);
        references.walk(heading.content());
        return null;
    }

    @Override
    public Void paragraph(Paragraph paragraph) {
        references.walk(paragraph.content());
        return null;
    }

    @Override
    public Void figure(Figure figure) {
        if (!figure.id().isEmpty()) {
            onLabel.accept(figure, figure.id());
        }
        references.walk(figure.caption());
        return null;
    }

    @Override
    public Void table(Table table) {
        if (!table.id().isEmpty()) {
            onLabel.accept(table, table.id());
        }
        references.walk(table.caption());
        for (List<TableRow> rows : List.of(table.head(), table.body())) {
            for (TableRow row : rows) {
                row.cells().forEach(references::walk);
            }
        }
        return null;
    }

    /** Answers the heading itself and null for every other block. */
    private static final BlockVisitor<Heading> HEADING = new BlockVisitor<>() {
        @Override
        public Heading heading(Heading heading) {
            return heading;
        }

        @Override
        public Heading paragraph(Paragraph paragraph) {
            return null;
        }

        @Override
        public Heading list(ListBlock list) {
            return null;
        }

        @Override
        public Heading blockQuote(BlockQuote quote) {
            return null;
        }

        @Override
        public Heading code(CodeBlock code) {
            return null;
        }

        @Override
        public Heading thematicBreak(ThematicBreak rule) {
            return null;
        }

        @Override
        public Heading table(Table table) {
            return null;
        }

        @Override
        public Heading figure(Figure figure) {
            return null;
        }

        @Override
        public Heading html(HtmlBlock html) {
            return null;
        }

        @Override
        public Heading pageBreak(PageBreak pageBreak) {
            return null;
        }
    };
}

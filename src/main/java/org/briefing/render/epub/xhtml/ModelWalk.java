package org.briefing.render.epub.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.BlockVisitor;
import org.briefing.model.Code;
import org.briefing.model.CodeBlock;
import org.briefing.model.Emphasis;
import org.briefing.model.Figure;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.InlineVisitor;
import org.briefing.model.Link;
import org.briefing.model.ListBlock;
import org.briefing.model.Paragraph;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.briefing.model.ThematicBreak;

/**
 * Finds the headings and footnote references under a list of blocks in document order, with an explicit
 * stack so that hostile nesting depth cannot overflow the call stack.
 */
final class ModelWalk implements BlockVisitor<List<?>>, InlineVisitor<List<?>> {
    private final Consumer<Heading> onHeading;
    private final Consumer<FootnoteRef> onFootnoteRef;

    private ModelWalk(Consumer<Heading> onHeading, Consumer<FootnoteRef> onFootnoteRef) {
        this.onHeading = onHeading;
        this.onFootnoteRef = onFootnoteRef;
    }

    /** Calls {@code onHeading} for every heading and {@code onFootnoteRef} for every reference, in reading order. */
    static void each(List<Block> blocks, Consumer<Heading> onHeading, Consumer<FootnoteRef> onFootnoteRef) {
        ModelWalk walk = new ModelWalk(onHeading, onFootnoteRef);
        Deque<Object> stack = new ArrayDeque<>();
        pushAll(stack, blocks);
        while (!stack.isEmpty()) {
            // Each visit reports its node and answers the nodes directly inside it.
            Object next = stack.pop();
            pushAll(stack, next instanceof Block block ? block.accept(walk) : ((Inline) next).accept(walk));
        }
    }

    /** The block as a heading, or null when it is another kind of block. */
    static Heading headingOf(Block block) {
        return block.accept(HEADING);
    }

    @Override
    public List<?> heading(Heading heading) {
        onHeading.accept(heading);
        return heading.content();
    }

    @Override
    public List<?> paragraph(Paragraph paragraph) {
        return paragraph.content();
    }

    @Override
    public List<?> list(ListBlock list) {
        return list.items().stream().flatMap(i -> i.blocks().stream()).toList();
    }

    @Override
    public List<?> blockQuote(BlockQuote quote) {
        return quote.blocks();
    }

    @Override
    public List<?> code(CodeBlock code) {
        return List.of();
    }

    @Override
    public List<?> thematicBreak(ThematicBreak rule) {
        return List.of();
    }

    @Override
    public List<?> table(Table table) {
        return Stream.concat(table.head().stream(), table.body().stream())
                .map(TableRow::cells).flatMap(List::stream).flatMap(List::stream).toList();
    }

    @Override
    public List<?> figure(Figure figure) {
        return List.of(figure.image());
    }

    @Override
    public List<?> html(HtmlBlock html) {
        return List.of();
    }

    @Override
    public List<?> text(Text text) {
        return List.of();
    }

    @Override
    public List<?> emphasis(Emphasis emphasis) {
        return emphasis.content();
    }

    @Override
    public List<?> strong(Strong strong) {
        return strong.content();
    }

    @Override
    public List<?> strikethrough(Strikethrough strikethrough) {
        return strikethrough.content();
    }

    @Override
    public List<?> code(Code code) {
        return List.of();
    }

    @Override
    public List<?> link(Link link) {
        return link.content();
    }

    @Override
    public List<?> image(Image image) {
        return List.of();
    }

    @Override
    public List<?> footnoteRef(FootnoteRef ref) {
        onFootnoteRef.accept(ref);
        return List.of();
    }

    @Override
    public List<?> softBreak(SoftBreak softBreak) {
        return List.of();
    }

    @Override
    public List<?> hardBreak(HardBreak hardBreak) {
        return List.of();
    }

    @Override
    public List<?> rawHtml(RawHtml html) {
        return List.of();
    }

    private static void pushAll(Deque<Object> stack, List<?> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.push(items.get(i));
        }
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
    };
}

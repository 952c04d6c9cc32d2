package org.briefing.render.epub.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.Inline;
import org.briefing.model.InlineWalker;
import org.briefing.model.ListBlock;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.TableRow;

/**
 * Visits every block and inline under a list of blocks in document order, with an explicit stack
 * so that hostile nesting depth cannot overflow the call stack.
 */
public final class ModelWalk {
    private ModelWalk() {
    }

    /** Calls {@code onBlock} for every block and {@code onInline} for every inline, in reading order. */
    public static void each(List<Block> blocks, Consumer<Block> onBlock, Consumer<Inline> onInline) {
        Deque<Object> stack = new ArrayDeque<>();
        pushAll(stack, blocks);
        while (!stack.isEmpty()) {
            Object next = stack.pop();
            if (next instanceof Inline inline) {
                onInline.accept(inline);
                List<Inline> children = InlineWalker.childrenOf(inline);
                if (children != null) {
                    pushAll(stack, children);
                }
                continue;
            }
            Block block = (Block) next;
            onBlock.accept(block);
            pushAll(stack, childrenOf(block));
        }
    }

    /** The blocks or inlines directly inside a block, in order. */
    static List<?> childrenOf(Block block) {
        if (block instanceof Heading h) {
            return h.content();
        } else if (block instanceof Paragraph p) {
            return p.content();
        } else if (block instanceof BlockQuote q) {
            return q.blocks();
        } else if (block instanceof ListBlock l) {
            return l.items().stream().flatMap(i -> i.blocks().stream()).toList();
        } else if (block instanceof Table t) {
            return java.util.stream.Stream.concat(t.head().stream(), t.body().stream())
                    .map(TableRow::cells).flatMap(List::stream).flatMap(List::stream).toList();
        } else if (block instanceof Figure f) {
            return List.of(f.image());
        }
        return List.of();
    }

    private static void pushAll(Deque<Object> stack, List<?> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.push(items.get(i));
        }
    }

}

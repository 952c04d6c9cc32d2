package org.briefing.render.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.BlockVisitor;
import org.briefing.model.CodeBlock;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.HtmlText;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Numbers;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.ThematicBreak;
import org.briefing.style.Theme;

/**
 * Lays out blocks as terminal lines. Nesting (lists, quotes) is walked with an explicit stack and
 * only indents while at least half the width is left, so hostile input nested thousands deep
 * neither overflows the stack nor pushes text past the right edge.
 */
final class BlockLayout {
    private static final String[] BULLETS = {"•", "◦", "▪", "‣"};
    private static final String QUOTE_BAR = "│ ";
    private static final String CODE_INDENT = "    ";
    private static final String CODE_CONTINUED = "  ↪ ";
    private static final int TAB_STOP = 4;
    /** The word before a figure's number; English until issue 19 localizes it. */

    /** A list item or note: its marker (may be empty) and its blocks. */
    record Item(String marker, List<Block> blocks) {
    }

    /** A container being laid out: its children and the prefixes of its first and later lines. */
    private static final class Frame {
        final List<?> children;
        final String rest;
        final boolean gaps;
        final int bulletDepth;
        String first;
        int next;

        Frame(List<?> children, String first, String rest, boolean gaps, int bulletDepth) {
            this.children = children;
            this.first = first;
            this.rest = rest;
            this.gaps = gaps;
            this.bulletDepth = bulletDepth;
        }

        /** The prefix of the next line, without using it up. */
        String peek() {
            return first != null ? first : rest;
        }

        /** The prefix of the next line; the first-line prefix is used once. */
        String take() {
            String prefix = peek();
            first = null;
            return prefix;
        }
    }

    private final TextCanvas canvas;
    private final InlineFlattener inlines;
    private final int width;
    private final TableLayout tables;
    private final Numbers numbers;
    private final Theme theme;

    /** Lays out into {@code canvas}; figures and tables are numbered from {@code numbers} when the theme says so. */
    BlockLayout(TextCanvas canvas, InlineFlattener inlines, int width, Numbers numbers, Theme theme) {
        this.canvas = canvas;
        this.inlines = inlines;
        this.width = width;
        this.tables = new TableLayout(inlines, numbers, theme.tables().numbered());
        this.numbers = numbers;
        this.theme = theme;
    }

    /** Lays out blocks at the left margin, a blank line between each. */
    void blocks(List<Block> blocks) {
        walk(new Frame(blocks, "", "", true, 0));
    }

    /** Lays out items with hanging indents after their markers, a blank line between each. */
    void items(List<Item> items) {
        walk(new Frame(items, "", "", true, 0));
    }

    private void walk(Frame root) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next >= frame.children.size()) {
                stack.pop();
                continue;
            }
            Object child = frame.children.get(frame.next++);
            if (frame.next > 1 && frame.gaps) {
                canvas.blank(frame.rest);
            }
            if (child instanceof Item item) {
                stack.push(nested(frame, item.marker(), " ".repeat(DisplayWidth.of(item.marker())),
                        item.blocks(), frame.gaps, frame.bulletDepth));
            } else {
                ((Block) child).accept(new BlockStep(frame, stack));
            }
        }
    }

    /**
     * One block of a frame: a list or quote opens a nested frame on the walk's stack (no recursion), any
     * other block is laid out at once.
     */
    private final class BlockStep implements BlockVisitor<Void> {
        private final Frame frame;
        private final Deque<Frame> stack;

        BlockStep(Frame frame, Deque<Frame> stack) {
            this.frame = frame;
            this.stack = stack;
        }

        @Override
        public Void list(ListBlock list) {
            stack.push(new Frame(items(list, frame.bulletDepth), frame.take(), frame.rest, !list.tight(),
                    frame.bulletDepth + (list.ordered() ? 0 : 1)));
            return null;
        }

        @Override
        public Void blockQuote(BlockQuote quote) {
            stack.push(nested(frame, QUOTE_BAR, QUOTE_BAR, quote.blocks(), true, frame.bulletDepth));
            return null;
        }

        @Override
        public Void paragraph(Paragraph paragraph) {
            text(frame, inlines.flatten(paragraph.content(), AnsiStyle.PLAIN));
            return null;
        }

        @Override
        public Void heading(Heading heading) {
            BlockLayout.this.heading(frame, heading);
            return null;
        }

        @Override
        public Void code(CodeBlock code) {
            BlockLayout.this.code(frame, code.code());
            return null;
        }

        @Override
        public Void table(Table table) {
            int avail = width - DisplayWidth.of(frame.peek());
            for (StyledLine line : tables.layout(table, Math.max(1, avail))) {
                canvas.line(frame.take(), line);
            }
            return null;
        }

        @Override
        public Void figure(Figure figure) {
            BlockLayout.this.figure(frame, figure);
            return null;
        }

        @Override
        public Void html(HtmlBlock html) {
            List<String> lines = HtmlText.withBreaks(html.html()).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (!lines.isEmpty()) {
                String text = String.join("\n", lines.stream().map(InlineFlattener::clean).toList());
                text(frame, List.of(new Span(text, AnsiStyle.PLAIN)));
            }
            return null;
        }

        @Override
        public Void thematicBreak(ThematicBreak rule) {
            int avail = width - DisplayWidth.of(frame.peek());
            canvas.line(frame.take(), StyledLine.of("* * *", AnsiStyle.DIM).padLeft(Math.max(5, (avail + 5) / 2)));
            return null;
        }

        @Override
        public Void pageBreak(PageBreak pageBreak) {
            return null; // a screen has no pages: the blank line between blocks is all a reader needs
        }
    }

    /** A child frame whose lines add {@code first}/{@code rest} to the parent's prefixes, while there is room. */
    private Frame nested(Frame parent, String first, String rest, List<?> children, boolean gaps, int depth) {
        String parentFirst = parent.take();
        String nestedFirst = parentFirst + first;
        String nestedRest = parent.rest + rest;
        if (DisplayWidth.of(nestedFirst) > width / 2 || DisplayWidth.of(nestedRest) > width / 2) {
            return new Frame(children, parentFirst, parent.rest, gaps, depth);
        }
        return new Frame(children, nestedFirst, nestedRest, gaps, depth);
    }

    private List<Item> items(ListBlock list, int bulletDepth) {
        List<Item> items = new ArrayList<>();
        int count = list.items().size();
        int numberWidth = Long.toString((long) list.start() + Math.max(0, count - 1)).length() + 1;
        for (int i = 0; i < count; i++) {
            ListItem item = list.items().get(i);
            String marker;
            if (list.ordered()) {
                String number = ((long) list.start() + i) + ".";
                marker = " ".repeat(Math.max(0, numberWidth - number.length())) + number + " ";
            } else {
                marker = BULLETS[bulletDepth % BULLETS.length] + " ";
            }
            marker += switch (item.task()) {
                case DONE -> "[x] ";
                case OPEN -> "[ ] ";
                case NONE -> "";
            };
            items.add(new Item(marker, item.blocks()));
        }
        return items;
    }

    /**
     * A figure as text: the alt text stands in for the image (the file name when there is neither alt text
     * nor caption), then the caption below it as the PDF prints it, "Figure N." first when numbered.
     */
    private void figure(Frame frame, Figure figure) {
        String alt = InlineFlattener.clean(figure.image().alt()).strip();
        String placeholder = !alt.isEmpty() ? "[image: " + alt + "]"
                : figure.caption().isEmpty() ? "[image: " + InlineFlattener.clean(figure.image().src()) + "]" : "[image]";
        text(frame, List.of(new Span(placeholder, AnsiStyle.ITALIC)));
        if (figure.caption().isEmpty()) {
            return;
        }
        List<Span> caption = new ArrayList<>();
        int number = theme.figures().numbered() ? numbers.of(figure) : 0;
        if (number > 0) {
            caption.add(new Span(Numbers.figureLabel(number, true) + " ", AnsiStyle.BOLD));
        }
        caption.addAll(inlines.flatten(figure.caption(), AnsiStyle.PLAIN));
        text(frame, caption);
    }

    /** Wrapped running text. */
    private void text(Frame frame, List<Span> spans) {
        List<StyledLine> lines = WordWrapper.wrap(spans, width - DisplayWidth.of(frame.peek()),
                width - DisplayWidth.of(frame.rest));
        for (StyledLine line : lines) {
            canvas.line(frame.take(), line);
        }
    }

    private void heading(Frame frame, Heading heading) {
        List<StyledLine> lines = WordWrapper.wrap(inlines.flatten(heading.numberedContent(), AnsiStyle.BOLD),
                width - DisplayWidth.of(frame.peek()), width - DisplayWidth.of(frame.rest));
        int widest = 0;
        for (StyledLine line : lines) {
            widest = Math.max(widest, line.width());
            canvas.line(frame.take(), line);
        }
        if (heading.level() <= 2 && widest > 0) {
            String rule = heading.level() == 1 ? "═" : "─";
            canvas.line(frame.take(), StyledLine.of(rule.repeat(widest), AnsiStyle.PLAIN));
        }
    }

    /** Verbatim text; lines wider than the room left are cut and continued behind an arrow. */
    private void code(Frame frame, String code) {
        if (code.isEmpty()) {
            return;
        }
        int avail = Math.max(1, width - Math.max(DisplayWidth.of(frame.peek()), DisplayWidth.of(frame.rest))
                - CODE_INDENT.length());
        for (String sourceLine : code.split("\n", -1)) {
            String line = InlineFlattener.clean(expandTabs(sourceLine));
            List<StyledLine> chunks = WordWrapper.cut(line, AnsiStyle.CODE, avail);
            for (int i = 0; i < chunks.size(); i++) {
                canvas.line(frame.take() + (i == 0 ? CODE_INDENT : CODE_CONTINUED), chunks.get(i));
            }
        }
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                column += DisplayWidth.of(c);
            }
        }
        return out.toString();
    }
}

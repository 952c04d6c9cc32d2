package org.briefing.read.build;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.briefing.model.Block;
import org.briefing.model.CodeBlock;
import org.briefing.model.Inline;
import org.briefing.model.PageBreak;
import org.briefing.model.PlainText;
import org.briefing.model.Table;
import org.briefing.read.source.Nesting;

/**
 * Converts Flexmark block nodes to model blocks. Container nesting deeper than {@link Nesting#MAX_DEPTH} is
 * dissolved into its parent (the content is kept, the extra quote/list levels dropped).
 */
final class BlockConverter {
    private final InlineConverter inlines;
    private final HeadingLabels labels;
    private final HeadingIds ids;
    private final HtmlBlocks html;
    /** The headings written {@code {-}} or {@code {.unnumbered}}, by identity: equal headings may differ. */
    private final Set<org.briefing.model.Heading> unnumbered = Collections.newSetFromMap(new IdentityHashMap<>());

    BlockConverter(InlineConverter inlines, HeadingLabels labels) {
        this.inlines = inlines;
        this.labels = labels;
        this.ids = new HeadingIds(labels::isAuthored);
        this.html = new HtmlBlocks(inlines);
    }

    /** Whether {@code heading}, converted here, takes part in section numbering. */
    boolean isNumbered(org.briefing.model.Heading heading) {
        return !unnumbered.contains(heading);
    }

    /** The blocks among the children of {@code parent}. */
    List<Block> children(Node parent) {
        return children(parent, 0);
    }

    private List<Block> children(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        Node takenCaption = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Node next = child.getNext();
            if (child == takenCaption || TableCaptions.isCaption(child) && next instanceof TableBlock
                    && TableCaptions.adjacent(child, next)) {
                continue; // a table's caption, taken by that table
            }
            if (child instanceof TableBlock block) {
                Node before = child.getPrevious();
                Node caption = before != null && before != takenCaption && TableCaptions.isCaption(before)
                        && TableCaptions.adjacent(before, child) ? before
                        : next != null && TableCaptions.isCaption(next) && TableCaptions.adjacent(child, next) ? next
                        : null;
                takenCaption = caption == next ? next : takenCaption;
                Table table = table(block);
                out.add(caption == null ? table : TableCaptions.captioned(table, caption, inlines));
                continue;
            }
            convert(child, depth, out);
        }
        return out;
    }

    private void convert(Node node, int depth, List<Block> out) {
        if (depth >= Nesting.MAX_DEPTH && isContainer(node)) {
            inlines.warnFlattened(node, "block quotes or lists", Nesting.MAX_DEPTH);
            dissolve(node, out);
            return;
        }
        if (node instanceof Heading heading) {
            List<Inline> content = labels.content(heading, inlines);
            String id = labels.id(heading);
            var converted = new org.briefing.model.Heading(heading.getLevel(), content,
                    id.isEmpty() ? ids.next(PlainText.of(content)) : id);
            if (!labels.numbered(heading)) {
                unnumbered.add(converted);
            }
            out.add(converted);
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, out);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            ListBlock list = (ListBlock) node;
            boolean ordered = node instanceof OrderedList;
            int start = ordered ? ((OrderedList) node).getStartNumber() : 1;
            List<org.briefing.model.ListItem> items = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListItem item) {
                    items.add(new org.briefing.model.ListItem(task(item), children(item, depth + 1)));
                }
            }
            out.add(new org.briefing.model.ListBlock(ordered, start, list.isTight(), items));
        } else if (node instanceof BlockQuote) {
            out.add(new org.briefing.model.BlockQuote(children(node, depth + 1)));
        } else if (node instanceof FencedCodeBlock fenced) {
            // A character reference in the info string could spell a control character; no output can hold it.
            String info = org.briefing.model.Characters.withoutForbidden(fenced.getInfo().unescape()).trim();
            String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
            out.add(new CodeBlock(language, stripFinalNewline(fenced.getContentChars().toString())));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(new CodeBlock("", stripFinalNewline(code.getContentChars().toString())));
        } else if (node instanceof ThematicBreak) {
            out.add(new org.briefing.model.ThematicBreak());
        } else if (node instanceof TableBlock table) {
            out.add(table(table));
        } else if (node instanceof HtmlBlockBase) {
            html.convert(stripFinalNewline(node.getChars().toString()), node.getStartOffset(), inlines.line(node), out);
        } else if (node instanceof Reference reference && !isValid(reference)) {
            out.add(new org.briefing.model.Paragraph(List.of(new org.briefing.model.Text(node.getChars().toString().strip()))));
        } else if (node instanceof FootnoteBlock || node instanceof Reference) {
            return; // definitions are collected separately; link references are resolved inline
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                convert(child, depth, out);
            }
        }
    }

    /**
     * CommonMark needs white space between a definition's destination and its title; Flexmark accepts
     * {@code [foo]: <bar>(baz)}, which the spec says is a paragraph. Such text is kept as written.
     */
    private static boolean isValid(Reference reference) {
        if (reference.getTitleOpeningMarker().isEmpty()) {
            return true;
        }
        int urlEnd = reference.getUrlClosingMarker().isEmpty() ? reference.getUrl().getEndOffset()
                : reference.getUrlClosingMarker().getEndOffset();
        return reference.getTitleOpeningMarker().getStartOffset() > urlEnd;
    }

    /**
     * A paragraph; one holding only an image (with its attributes) is a figure, and one holding only
     * {@code \newpage} or {@code \pagebreak} (pandoc's habit, from LaTeX) a page break.
     */
    private void paragraph(Paragraph paragraph, List<Block> out) {
        String raw = paragraph.getChars().toString().strip();
        if (raw.equals("\\newpage") || raw.equals("\\pagebreak")) {
            out.add(new PageBreak(inlines.line(paragraph)));
            return;
        }
        List<Inline> content = inlines.children(paragraph);
        if (content.size() == 1 && content.get(0) instanceof org.briefing.model.Image image) {
            out.add(inlines.labels(image).figure(image));
        } else if (!content.isEmpty()) {
            out.add(new org.briefing.model.Paragraph(content));
        }
    }

    private static org.briefing.model.ListItem.TaskState task(ListItem item) {
        if (item instanceof TaskListItem task) {
            return task.isItemDoneMarker() ? org.briefing.model.ListItem.TaskState.DONE
                    : org.briefing.model.ListItem.TaskState.OPEN;
        }
        return org.briefing.model.ListItem.TaskState.NONE;
    }

    private Table table(TableBlock block) {
        List<List<List<Inline>>> head = new ArrayList<>();
        List<List<List<Inline>>> body = new ArrayList<>();
        List<Table.Alignment> alignments = new ArrayList<>();
        List<Inline> captionContent = List.of();
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) {
                continue;
            }
            if (section instanceof TableCaption caption) {
                captionContent = inlines.children(caption);
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Inline>> cells = new ArrayList<>();
                boolean header = false;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        header |= tableCell.isHeader();
                        cells.add(inlines.children(tableCell));
                        if (tableCell.isHeader() && alignments.size() < cells.size()) {
                            alignments.add(alignment(tableCell.getAlignment()));
                        }
                    }
                }
                (header ? head : body).add(cells);
            }
        }
        int columns = alignments.size();
        // MultiMarkdown's "[caption]" line under a table, which Flexmark reads, captions it as pandoc's would.
        return new Table(alignments, rows(head, columns), rows(body, columns), captionContent, List.of(), "");
    }

    private static List<org.briefing.model.TableRow> rows(List<List<List<Inline>>> rows, int columns) {
        List<org.briefing.model.TableRow> result = new ArrayList<>();
        for (List<List<Inline>> cells : rows) {
            List<List<Inline>> fitted = new ArrayList<>(cells.subList(0, Math.min(columns, cells.size())));
            while (fitted.size() < columns) {
                fitted.add(List.of());
            }
            result.add(new org.briefing.model.TableRow(fitted));
        }
        return result;
    }

    private static Table.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Table.Alignment.NONE;
        }
        return switch (alignment) {
            case LEFT -> Table.Alignment.LEFT;
            case CENTER -> Table.Alignment.CENTER;
            case RIGHT -> Table.Alignment.RIGHT;
        };
    }

    private static boolean isContainer(Node node) {
        return node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem;
    }

    /** Keeps the leaf blocks of a too-deep subtree, walking it with an explicit stack. */
    private void dissolve(Node root, List<Block> out) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (isContainer(node)) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    stack.push(child);
                }
            } else {
                convert(node, 0, out);
            }
        }
    }

    private static String stripFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}

package org.briefing.read.build;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Inline;
import org.briefing.model.Table;
import org.briefing.model.Text;

/**
 * Pandoc's table captions: a paragraph starting {@code Table:} or {@code :} just before or after a pipe table
 * (one blank line between at most) captions it, and may end in attributes: {@code {#tbl:routes}} labels the
 * table, {@code tbl-colwidths="[10,60,30]"} (Quarto) sets each column's share of the measure.
 */
final class TableCaptions {
    private static final Pattern PREFIX = Pattern.compile("(?:[Tt]able)?:[ \\t]+");
    /** Rounding may leave authored percentages a little off 100. */
    private static final double SUM_TOLERANCE = 1;

    private TableCaptions() {
    }

    /** Whether {@code node} is a paragraph written as a table caption. */
    static boolean isCaption(Node node) {
        return node instanceof Paragraph && PREFIX.matcher(node.getChars()).lookingAt();
    }

    /** Whether {@code second} follows {@code first} with at most one blank line between. */
    static boolean adjacent(Node first, Node second) {
        var document = first.getDocument();
        int firstEnd = document.getLineNumber(Math.max(first.getStartOffset(), first.getEndOffset() - 1));
        return document.getLineNumber(second.getStartOffset()) - firstEnd <= 2;
    }

    /** {@code table} with the caption, label and column widths the caption paragraph {@code caption} gives. */
    static Table captioned(Table table, Node caption, InlineConverter inlines) {
        BasedSequence chars = caption.getDocument().getChars();
        int start = caption.getStartOffset();
        int end = start + caption.getChars().trimEnd().length();
        int open = AttributeList.lastCandidate(chars, start, end);
        AttributeList attributes = null;
        if (open >= 0) {
            AttributeList parsed = AttributeList.parse(chars, open, end, inlines::errorAt);
            attributes = parsed.end() == end ? parsed : null;
        }
        List<Inline> content = attributes == null ? inlines.children(caption)
                : inlines.childrenSkipping(caption, attributes.start(), attributes.end());
        List<Double> widths = List.of();
        String id = "";
        if (attributes != null) {
            id = attributes.id();
            AttributeList.Value value = attributes.get("tbl-colwidths");
            widths = value == null ? List.of() : widths(value, table.columns(), inlines::errorAt);
        }
        return new Table(table.alignments(), table.head(), table.body(), trimmed(content), widths, id);
    }

    /** The caption's inlines without the {@code Table:} prefix and the space before its attributes. */
    private static List<Inline> trimmed(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        if (!out.isEmpty() && out.get(0) instanceof Text first) {
            Matcher prefix = PREFIX.matcher(first.text());
            String rest = prefix.lookingAt() ? first.text().substring(prefix.end()) : first.text();
            rest = rest.stripLeading();
            if (rest.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new Text(rest));
            }
        }
        return HeadingLabels.trimEnd(out);
    }

    /** Quarto's {@code tbl-colwidths="[10,60,30]"} as fractions of the measure summing to 1. */
    static List<Double> widths(AttributeList.Value value, int columns, SourceErrors errors) {
        String text = value.text().strip();
        if (!text.startsWith("[") || !text.endsWith("]")) {
            throw errors.at(value.offset(), "tbl-colwidths=" + value.text()
                    + " is not a list of percentages; write e.g. tbl-colwidths=\"[10,60,30]\"");
        }
        String[] items = text.substring(1, text.length() - 1).split(",", -1);
        if (items.length != columns) {
            throw errors.at(value.offset(), "tbl-colwidths gives " + items.length + " width"
                    + (items.length == 1 ? "" : "s") + " for a table of " + columns + " column"
                    + (columns == 1 ? "" : "s"));
        }
        List<Double> percents = new ArrayList<>();
        double sum = 0;
        int at = value.text().indexOf('[') + 1;
        for (String item : items) {
            int offset = value.offset() + at + (item.length() - item.stripLeading().length());
            double percent;
            try {
                percent = Double.parseDouble(item.strip());
            } catch (NumberFormatException e) {
                throw errors.at(offset, "'" + item.strip() + "' in tbl-colwidths is not a number");
            }
            if (!(percent > 0) || Double.isInfinite(percent)) {
                throw errors.at(offset, "'" + item.strip() + "' in tbl-colwidths: each width must be greater than 0");
            }
            percents.add(percent);
            sum += percent;
            at += item.length() + 1;
        }
        if (Math.abs(sum - 100) > SUM_TOLERANCE) {
            throw errors.at(value.offset(), "tbl-colwidths adds up to " + format(sum) + ", not 100");
        }
        double total = sum;
        return percents.stream().map(p -> p / total).toList();
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}

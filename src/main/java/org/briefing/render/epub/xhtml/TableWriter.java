package org.briefing.render.epub.xhtml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefing.model.Inline;
import org.briefing.model.Numbers;
import org.briefing.model.PlainText;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.style.Role;

/**
 * Writes a table: its caption (numbered as the PDF numbers it), the author's column widths as a
 * {@code colgroup}, header rows as {@code th scope="col"} in {@code thead}, and alignment and numeric
 * columns as classes.
 */
final class TableWriter {
    /**
     * A cell that reads as a number: digits with separators, and around them signs, currency, percent or
     * parentheses ("−1,200", "(3.5)", "12 %", "$40"). Dates pass too, and their digits should line up as well.
     */
    private static final Pattern NUMBER = Pattern.compile("[-+\u2212\u2013(\\p{Sc}]*\\s?\\d[\\d.,:/\\-\u2009\u202f\u00a0 ]*"
            + "\\s?[%\u2030)\\p{Sc}]*");

    private final PageContext context;
    private final XhtmlWriter out;
    private final InlineWriter inlines;
    private final Captions captions;

    TableWriter(PageContext context, XhtmlWriter out, InlineWriter inlines, Captions captions) {
        this.context = context;
        this.out = out;
        this.inlines = inlines;
        this.captions = captions;
    }

    void write(Table table) {
        boolean keep = table.body().size() <= context.theme().typography().keepTableRows();
        out.start("table", "id", context.links().idOf(table), "class", keep ? BlockWriter.KEEP : null).newline();
        int number = context.theme().tables().numbered() ? context.numbers().of(table) : 0;
        if (captions.write("caption", number > 0 ? Numbers.tableLabel(number, true) : "", table.caption())) {
            out.newline();
        }
        if (!table.columnWidths().isEmpty()) {
            out.start("colgroup");
            for (double share : table.columnWidths()) {
                out.empty("col", "style", SizeStyle.share(share));
            }
            out.end().newline();
        }
        List<String> classes = columnClasses(table);
        if (!table.head().isEmpty()) {
            out.start("thead");
            for (TableRow row : table.head()) {
                row(classes, row, true);
            }
            out.end().newline();
        }
        out.start("tbody");
        for (TableRow row : table.body()) {
            row(classes, row, false);
        }
        out.end().newline().end().newline();
    }

    private void row(List<String> classes, TableRow row, boolean head) {
        out.start("tr");
        List<List<Inline>> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String css = i < classes.size() ? classes.get(i) : null;
            if (head) {
                out.start("th", "scope", "col", "class", css);
                inlines.write(cells.get(i), Role.TABLE_HEADER);
            } else {
                out.start("td", "class", css);
                inlines.write(cells.get(i), Role.TABLE);
            }
            out.end();
        }
        out.end().newline();
    }

    /** Each column's classes: its alignment, and {@code numeric} when every filled body cell is a number. */
    private static List<String> columnClasses(Table table) {
        List<String> classes = new ArrayList<>(table.columns());
        for (int column = 0; column < table.columns(); column++) {
            List<String> names = new ArrayList<>(2);
            Table.Alignment align = table.alignments().get(column);
            if (align != Table.Alignment.NONE) {
                names.add("align-" + align.name().toLowerCase(Locale.ROOT));
            }
            if (numeric(table, column)) {
                names.add("numeric");
            }
            classes.add(names.isEmpty() ? null : String.join(" ", names));
        }
        return classes;
    }

    private static boolean numeric(Table table, int column) {
        boolean any = false;
        for (TableRow row : table.body()) {
            if (column >= row.cells().size()) {
                continue;
            }
            String text = PlainText.of(row.cells().get(column)).strip();
            if (text.isEmpty() || text.equals("\u2014") || text.equals("-")) {
                continue;
            }
            if (!NUMBER.matcher(text).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}

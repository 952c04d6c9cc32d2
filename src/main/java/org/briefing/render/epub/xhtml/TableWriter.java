package org.briefing.render.epub.xhtml;

import java.util.List;
import org.briefing.model.Inline;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.style.Role;

/** Writes a table: header rows as {@code th scope="col"} in {@code thead}, alignment as classes. */
final class TableWriter {
    private final XhtmlWriter out;
    private final InlineWriter inlines;

    TableWriter(XhtmlWriter out, InlineWriter inlines) {
        this.out = out;
        this.inlines = inlines;
    }

    void write(Table table) {
        out.start("table").newline();
        if (!table.head().isEmpty()) {
            out.start("thead");
            for (TableRow row : table.head()) {
                row(table, row, true);
            }
            out.end().newline();
        }
        out.start("tbody");
        for (TableRow row : table.body()) {
            row(table, row, false);
        }
        out.end().newline().end().newline();
    }

    private void row(Table table, TableRow row, boolean head) {
        out.start("tr");
        List<List<Inline>> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            Table.Alignment align = i < table.columns() ? table.alignments().get(i) : Table.Alignment.NONE;
            String css = align == Table.Alignment.NONE ? null : "align-" + align.name().toLowerCase(java.util.Locale.ROOT);
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
}

package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Inline;
import org.briefing.model.Metadata;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureNode;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.style.Role;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.briefing.validate.VeraPdf;
import org.junit.jupiter.api.Test;

/**
 * Tables set with the real fonts: numbers, dates and units never break inside a cell, nothing passes the
 * margin, a table too wide steps its size down, captions come first and numbered, and digits line up.
 */
class TableCompositionTest {
    private static final Theme REPORT = new ThemeLoader(Path.of("styles")).load("report");
    /** A number, a date, a percentage or a unit in brackets: pieces a cell must never break. */
    private static final Pattern UNBREAKABLE = Pattern.compile("[−+]?[0-9][0-9.,%-]*|\\(.*\\)");

    private static TableRow row(String... cells) {
        return new TableRow(Arrays.stream(cells).<List<Inline>>map(c -> List.of(new Text(c))).toList());
    }

    private static List<Table.Alignment> align(String spec) {
        return spec.chars().mapToObj(c -> c == 'r' ? Table.Alignment.RIGHT : Table.Alignment.LEFT).toList();
    }

    private static Table table(String caption, String alignments, TableRow head, TableRow... body) {
        return new Table(align(alignments), List.of(head), List.of(body),
                caption.isEmpty() ? List.of() : List.of(new Text(caption)), List.of(), "");
    }

    private static final Table PRICES = table("Electricity prices by region", "lrrrrl",
            row("Region", "Year", "Price (¢/kWh)", "Reviewed", "Change",
                    "Interconnection capacity and remarks from the regulator's latest review"),
            row("North", "2019", "10", "2024-03-01", "+1.2%", "Two lines to the south, one planned"),
            row("South", "2020", "12.75", "2023-11-15", "−0.4%", "None"),
            row("East", "2021", "9.5", "2022-07-30", "+12.0%", "A long remark that wraps at spaces inside its column"));

    private static final Table PLANTS = table("", "lrrrrrl",
            row("Plant", "Capacity (MW)", "Output (GWh)", "Factor (%)", "Price (¢/kWh)", "Commissioned", "Operator"),
            row("Kori-2", "650", "4,912", "86.3", "5.61", "1983-07-25", "KHNP"),
            row("Hanbit-1", "950", "17,211", "86.7", "5.48", "1986-08-25", "KHNP"),
            row("Wolsong-3", "700", "5,330", "86.9", "16.02", "1998-07-01", "KHNP"));

    private static final Table WIDE = table("Every unit", "lrrrrrrrrll",
            row("Station", "Unit", "Capacity (MW)", "Output (GWh)", "Factor (%)", "Price (¢/kWh)", "Commissioned",
                    "Reviewed", "Decommissioning", "Operator", "Region"),
            row("Kori", "2", "650", "4,912", "86.3", "5.61", "1983-07-25", "2024-03-01", "2023-04-08", "KHNP",
                    "Busan"),
            row("Hanbit", "1", "950", "7,211", "86.7", "5.48", "1986-08-25", "2023-11-15", "2025-12-22", "KHNP",
                    "Yeonggwang"));

    private static RenderJob job(List<Block> blocks) {
        Document doc = new Document("tables.md", Metadata.titled("Tables"), blocks, List.of());
        return new RenderJob(doc, REPORT, image -> new byte[0], w -> { },
                RenderOptions.defaults().withTimestamp(PdfFixtures.TIME));
    }

    private static LaidOutDocument layout(List<Block> blocks) {
        RenderJob job = job(blocks);
        return new PdfRenderer().layoutWithStructure(job, new FontLibrary(job.theme()));
    }

    private static List<TextItem> texts(Page page, StructureRole... roles) {
        List<StructureRole> wanted = List.of(roles);
        List<TextItem> out = new ArrayList<>();
        for (PageItem item : page.items()) {
            if (item instanceof TextItem t && wanted.contains(t.role())) {
                out.add(t);
            }
        }
        return out;
    }

    private static final List<Block> ALL = List.of(new Paragraph(List.of(new Text("Prices and plants."))),
            PRICES, PLANTS, WIDE);

    @Test
    void noNumberDateOrUnitIsBrokenInsideACell() {
        LaidOutDocument doc = layout(ALL);
        // Each cell's lines, as text, by the cell's structure id.
        Map<Integer, Map<Double, StringBuilder>> lines = new TreeMap<>();
        for (Page page : doc.pages()) {
            for (TextItem t : texts(page, StructureRole.TABLE_CELL, StructureRole.TABLE_HEADER_CELL)) {
                StringBuilder line = lines.computeIfAbsent(t.blockId(), k -> new TreeMap<>())
                        .computeIfAbsent(page.number() * 1e4 + t.baseline(), k -> new StringBuilder());
                line.append(t.fragment().text().text()).append(t.spaceWidth() > 0 ? " " : "");
            }
        }
        List<String> words = new ArrayList<>();
        lines.values().forEach(cell -> cell.values().forEach(l -> words.addAll(List.of(l.toString().split(" ")))));
        for (Table table : List.of(PRICES, PLANTS, WIDE)) {
            for (TableRow row : concat(table.head(), table.body())) {
                for (List<Inline> cell : row.cells()) {
                    for (String word : ((Text) cell.get(0)).text().split(" ")) {
                        if (UNBREAKABLE.matcher(word).matches()) {
                            assertTrue(words.contains(word), word + " is set whole on one line; lines: " + words);
                        }
                    }
                }
            }
        }
    }

    @Test
    void nothingPassesTheRightMargin() {
        LaidOutDocument doc = layout(ALL);
        double right = REPORT.page().width() - REPORT.page().marginRight();
        double left = REPORT.page().marginLeft();
        for (Page page : doc.pages()) {
            for (TextItem t : texts(page, StructureRole.TABLE_CELL, StructureRole.TABLE_HEADER_CELL,
                    StructureRole.CAPTION)) {
                assertTrue(t.x() >= left - 0.01 && t.right() <= right + 0.01,
                        t.fragment().text().text() + " spans " + t.x() + "–" + t.right() + " on a measure to " + right);
            }
        }
    }

    @Test
    void aTableTooWideStepsItsSizeDownButNotBelowTheThemeFloor() {
        double base = REPORT.style(Role.TABLE).size();
        double floor = REPORT.tables().minSize();
        List<TextItem> wide = texts(layout(List.of(WIDE)).pages().get(0), StructureRole.TABLE_CELL);
        List<TextItem> plants = texts(layout(List.of(PLANTS)).pages().get(0), StructureRole.TABLE_CELL);
        double wideSize = wide.get(0).fragment().size();
        assertTrue(wideSize < base && wideSize >= floor - 1e-9, "the wide table is set at " + wideSize);
        assertEquals(base, plants.get(0).fragment().size(), 1e-9, "a table that fits keeps the theme's size");
    }

    @Test
    void theNumberedCaptionComesFirstAndIsTheTablesFirstChild() {
        LaidOutDocument doc = layout(ALL);
        Page page = doc.pages().get(0);
        List<TextItem> captions = texts(page, StructureRole.CAPTION);
        String first = text(captions, captions.get(0).baseline());
        assertEquals("Table 1. Electricity prices by region", first);
        // The uncaptioned second table is still numbered; the third is "Table 3".
        assertTrue(captions.stream().anyMatch(t -> t.fragment().text().text().equals("2")), "Table 2 labelled");
        double firstHeader = texts(page, StructureRole.TABLE_HEADER_CELL).get(0).baseline();
        assertTrue(captions.get(0).baseline() < firstHeader, "the caption is above the table");
        StructureNode caption = doc.structure().stream().filter(n -> n.role() == StructureRole.CAPTION)
                .findFirst().orElseThrow();
        StructureNode table = doc.structure().stream().filter(n -> n.id() == caption.parent()).findFirst().orElseThrow();
        assertEquals(StructureRole.TABLE, table.role());
    }

    @Test
    void digitsInARightAlignedColumnLineUp() {
        // Noto Sans and Charis SIL give every digit one advance and kern no digit pair, so numbers with as many
        // digits after the point end on the same x and their points line up too.
        Page page = layout(List.of(PLANTS)).pages().get(0);
        Map<String, TextItem> byText = new TreeMap<>();
        for (TextItem t : texts(page, StructureRole.TABLE_CELL)) {
            byText.put(t.fragment().text().text(), t);
        }
        TextItem a = byText.get("5.61");
        TextItem b = byText.get("16.02");
        assertEquals(a.right(), b.right(), 1e-6);
        double digit = byText.get("650").fragment().width() / 3;
        assertEquals(digit, b.fragment().width() - a.fragment().width(), 1e-6, "one more digit, one more advance");
        assertEquals(byText.get("4,912").right(), byText.get("17,211").right(), 1e-6);
    }

    @Test
    void aCaptionedTableStaysPdfUa() throws IOException {
        RenderJob job = job(ALL);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new PdfRenderer().render(job, out);
        PdfFixtures.save("tables-captioned.pdf", out.toByteArray());
        assertEquals(List.of(), VeraPdf.failuresUa1(out.toByteArray()));
        assertEquals(List.of(), VeraPdf.failuresA2a(out.toByteArray()));
    }

    private static String text(List<TextItem> items, double baseline) {
        StringBuilder s = new StringBuilder();
        for (TextItem t : items) {
            if (t.baseline() == baseline) {
                s.append(t.fragment().text().text()).append(t.spaceWidth() > 0 ? " " : "");
            }
        }
        return s.toString().strip();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

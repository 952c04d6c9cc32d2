package org.briefing.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The number of every figure and table in a document, counted in reading order from 1 (figures and tables
 * separately, inside lists and quotes too), so that every renderer numbers the same figure alike. Keyed by
 * identity: two figures written alike are still two figures.
 */
public final class Numbers {
    private final Map<Figure, Integer> figures = new IdentityHashMap<>();
    private final Map<Table, Integer> tables = new IdentityHashMap<>();

    private Numbers() {
    }

    /** Numbers the figures and tables of {@code blocks}. */
    public static Numbers of(List<Block> blocks) {
        Numbers numbers = new Numbers();
        new BlockWalker() {
            @Override
            public Void figure(Figure figure) {
                numbers.figures.put(figure, numbers.figures.size() + 1);
                return null;
            }

            @Override
            public Void table(Table table) {
                numbers.tables.put(table, numbers.tables.size() + 1);
                return null;
            }
        }.walk(blocks);
        return numbers;
    }

    /**
     * The label before a numbered figure's caption: "Figure 3." before caption text, "Figure 3" alone. The one
     * copy of the word every renderer prints (issue 19 will take it from the document's language).
     */
    public static String figureLabel(int number, boolean captioned) {
        return "Figure " + number + (captioned ? "." : "");
    }

    /** The label before a numbered table's caption: "Table 1." before caption text, "Table 1" alone. */
    public static String tableLabel(int number, boolean captioned) {
        return "Table " + number + (captioned ? "." : "");
    }

    /** The figure's number, from 1; 0 for a figure not in the document. */
    public int of(Figure figure) {
        return figures.getOrDefault(figure, 0);
    }

    /** The table's number, from 1; 0 for a table not in the document. */
    public int of(Table table) {
        return tables.getOrDefault(table, 0);
    }
}

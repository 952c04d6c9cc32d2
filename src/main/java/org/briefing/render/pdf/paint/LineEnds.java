package org.briefing.render.pdf.paint;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.script.Scripts;

/**
 * Finds the words that end a line inside a block that goes on: the word space there is a line break, not a
 * drawn glyph, so tagged text would run the last word of one line into the first of the next. Those words
 * get an /ActualText with the space. Not at a hyphen break (layout already made the hyphen read as the rest
 * of the word), and not between ideographs, which take no spaces.
 */
final class LineEnds {
    private LineEnds() {
    }

    /** For each such text item, the text to read in its place. */
    static Map<TextItem, String> find(List<Page> pages) {
        Map<TextItem, String> ends = new IdentityHashMap<>();
        // Indexed by block id (small, dense numbers from layout): a map boxed an id for every word.
        TextItem[] lastOfBlock = new TextItem[64];
        Map<Integer, Integer> firstPage = new HashMap<>();
        for (Page page : pages) {
            for (PageItem item : page.items()) {
                if (!(item instanceof TextItem t) || t.blockId() == 0) {
                    continue;
                }
                // A table's header repeated on a later page is an artifact, not more of the same cell.
                if (t.role() == StructureRole.TABLE_HEADER_CELL
                        && firstPage.computeIfAbsent(t.blockId(), id -> page.number()) != page.number()) {
                    continue;
                }
                if (t.role().isArtifact()) {
                    continue;
                }
                int id = t.blockId();
                if (id < 0) { // layout numbers blocks from 1; nothing to join for anything else
                    continue;
                }
                if (id >= lastOfBlock.length) {
                    lastOfBlock = java.util.Arrays.copyOf(lastOfBlock, Math.max(id + 1, lastOfBlock.length * 2));
                }
                TextItem last = lastOfBlock[id];
                lastOfBlock[id] = t;
                // Compared without the rise, so a raised footnote number stays on its word's line. A line-end
                // hyphen already reads as the rest of its word; that rest reads as nothing, so a space after
                // it is all it needs.
                if (last != null && Math.abs(lineOf(last) - lineOf(t)) > 0.5 && last.spaceWidth() == 0
                        && (last.actualText() == null || last.actualText().isEmpty())
                        && joins(last.fragment().text().text(), t.fragment().text().text())) {
                    ends.put(last, (last.actualText() == null ? last.fragment().text().text() : "") + " ");
                }
            }
        }
        return ends;
    }

    private static double lineOf(TextItem t) {
        return t.baseline() + t.fragment().rise();
    }

    private static boolean joins(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        int end = before.codePointBefore(before.length());
        int start = after.codePointAt(0);
        return !Character.isWhitespace(end) && !Character.isWhitespace(start) && !Scripts.isCjk(end)
                && !Scripts.isCjk(start);
    }
}

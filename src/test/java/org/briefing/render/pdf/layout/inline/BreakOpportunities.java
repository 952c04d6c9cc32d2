package org.briefing.render.pdf.layout.inline;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.TreeSet;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.style.Align;
import org.briefing.style.Color;

/**
 * Where a line may break in a string, by our paragraph builder's rules and by ICU's UAX #14 line breaker,
 * as offsets of the character that would start the next line (ICU's convention: after the spaces).
 */
final class BreakOpportunities {
    private static final ParagraphStyle STYLE = new ParagraphStyle(new FontKey("serif", false, false), "mono", 10,
            12, Color.BLACK, Color.BLACK, Align.JUSTIFY, StructureRole.PARAGRAPH, 1, false, 0);
    private final ParagraphBuilder builder = new ParagraphBuilder(new FixedWidthMeasurer(), Hyphenation.NONE);
    private final BreakIterator icu = BreakIterator.getLineInstance(ULocale.ROOT);

    /** Our break opportunities: spaces, dashes, slashes, CJK, zero-width spaces and soft hyphens. */
    TreeSet<Integer> ours(String text) {
        Span span = new Span(Span.Kind.TEXT, text, false, false, false, null, 0, "", null);
        List<Item> items = builder.build(List.of(span), STYLE, 1e9).items();
        TreeSet<Integer> breaks = new TreeSet<>();
        int cursor = 0;
        boolean pending = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof Box box && box.fragment() != null) {
                String piece = box.fragment().text().text();
                int at = text.indexOf(piece, cursor);
                if (at < 0) {
                    throw new IllegalStateException("box '" + piece + "' not found in '" + text + "' after " + cursor);
                }
                if (pending && at > 0) {
                    breaks.add(at);
                }
                pending = false;
                cursor = at + piece.length();
            } else if (item instanceof Glue && i > 0 && items.get(i - 1) instanceof Box
                    || item instanceof Penalty p && p.penalty() < Penalty.FORBID && p.penalty() > Penalty.FORCE) {
                pending = true;
            }
        }
        return breaks;
    }

    /** ICU's UAX #14 break opportunities (mandatory breaks included), without the text's end. */
    TreeSet<Integer> icu(String text) {
        icu.setText(text);
        TreeSet<Integer> breaks = new TreeSet<>();
        for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
            if (b < text.length()) {
                breaks.add(b);
            }
        }
        return breaks;
    }
}

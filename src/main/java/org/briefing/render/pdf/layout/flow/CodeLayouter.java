package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.CodeBlock;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.render.pdf.layout.inline.TextMeasurer;
import org.briefing.style.Role;

/**
 * Sets a code block: monospaced, never justified, on a shaded background. Lines longer than the column
 * wrap (at a space when one is near, else anywhere) and continuation lines start with a marker, so
 * nothing is ever clipped.
 */
final class CodeLayouter {
    private static final String MARKER = "\u21aa ";
    private static final double PADDING = 6;
    private final StyleSheet styles;
    private final TextMeasurer measurer;
    private final FlowWriter out;

    CodeLayouter(StyleSheet styles, TextMeasurer measurer, FlowWriter out) {
        this.styles = styles;
        this.measurer = measurer;
        this.out = out;
    }

    /** Lays out one code block in the frame. */
    void layout(CodeBlock block, Column outer, int blockId) {
        Column frame = outer.shaded(styles.shade(), PADDING);
        ParagraphStyle style = styles.paragraph(Role.CODE, StructureRole.CODE, blockId);
        double charWidth = Math.max(0.1, measurer.shape("0", style.font()).width(style.size()));
        ShapedText marker = measurer.shape(MARKER, style.font());
        double markerWidth = marker.width(style.size());
        int firstMax = Math.max(1, (int) Math.floor(frame.width() / charWidth));
        int nextMax = Math.max(1, (int) Math.floor((frame.width() - markerWidth) / charWidth));
        out.emit(frame, PADDING * 0.7, List.of(), style.baselineOffset(), false, List.of(), 0, blockId);
        for (String source : block.code().split("\n", -1)) {
            String line = source.replace("\t", "    ").stripTrailing();
            boolean first = true;
            do {
                int max = first ? firstMax : nextMax;
                int cut = cutPoint(line, max);
                String piece = line.substring(0, cut);
                line = line.substring(cut);
                List<PageItem> items = new ArrayList<>();
                double x = frame.left();
                double baseline = style.baselineOffset();
                if (!first) {
                    Fragment m = new Fragment(marker, marker, style.size(), styles.muted(), StructureRole.CODE_MARKER,
                            blockId, 0, null, null, false, 0);
                    items.add(new TextItem(x, baseline, m, 0));
                    x += markerWidth;
                }
                if (!piece.isEmpty()) {
                    ShapedText shaped = measurer.shape(piece, style.font());
                    Fragment f = new Fragment(shaped, shaped, style.size(), style.color(), StructureRole.CODE, blockId,
                            0, null, null, false, 0);
                    items.add(new TextItem(x, baseline, f, 0));
                }
                out.emit(frame, style.leading(), items, baseline, false, List.of(), 0, blockId);
                first = false;
            } while (!line.isEmpty());
        }
        out.emit(frame, PADDING * 0.7, List.of(), style.baselineOffset(), false, List.of(), 0, blockId);
    }

    /** Where to cut a line to at most {@code max} characters: after a late space, else at the limit. */
    static int cutPoint(String line, int max) {
        if (line.codePointCount(0, line.length()) <= max) {
            return line.length();
        }
        int limit = line.offsetByCodePoints(0, max);
        int space = line.lastIndexOf(' ', limit - 1);
        if (space >= limit * 2 / 3 && space > 0) {
            return space + 1;
        }
        return limit;
    }
}

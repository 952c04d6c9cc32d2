package org.briefing.render.pdf.layout.frame;

import org.briefing.style.Color;

/**
 * A filled rectangle: rules, table borders, backgrounds, quote bars, strike-through lines, placeholder
 * boxes (when {@code outline} is true only its outline is stroked).
 */
public record RuleItem(double x, double y, double width, double height, Color color, boolean outline,
                       StructureRole role, int blockId) implements PageItem {
    @Override
    public RuleItem shifted(double dy) {
        return new RuleItem(x, y + dy, width, height, color, outline, role, blockId);
    }
}

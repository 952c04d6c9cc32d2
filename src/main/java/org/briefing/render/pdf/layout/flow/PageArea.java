package org.briefing.render.pdf.layout.flow;

import org.briefing.style.PageSetup;

/** The paper and its text area in points (top-left origin, y downwards). */
public record PageArea(double width, double height, double left, double top, double textWidth,
                       double textHeight) {
    /** The area of a theme's page setup. */
    public static PageArea of(PageSetup page) {
        return new PageArea(page.width(), page.height(), page.marginLeft(), page.marginTop(), page.textWidth(),
                page.textHeight());
    }

    public double bottom() {
        return top + textHeight;
    }
}

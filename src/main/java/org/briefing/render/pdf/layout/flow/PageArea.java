package org.briefing.render.pdf.layout.flow;

import org.briefing.style.PageSetup;

/** The paper and its text area in points (top-left origin, y downwards). */
record PageArea(double width, double height, double left, double top, double textWidth,
                double textHeight) {
    /** The area of a theme's page setup. */
    static PageArea of(PageSetup page) {
        return new PageArea(page.width(), page.height(), page.marginLeft(), page.marginTop(), page.textWidth(),
                page.textHeight());
    }

    double bottom() {
        return top + textHeight;
    }
}

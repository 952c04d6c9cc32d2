package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.model.Metadata;
import org.briefing.render.HumanDate;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.frame.TextItem;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.TextMeasurer;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;

/**
 * The parts of a memo that come from front matter and theme rather than the body: the banner at the
 * top and bottom of every page, the running header from page 2 on, and the footer with "Page n of N".
 */
final class MemoFurniture {
    private final StyleSheet styles;
    private final TextMeasurer measurer;
    private final PageArea area;
    private final Metadata meta;

    MemoFurniture(StyleSheet styles, TextMeasurer measurer, PageArea area, Metadata meta) {
        this.styles = styles;
        this.measurer = measurer;
        this.area = area;
        this.meta = meta;
    }

    /** The furniture of page {@code n} of {@code total}. */
    List<PageItem> page(int n, int total) {
        List<PageItem> items = new ArrayList<>();
        double top = area.top();
        double bottom = area.height() - area.bottom();
        if (!meta.distribution().isBlank()) {
            items.add(text(meta.distribution(), Role.BANNER, StructureRole.ARTIFACT_BANNER, top * 0.36, Pos.CENTER));
            items.add(text(meta.distribution(), Role.BANNER, StructureRole.ARTIFACT_BANNER,
                    area.height() - bottom * 0.24, Pos.CENTER));
        }
        if (n >= 2) {
            double baseline = top * 0.62;
            items.add(text(meta.shortTitle(), Role.HEADER, StructureRole.ARTIFACT_HEADER, baseline, Pos.LEFT));
            String right = join(meta.kind(), HumanDate.of(meta.date(), meta.lang()));
            if (!right.isEmpty()) {
                items.add(text(right, Role.HEADER, StructureRole.ARTIFACT_HEADER, baseline, Pos.RIGHT));
            }
            items.add(new RuleItem(area.left(), baseline + 4, area.textWidth(), 0.4, styles.rule(), false,
                    StructureRole.ARTIFACT_HEADER, 0));
        }
        double footer = area.height() - bottom * 0.55;
        items.add(new RuleItem(area.left(), footer - 10, area.textWidth(), 0.4, styles.rule(), false,
                StructureRole.ARTIFACT_FOOTER, 0));
        String page = "Page " + n + " of " + total;
        items.add(text(join(meta.organization(), page), Role.FOOTER, StructureRole.ARTIFACT_FOOTER, footer,
                Pos.LEFT));
        return items;
    }

    private static String join(String a, String b) {
        if (a.isBlank()) {
            return b;
        }
        return b.isBlank() ? a : a + " \u00b7 " + b;
    }

    private enum Pos { LEFT, CENTER, RIGHT }

    private TextItem text(String text, Role role, StructureRole structure, double baseline, Pos pos) {
        TextStyle s = styles.raw(role);
        String shown = s.uppercase() ? text.toUpperCase(Locale.ROOT) : text;
        FontKey font = new FontKey(s.font(), s.bold(), s.italic());
        ShapedText shaped = measurer.shape(shown, font);
        Fragment f = new Fragment(shaped, measurer.shape(" ", font), s.size(), s.color(), structure, 0, 0, null,
                null, false, s.letterSpacing());
        double w = f.width() - s.letterSpacing();
        double x = switch (pos) {
            case LEFT -> area.left();
            case CENTER -> area.left() + (area.textWidth() - w) / 2;
            case RIGHT -> area.left() + area.textWidth() - w;
        };
        return new TextItem(x, baseline, f, 0);
    }
}

package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Heading;
import org.briefing.model.Metadata;
import org.briefing.model.Participant;
import org.briefing.model.Text;
import org.briefing.render.HumanDate;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.InlineFlattener;
import org.briefing.render.pdf.layout.inline.Span;
import org.briefing.style.Role;

/** The letterhead block on page 1 and the participants block after the body, from front matter. */
final class MemoFrontMatter {
    private final StyleSheet styles;
    private final BlockLayouter blocks;
    private final FlowWriter out;
    private final BlockIds ids;

    MemoFrontMatter(StyleSheet styles, BlockLayouter blocks, FlowWriter out, BlockIds ids) {
        this.styles = styles;
        this.blocks = blocks;
        this.out = out;
        this.ids = ids;
    }

    /** Organization with an accent rule, kind, title, subtitle, date, place and authors. */
    void letterhead(Metadata meta, Column frame) {
        if (!meta.organization().isBlank()) {
            line(meta.organization(), Role.LETTERHEAD, StructureRole.LETTERHEAD, frame);
            int id = ids.next();
            out.emit(frame, 6, List.of(new RuleItem(frame.left(), 2.5, frame.width(), 1.6, styles.accent(), false,
                    StructureRole.RULE, id)), 0, true, List.of(), 0, id);
        }
        if (!meta.kind().isBlank()) {
            out.space(styles.raw(Role.KIND).spaceBefore(), frame);
            line(meta.kind(), Role.KIND, StructureRole.KIND, frame);
        }
        out.space(styles.raw(Role.TITLE).spaceBefore(), frame);
        line(meta.title(), Role.TITLE, StructureRole.TITLE, frame);
        out.space(styles.raw(Role.TITLE).spaceAfter(), frame);
        if (!meta.subtitle().isBlank()) {
            line(meta.subtitle(), Role.SUBTITLE, StructureRole.SUBTITLE, frame);
            out.space(styles.raw(Role.SUBTITLE).spaceAfter(), frame);
        }
        List<String> parts = new ArrayList<>();
        if (!meta.date().isBlank()) {
            parts.add(HumanDate.of(meta.date(), meta.lang()));
        }
        if (!meta.place().isBlank()) {
            parts.add(meta.place());
        }
        if (!meta.authors().isEmpty()) {
            parts.add("By " + String.join(", ", meta.authors()));
        }
        if (!parts.isEmpty()) {
            line(String.join("  \u00b7  ", parts), Role.META, StructureRole.META, frame);
        }
        int id = ids.next();
        out.space(4, frame);
        out.emit(frame, 2, List.of(new RuleItem(frame.left(), 0.5, frame.width(), 0.5, styles.rule(), false,
                StructureRole.RULE, id)), 0, false, List.of(), 0, id);
        out.space(styles.raw(Role.META).spaceAfter(), frame);
    }

    /** A "Participants" section: each name in bold with the bio below, on a shaded panel. */
    void participants(List<Participant> people, Column frame) {
        if (people.isEmpty()) {
            return;
        }
        blocks.layout(List.of(new Heading(1, List.of(new Text("Participants")), "participants")), frame, null);
        Column panel = frame.shaded(styles.shade(), 9);
        int panelId = ids.next();
        out.emit(panel, 8, List.of(), 0, true, List.of(), 0, panelId);
        for (int i = 0; i < people.size(); i++) {
            Participant p = people.get(i);
            if (i > 0) {
                out.emit(panel, styles.raw(Role.PARTICIPANT_BIO).spaceAfter() + 2, List.of(), 0, false, List.of(),
                        0, panelId);
            }
            int id = ids.open(StructureRole.PARTICIPANT_NAME, 0);
            blocks.paragraph(spans(p.name()), styles.paragraph(Role.PARTICIPANT_NAME, StructureRole.PARTICIPANT_NAME,
                    id), panel, true, null);
            if (!p.bio().isBlank()) {
                blocks.paragraph(spans(p.bio()), styles.paragraph(Role.PARTICIPANT_BIO, StructureRole.PARTICIPANT_BIO,
                        ids.open(StructureRole.PARTICIPANT_BIO, 0)), panel, false, null);
            }
        }
        out.emit(panel, 8, List.of(), 0, false, List.of(), 0, panelId);
    }

    private void line(String text, Role role, StructureRole structure, Column frame) {
        blocks.paragraph(spans(text), styles.paragraph(role, structure, ids.open(structure, 0)), frame, true, null);
    }

    private static List<Span> spans(String text) {
        return InlineFlattener.flatten(List.of(new Text(text)));
    }
}

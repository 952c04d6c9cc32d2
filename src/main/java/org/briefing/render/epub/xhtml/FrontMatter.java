package org.briefing.render.epub.xhtml;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Metadata;
import org.briefing.render.HumanDate;
import org.briefing.model.Participant;
import org.briefing.style.Role;

/** Writes the title page's front matter (letterhead, banner, kind, title, subtitle, date line) and participants. */
final class FrontMatter {
    /** The id of the participants heading on the title page. */
    static final String PARTICIPANTS_ID = "front-participants";

    private FrontMatter() {
    }

    static void titleBlock(PageContext context, Metadata meta, XhtmlWriter out) {
        out.start("section", "epub:type", "titlepage", "class", "titlepage", "aria-label", "Title page").newline();
        line(context, out, Role.LETTERHEAD, "p", "letterhead", meta.organization());
        line(context, out, Role.BANNER, "p", "banner", meta.distribution());
        line(context, out, Role.KIND, "p", "kind", meta.kind());
        line(context, out, Role.TITLE, "h1", "title", meta.title());
        line(context, out, Role.SUBTITLE, "p", "subtitle", meta.subtitle());
        List<String> facts = new ArrayList<>();
        if (!meta.date().isBlank()) {
            facts.add(HumanDate.of(meta.date(), meta.lang()));
        }
        if (!meta.place().isBlank()) {
            facts.add(meta.place());
        }
        if (!meta.authors().isEmpty()) {
            facts.add(String.join(", ", meta.authors()));
        }
        line(context, out, Role.META, "p", "meta", String.join(" \u00b7 ", facts));
        out.end().newline();
    }

    static void participants(PageContext context, Metadata meta, XhtmlWriter out) {
        if (meta.participants().isEmpty()) {
            return;
        }
        out.start("section", "class", "participants", "aria-labelledby", PARTICIPANTS_ID).newline();
        line(context, out, Role.H2, "h2", null, "Participants", PARTICIPANTS_ID);
        out.start("dl").newline();
        for (Participant p : meta.participants()) {
            line(context, out, Role.PARTICIPANT_NAME, "dt", "participant-name", p.name());
            if (p.bio().isBlank()) {
                line(context, out, Role.PARTICIPANT_BIO, "dd", "participant-bio", "\u2014");
            } else {
                line(context, out, Role.PARTICIPANT_BIO, "dd", "participant-bio", p.bio());
            }
        }
        out.end().newline().end().newline();
    }

    private static void line(PageContext context, XhtmlWriter out, Role role, String tag, String css, String text) {
        line(context, out, role, tag, css, text, null);
    }

    private static void line(PageContext context, XhtmlWriter out, Role role, String tag, String css, String text,
                             String id) {
        if (text.isBlank()) {
            return;
        }
        context.shown(role, false, false, text);
        out.start(tag, "class", css, "id", id).text(text).end().newline();
    }
}

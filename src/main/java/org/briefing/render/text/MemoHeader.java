package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.model.Metadata;
import org.briefing.model.Participant;
import org.briefing.render.HumanDate;
import org.briefing.style.Role;
import org.briefing.style.Theme;

/**
 * The front matter as text: a letterhead block (organization, kind, title, subtitle, date line,
 * distribution banner) and the participants list. Capitals, bold and italics follow the theme's roles.
 */
final class MemoHeader {
    private final TextCanvas canvas;
    private final Theme theme;
    private final int width;

    MemoHeader(TextCanvas canvas, Theme theme, int width) {
        this.canvas = canvas;
        this.theme = theme;
        this.width = width;
    }

    /** Writes the header block. */
    void header(Metadata meta) {
        if (!meta.organization().isBlank()) {
            text(meta.organization(), Role.LETTERHEAD, 0);
            canvas.line("", StyledLine.of("═".repeat(width), AnsiStyle.PLAIN));
        }
        if (!meta.kind().isBlank()) {
            text(meta.kind(), Role.KIND, AnsiStyle.DIM);
        }
        text(meta.title(), Role.TITLE, 0);
        if (!meta.subtitle().isBlank()) {
            text(meta.subtitle(), Role.SUBTITLE, 0);
        }
        List<String> facts = new ArrayList<>();
        if (!meta.place().isBlank()) {
            facts.add(meta.place());
        }
        if (!meta.date().isBlank()) {
            facts.add(HumanDate.of(meta.date(), meta.lang()));
        }
        if (!meta.authors().isEmpty()) {
            facts.add("By " + String.join(", ", meta.authors()));
        }
        if (!facts.isEmpty()) {
            canvas.blank("");
            text(String.join(" · ", facts), Role.META, AnsiStyle.DIM);
        }
        if (!meta.distribution().isBlank()) {
            canvas.blank("");
            String banner = transform(meta.distribution(), Role.BANNER);
            for (StyledLine line : WordWrapper.wrap(List.of(new Span(banner, style(Role.BANNER, 0))), width)) {
                canvas.line("", line.padLeft((width + line.width()) / 2));
            }
        }
        canvas.line("", StyledLine.of("─".repeat(width), AnsiStyle.PLAIN));
    }

    /** Writes the participants: each name, then the biography indented under it. */
    void participants(List<Participant> participants) {
        for (Participant p : participants) {
            canvas.blank("");
            text(p.name(), Role.PARTICIPANT_NAME, 0);
            String bio = InlineFlattener.clean(p.bio()).strip();
            if (!bio.isEmpty()) {
                for (StyledLine line : WordWrapper.wrap(List.of(new Span(bio, style(Role.PARTICIPANT_BIO, 0))), width - 2)) {
                    canvas.line("  ", line);
                }
            }
        }
    }

    private void text(String text, Role role, int extraStyle) {
        String shown = transform(InlineFlattener.clean(text).strip(), role);
        for (StyledLine line : WordWrapper.wrap(List.of(new Span(shown, style(role, extraStyle))), width)) {
            canvas.line("", line);
        }
    }

    private String transform(String text, Role role) {
        return theme.style(role).uppercase() ? text.toUpperCase(Locale.ROOT) : text;
    }

    private int style(Role role, int extra) {
        org.briefing.style.TextStyle style = theme.style(role);
        return extra | (style.bold() ? AnsiStyle.BOLD : 0) | (style.italic() ? AnsiStyle.ITALIC : 0);
    }
}

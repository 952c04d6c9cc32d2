package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the terminal output. Blank lines are requested rather than written so that several
 * requests in a row, or one at the very start or end, give at most one blank line where it belongs.
 */
final class TextCanvas {
    private final boolean ansi;
    private final StringBuilder out = new StringBuilder();
    private String pendingBlank;
    private boolean started;

    TextCanvas(boolean ansi) {
        this.ansi = ansi;
    }

    /** Asks for a blank line (carrying {@code prefix}, e.g. a quote bar) before the next line. */
    void blank(String prefix) {
        if (started && pendingBlank == null) {
            pendingBlank = prefix;
        }
    }

    /** Writes one line: an unstyled prefix, then the content. Trailing spaces are dropped. */
    void line(String prefix, StyledLine content) {
        if (pendingBlank != null) {
            out.append(pendingBlank.stripTrailing()).append('\n');
            pendingBlank = null;
        }
        started = true;
        List<Span> spans = new ArrayList<>(content.spans());
        // Padding (table cells, centring) can leave plain spaces at the end; they only cost width.
        while (!spans.isEmpty() && spans.get(spans.size() - 1).style() == AnsiStyle.PLAIN) {
            Span last = spans.remove(spans.size() - 1);
            String kept = last.text().stripTrailing();
            if (!kept.isEmpty()) {
                spans.add(new Span(kept, AnsiStyle.PLAIN));
                break;
            }
        }
        if (spans.isEmpty()) {
            out.append(prefix.stripTrailing());
        } else {
            out.append(prefix);
        }
        for (Span span : spans) {
            if (ansi && span.style() != AnsiStyle.PLAIN) {
                out.append(AnsiStyle.sequence(span.style())).append(span.text()).append(AnsiStyle.RESET);
            } else {
                out.append(span.text());
            }
        }
        out.append('\n');
    }

    /** Everything written so far. */
    String text() {
        return out.toString();
    }
}

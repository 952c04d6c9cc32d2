package org.briefing.render.epub.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.briefing.style.Role;

/**
 * Writes the EPUB 3 navigation document: the table of contents as nested lists following the
 * heading levels (skipped levels are tolerated), and the landmarks.
 */
final class NavDocument {
    /** One entry of the table of contents. */
    record Entry(int level, String title, String href) {
    }

    /** One landmark: its {@code epub:type}, label and target. */
    record Landmark(String type, String label, String href) {
    }

    private NavDocument() {
    }

    static String write(PageContext context, String lang, String bookTitle, List<Entry> entries,
                        List<Landmark> landmarks) {
        return PageShell.page(lang, bookTitle, "nav", out -> {
            out.start("nav", "epub:type", "toc", "id", "toc", "role", "doc-toc", "aria-labelledby", "toc-title")
                    .newline();
            context.shown(Role.H1, false, false, "Contents");
            out.start("h1", "id", "toc-title").text("Contents").end().newline();
            toc(context, entries, out);
            out.end().newline();
            out.start("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden").newline();
            out.start("h2").text("Landmarks").end().newline();
            out.start("ol").newline();
            for (Landmark landmark : landmarks) {
                out.start("li").start("a", "epub:type", landmark.type(), "href", landmark.href())
                        .text(landmark.label()).end().end().newline();
            }
            out.end().newline().end().newline();
        });
    }

    private static void toc(PageContext context, List<Entry> entries, XhtmlWriter out) {
        int base = out.depth();
        out.start("ol").newline();
        // Each frame is an open <li>: its level, and whether a nested <ol> is open inside it.
        Deque<int[]> open = new ArrayDeque<>();
        for (Entry entry : entries) {
            while (!open.isEmpty() && open.peek()[0] >= entry.level()) {
                int[] closed = open.pop();
                if (closed[1] == 1) {
                    out.end();
                }
                out.end().newline();
            }
            if (!open.isEmpty() && open.peek()[1] == 0) {
                out.newline().start("ol").newline();
                open.peek()[1] = 1;
            }
            context.shown(Role.BODY, false, false, entry.title());
            out.start("li").start("a", "href", entry.href()).text(entry.title()).end();
            open.push(new int[] {entry.level(), 0});
        }
        while (!open.isEmpty()) {
            if (open.pop()[1] == 1) {
                out.end();
            }
            out.end().newline();
        }
        out.end().newline();
        if (out.depth() != base) {
            throw new IllegalStateException("table of contents left elements open");
        }
    }
}

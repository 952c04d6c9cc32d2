package org.briefing.read.source;

import org.briefing.model.Warnings;

/**
 * Guard rails run on the Markdown body before Flexmark parses it, so that hostile shapes on which Flexmark
 * is quadratic (lists nested on one line, deeply nested emphasis, paragraphs and tables of many thousands of
 * lines, tables of very many columns) cost time in proportion to their size. No text is dropped: surplus
 * markers are escaped (a backslash or a character reference) so they read as the characters they are, and
 * long paragraphs are cut by blank lines.
 * Each rail is one pass over the lines and leaves fenced code alone. Budgets sit far above anything a
 * briefing needs, so ordinary sources are passed on unchanged; when a rail fires, one warning per rail names
 * the file, the first line and what was done.
 */
final class ParseGuards {
    private ParseGuards() {
    }

    /** The guarded body; {@code file} names the source in warnings. */
    static GuardedSource apply(String body, String file, Warnings warnings) {
        SourceLines lines = SourceLines.of(body);
        boolean[] fenced = CodeFences.of(lines);
        int deepLines = 0;
        int firstDeep = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (fenced[i]) {
                continue;
            }
            String guarded = ListDepthGuard.guard(lines.line(i));
            if (!guarded.equals(lines.line(i))) {
                lines.set(i, guarded);
                firstDeep = deepLines++ == 0 ? i : firstDeep;
            }
        }
        if (deepLines > 0) {
            // An escaped marker may have been all that made a later fence a fence.
            fenced = CodeFences.of(lines);
        }
        EmphasisNestingGuard.Outcome emphasis = EmphasisNestingGuard.guard(lines, fenced);
        LongParagraphGuard.Outcome paragraphs = LongParagraphGuard.guard(lines, fenced);
        if (deepLines > 0) {
            warnings.warn(file + ":" + (firstDeep + 1) + ": list nested more than " + ListDepthGuard.MAX_MARKERS
                    + " levels on one line; the marker past that reads as text (" + deepLines + " line"
                    + (deepLines == 1 ? "" : "s") + ")");
        }
        if (emphasis.escapedRuns() > 0) {
            warnings.warn(file + ":" + (emphasis.firstLine() + 1) + ": emphasis nested more than "
                    + EmphasisNestingGuard.MAX_LEVELS + " levels deep; " + emphasis.escapedRuns() + " deeper opener"
                    + (emphasis.escapedRuns() == 1 ? "" : "s") + " read as literal * _ ~ characters");
        }
        if (paragraphs.cuts() > 0) {
            warnings.warn(file + ":" + (paragraphs.firstCut() + 1) + ": paragraph or table longer than "
                    + LongParagraphGuard.MAX_LINES + " lines; cut into parts of " + LongParagraphGuard.MAX_LINES
                    + " lines (" + paragraphs.cuts() + " cut" + (paragraphs.cuts() == 1 ? "" : "s")
                    + "; a table's header is repeated on each part)");
        }
        if (paragraphs.wideTables() > 0) {
            warnings.warn(file + ":" + (paragraphs.firstWide() + 1) + ": table with more than "
                    + LongParagraphGuard.MAX_COLUMNS + " columns read as a paragraph (" + paragraphs.wideTables()
                    + " table" + (paragraphs.wideTables() == 1 ? "" : "s") + ")");
        }
        if (deepLines == 0 && emphasis.escapedRuns() == 0 && paragraphs.cuts() == 0 && paragraphs.wideTables() == 0) {
            return new GuardedSource(body, null);
        }
        return new GuardedSource(paragraphs.lines().text(), paragraphs.cuts() == 0 ? null : paragraphs.sourceLines());
    }
}

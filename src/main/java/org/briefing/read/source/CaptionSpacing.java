package org.briefing.read.source;

import java.util.regex.Pattern;

/**
 * Pandoc lets a table's caption ({@code Table: …} or {@code : …}) stand directly above a pipe table, where
 * Flexmark would read caption and table as one paragraph. This puts a blank line between them, keeping the
 * way back to the lines of the text it was given; everything else passes unchanged.
 */
final class CaptionSpacing {
    private static final Pattern CAPTION = Pattern.compile(" {0,3}(?:[Tt]able)?:[ \\t].*");
    private static final Pattern ANY_CAPTION = Pattern.compile("(?m)^ {0,3}(?:[Tt]able)?:[ \\t]");
    private static final Pattern DELIMITER_ROW = Pattern.compile(
            "\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");

    private CaptionSpacing() {
    }

    /** {@code text} with a blank line after each caption paragraph that runs straight into a pipe table. */
    static GuardedSource apply(String text) {
        if (text.indexOf('|') < 0 || !ANY_CAPTION.matcher(text).find()) {
            return new GuardedSource(text, null); // most sources: not worth cutting into lines
        }
        SourceLines lines = SourceLines.of(text);
        boolean[] fenced = CodeFences.of(lines);
        int n = lines.size();
        boolean[] blankAfter = new boolean[n];
        int inserted = 0;
        int paragraphStart = 0;
        for (int i = 0; i < n; i++) {
            if (fenced[i] || LinePrefix.isBlank(lines.line(i))) {
                paragraphStart = i + 1;
                continue;
            }
            if (i + 2 < n && !fenced[i + 1] && lines.line(i + 1).indexOf('|') >= 0
                    && DELIMITER_ROW.matcher(lines.line(i + 2)).matches()
                    && CAPTION.matcher(lines.line(paragraphStart)).matches()) {
                blankAfter[i] = true;
                inserted++;
                paragraphStart = i + 1;
            }
        }
        if (inserted == 0) {
            return new GuardedSource(text, null);
        }
        StringBuilder out = new StringBuilder(text.length() + inserted * 2);
        int[] sourceLines = new int[n + inserted];
        int at = 0;
        for (int i = 0; i < n; i++) {
            out.append(lines.line(i)).append(lines.ending(i));
            sourceLines[at++] = i + 1;
            if (blankAfter[i]) {
                out.append(lines.ending(i));
                sourceLines[at++] = i + 1;
            }
        }
        return new GuardedSource(out.toString(), sourceLines);
    }
}

package org.briefing.read.source;

/**
 * The Markdown body as Flexmark is given it after the guard rails, with the way back to source lines.
 *
 * @param text        the body, equal to the source's when no guard rail fired
 * @param sourceLines for each line of {@code text} (0-based), its 1-based line in the source file; null
 *                    when no lines were inserted, so that line n is line n
 */
record GuardedSource(String text, int[] sourceLines) {
    /** The source file's line (1-based) of the body's line {@code line} (1-based). */
    int sourceLine(int line) {
        if (sourceLines == null || line < 1) {
            return line;
        }
        return sourceLines[Math.min(line, sourceLines.length) - 1];
    }
}

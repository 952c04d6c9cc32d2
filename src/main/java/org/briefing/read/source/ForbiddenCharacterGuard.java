package org.briefing.read.source;

import org.briefing.model.Characters;
import org.briefing.model.Warnings;

/**
 * Removes from the whole source (front matter and body alike) the characters no output can carry: control
 * characters, noncharacters, lone surrogates (see {@link Characters#isForbidden}) and byte-order marks inside
 * the text. A PDF would draw them as missing glyphs and XML (XMP, XHTML) forbids most of them, so they go
 * before anything is parsed, with one warning per line naming where the first one was.
 */
final class ForbiddenCharacterGuard {
    /** Lines warned about one by one; past this, one warning counts the rest, so a binary file cannot flood. */
    static final int MAX_WARNED_LINES = 20;

    private ForbiddenCharacterGuard() {
    }

    /** {@code text} without forbidden characters; {@code file} names the source in warnings. */
    static String strip(String source, String file, Warnings warnings) {
        // A byte-order mark that opens the text is only the encoding's signature.
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        if (!Characters.hasForbidden(text) && text.indexOf('\uFEFF') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int line = 1;
        int column = 1;
        int warnedLine = 0;
        int warnedLines = 0;
        int unwarnedLines = 0;
        int firstUnwarned = 0;
        int firstUnwarnedColumn = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Characters.isForbidden(cp) || cp == 0xFEFF) {
                if (warnedLine != line) {
                    warnedLine = line;
                    if (warnedLines++ < MAX_WARNED_LINES) {
                        warnings.warn(file + ":" + line + ":" + column + ": removed " + describe(cp)
                                + " (and any others on this line); no PDF or EPUB can show it");
                    } else if (unwarnedLines++ == 0) {
                        firstUnwarned = line;
                        firstUnwarnedColumn = column;
                    }
                }
                column++;
                continue;
            }
            out.appendCodePoint(cp);
            if (cp == '\n' || (cp == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                column = 1;
            } else if (cp != '\r') {
                column++;
            }
        }
        if (unwarnedLines > 0) {
            warnings.warn(file + ":" + firstUnwarned + ":" + firstUnwarnedColumn + ": removed such characters from "
                    + unwarnedLines + " more line" + (unwarnedLines == 1 ? "" : "s") + ", from this one on");
        }
        return out.toString();
    }

    /** E.g. "control character U+0007". */
    static String describe(int cp) {
        String kind;
        if (cp == 0xFEFF) {
            kind = "byte-order mark";
        } else if (cp < 0xA0) {
            kind = "control character";
        } else if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            kind = "lone surrogate";
        } else {
            kind = "noncharacter";
        }
        return String.format("%s U+%04X", kind, cp);
    }
}

package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;
import org.briefing.script.LineBreaks;

/**
 * Fills styled text into lines of a given width, greedily: breaks at spaces and beside wide (CJK)
 * characters, forces breaks at {@code \n}, and cuts words longer than a line between characters
 * (never between a character and its combining marks).
 */
final class WordWrapper {
    /** A word: characters with no break opportunity between them. */
    private record Word(List<Span> parts, int width, boolean spaceBefore, int spaceStyle, boolean breakBefore) {
    }

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private WordWrapper() {
    }

    /** Wraps to {@code width} columns on every line. */
    static List<StyledLine> wrap(List<Span> spans, int width) {
        return wrap(spans, width, width);
    }

    /** Wraps to {@code firstWidth} columns on the first line and {@code restWidth} after (both at least 1). */
    static List<StyledLine> wrap(List<Span> spans, int firstWidth, int restWidth) {
        Filler filler = new Filler(Math.max(1, firstWidth), Math.max(1, restWidth));
        for (Word word : words(spans)) {
            if (word.breakBefore()) {
                filler.newLine();
            }
            if (word.width() == 0 && word.parts().isEmpty()) {
                continue;
            }
            int gap = !filler.line.isEmpty() && word.spaceBefore() ? 1 : 0;
            if (filler.line.width() + gap + word.width() <= filler.avail) {
                if (gap == 1) {
                    filler.line.append(" ", word.spaceStyle());
                }
                appendAll(filler.line, word.parts());
                continue;
            }
            filler.newLineUnlessEmpty();
            if (word.width() <= filler.avail) {
                appendAll(filler.line, word.parts());
                continue;
            }
            // Longer than a whole line: break after its hyphens and dashes, and cut what still does not fit.
            for (StyledLine piece : hyphenPieces(word.parts())) {
                if (filler.line.width() + piece.width() > filler.avail) {
                    filler.newLineUnlessEmpty();
                }
                if (piece.width() <= filler.avail) {
                    appendAll(filler.line, piece.spans());
                } else {
                    filler.cut(piece.spans());
                }
            }
        }
        return filler.finish();
    }

    /** The widest word of the spans, in display columns: the narrowest they can wrap to without a cut. */
    static int widestWord(List<Span> spans) {
        int widest = 0;
        for (Word word : words(spans)) {
            widest = Math.max(widest, word.width());
        }
        return widest;
    }

    /** The lines being filled and the room on the current one. */
    private static final class Filler {
        private final List<StyledLine> lines = new ArrayList<>();
        private final int rest;
        private StyledLine.Builder line = new StyledLine.Builder();
        private int avail;

        Filler(int first, int rest) {
            this.avail = first;
            this.rest = rest;
        }

        void newLine() {
            lines.add(line.build());
            line = new StyledLine.Builder();
            avail = rest;
        }

        void newLineUnlessEmpty() {
            if (!line.isEmpty()) {
                newLine();
            }
        }

        /** Appends character by character, starting new lines as they fill. */
        void cut(List<Span> parts) {
            for (Span part : parts) {
                String text = part.text();
                int i = 0;
                while (i < text.length()) {
                    int end = clusterEnd(text, i);
                    String cluster = text.substring(i, end);
                    if (line.width() + DisplayWidth.of(cluster) > avail && !line.isEmpty()) {
                        newLine();
                    }
                    line.append(cluster, part.style());
                    i = end;
                }
            }
        }

        List<StyledLine> finish() {
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.build());
            }
            return lines;
        }
    }

    /** A word split after each hyphen or dash that has more of the word after it. */
    private static List<StyledLine> hyphenPieces(List<Span> parts) {
        List<StyledLine> pieces = new ArrayList<>();
        StyledLine.Builder piece = new StyledLine.Builder();
        for (Span part : parts) {
            String text = part.text();
            int i = 0;
            while (i < text.length()) {
                int end = clusterEnd(text, i);
                piece.append(text.substring(i, end), part.style());
                boolean moreBreaks = end < text.length() && breaksAfter(text.charAt(end));
                if (breaksAfter(text.charAt(i)) && !moreBreaks) {
                    pieces.add(piece.build());
                    piece = new StyledLine.Builder();
                }
                i = end;
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.build());
        }
        return pieces;
    }

    /** Whether a too-long word may be broken after this character: a hyphen, a dash or the slash. */
    private static boolean breaksAfter(char c) {
        return LineBreaks.isBreakingDash(c) || c == '/';
    }

    private static void appendAll(StyledLine.Builder line, List<Span> parts) {
        for (Span part : parts) {
            line.append(part.text(), part.style());
        }
    }

    /** Cuts verbatim text into pieces of at most {@code width} columns, keeping every space. */
    static List<StyledLine> cut(String text, int style, int width) {
        List<StyledLine> lines = new ArrayList<>();
        StyledLine.Builder line = new StyledLine.Builder();
        int i = 0;
        while (i < text.length()) {
            int end = clusterEnd(text, i);
            String cluster = text.substring(i, end);
            if (line.width() + DisplayWidth.of(cluster) > width && !line.isEmpty()) {
                lines.add(line.build());
                line = new StyledLine.Builder();
            }
            line.append(cluster, style);
            i = end;
        }
        lines.add(line.build());
        return lines;
    }

    /** The end of the character at {@code start} together with the zero-width marks that follow it. */
    private static int clusterEnd(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (DisplayWidth.of(cp) != 0) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        WordBuilder current = new WordBuilder();
        boolean pendingSpace = false;
        int lastStyle = AnsiStyle.PLAIN;
        boolean pendingBreak = false;
        int lastCp = 0;
        for (Span span : spans) {
            String text = span.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    current.finish(words);
                    if (pendingBreak) {
                        // Two breaks in a row: keep the empty line between them.
                        words.add(new Word(List.of(), 0, false, 0, true));
                    }
                    pendingBreak = true;
                    pendingSpace = false;
                } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) && cp != 0xA0 && cp != 0x202F
                        || (cp == 0xA0 || cp == 0x202F) && current.isEmpty() && pendingSpace) {
                    // A no-break space right after a breaking one binds nothing: it would only indent a line.
                    current.finish(words);
                    pendingSpace = true;
                } else if (DisplayWidth.of(cp) == 2) {
                    // Closing punctuation, and the next emoji of a zero-width-joiner sequence, stay with what precedes.
                    boolean glued = !pendingSpace && !pendingBreak
                            && (LineBreaks.noBreakBefore(cp) || lastCp == ZERO_WIDTH_JOINER);
                    if (glued && current.isEmpty() && !words.isEmpty()) {
                        current.reopen(words.remove(words.size() - 1));
                    } else if ((!glued || current.isEmpty()) && !current.afterOpeningBracket()) {
                        current.finish(words);
                        current.start(pendingSpace, lastStyle & span.style(), pendingBreak);
                    }
                    current.add(cp, span.style());
                    // An opening bracket stays with what follows it; other wide characters allow a break after.
                    if (!LineBreaks.noBreakAfter(cp)) {
                        current.finish(words);
                    }
                    pendingSpace = false;
                    pendingBreak = false;
                } else {
                    if (current.isEmpty() && DisplayWidth.of(cp) == 0 && !pendingSpace && !pendingBreak
                            && !words.isEmpty()) {
                        // Combining marks, joiners and variation selectors belong to the character before them.
                        current.reopen(words.remove(words.size() - 1));
                    } else if (current.isEmpty()) {
                        current.start(pendingSpace, lastStyle & span.style(), pendingBreak);
                        pendingSpace = false;
                        pendingBreak = false;
                    }
                    current.add(cp, span.style());
                }
                lastStyle = span.style();
                lastCp = cp;
            }
        }
        current.finish(words);
        if (pendingBreak) {
            words.add(new Word(List.of(), 0, false, 0, true));
        }
        return words;
    }

    /** Collects the characters of one word. */
    private static final class WordBuilder {
        private StyledLine.Builder chars;
        private boolean spaceBefore;
        private int spaceStyle;
        private boolean breakBefore;

        boolean isEmpty() {
            return chars == null;
        }

        void start(boolean space, int style, boolean forcedBreak) {
            chars = new StyledLine.Builder();
            spaceBefore = space;
            spaceStyle = style;
            breakBefore = forcedBreak;
        }

        /** Whether the word so far ends with an opening bracket or quote. */
        boolean afterOpeningBracket() {
            if (chars == null || chars.isEmpty()) {
                return false;
            }
            String text = chars.build().plain();
            return LineBreaks.noBreakAfter(text.codePointBefore(text.length()));
        }

        /** Continues a finished word, e.g. to attach closing punctuation to it. */
        void reopen(Word word) {
            start(word.spaceBefore(), word.spaceStyle(), word.breakBefore());
            for (Span part : word.parts()) {
                chars.append(part.text(), part.style());
            }
        }

        void add(int cp, int style) {
            chars.appendCodePoint(cp, style);
        }

        void finish(List<Word> words) {
            if (chars != null) {
                StyledLine built = chars.build();
                words.add(new Word(built.spans(), built.width(), spaceBefore, spaceStyle, breakBefore));
                chars = null;
            }
        }
    }
}

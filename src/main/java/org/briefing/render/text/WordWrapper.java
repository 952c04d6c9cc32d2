package org.briefing.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills styled text into lines of a given width, greedily: breaks at spaces and beside wide (CJK)
 * characters, forces breaks at {@code \n}, and cuts words longer than a line between characters
 * (never between a character and its combining marks).
 */
final class WordWrapper {
    /** A word: characters with no break opportunity between them. */
    private record Word(List<Span> parts, int width, boolean spaceBefore, int spaceStyle, boolean breakBefore) {
    }

    private WordWrapper() {
    }

    /** Wraps to {@code width} columns on every line. */
    static List<StyledLine> wrap(List<Span> spans, int width) {
        return wrap(spans, width, width);
    }

    /** Wraps to {@code firstWidth} columns on the first line and {@code restWidth} after (both at least 1). */
    static List<StyledLine> wrap(List<Span> spans, int firstWidth, int restWidth) {
        List<Word> words = words(spans);
        List<StyledLine> lines = new ArrayList<>();
        StyledLine.Builder line = new StyledLine.Builder();
        int avail = Math.max(1, firstWidth);
        int rest = Math.max(1, restWidth);
        for (Word word : words) {
            if (word.breakBefore()) {
                lines.add(line.build());
                line = new StyledLine.Builder();
                avail = rest;
            }
            if (word.width() == 0 && word.parts().isEmpty()) {
                continue;
            }
            int gap = !line.isEmpty() && word.spaceBefore() ? 1 : 0;
            if (line.width() + gap + word.width() <= avail) {
                if (gap == 1) {
                    line.append(" ", word.spaceStyle());
                }
                appendAll(line, word.parts());
                continue;
            }
            if (!line.isEmpty() && word.width() <= rest) {
                lines.add(line.build());
                line = new StyledLine.Builder();
                avail = rest;
                appendAll(line, word.parts());
                continue;
            }
            // Longer than a whole line: start it on a line of its own and cut it between characters.
            if (!line.isEmpty()) {
                lines.add(line.build());
                line = new StyledLine.Builder();
                avail = rest;
            }
            for (Span part : word.parts()) {
                String text = part.text();
                int i = 0;
                while (i < text.length()) {
                    int end = clusterEnd(text, i);
                    String cluster = text.substring(i, end);
                    int w = DisplayWidth.of(cluster);
                    if (line.width() + w > avail && !line.isEmpty()) {
                        lines.add(line.build());
                        line = new StyledLine.Builder();
                        avail = rest;
                    }
                    line.append(cluster, part.style());
                    i = end;
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.build());
        }
        return lines;
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
                    current.finish(words);
                    current.start(pendingSpace, lastStyle & span.style(), pendingBreak);
                    current.add(cp, span.style());
                    current.finish(words);
                    pendingSpace = false;
                    pendingBreak = false;
                } else {
                    if (current.isEmpty()) {
                        current.start(pendingSpace, lastStyle & span.style(), pendingBreak);
                        pendingSpace = false;
                        pendingBreak = false;
                    }
                    current.add(cp, span.style());
                }
                lastStyle = span.style();
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

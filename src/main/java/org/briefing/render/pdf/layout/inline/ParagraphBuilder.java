package org.briefing.render.pdf.layout.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.script.LineBreaks;
import org.briefing.script.Scripts;
import org.briefing.style.Align;
import org.briefing.style.Color;

/**
 * Turns spans into boxes, glue and penalties: words become boxes, spaces glue, dashes and CJK
 * characters free breaks, hard breaks forced breaks. Words wider than a line are cut into pieces.
 * Spaces of text that is not justified use Knuth and Plass's ragged-right construction, so a total-fit
 * breaker sees how ragged each line would be while the spaces are still set at their natural width.
 */
final class ParagraphBuilder {
    private static final double CODE_SCALE = 0.88;
    private static final double HYPHEN_PENALTY = 50;
    /**
     * Height of an image inside the text, in ems: between the cap height (about 0.7) and the em, so it
     * reads at text size and stays clear of the line above.
     */
    static final double INLINE_IMAGE_EM = 0.8;
    /** Stretch of a ragged line end, in ems: lines shorter by this much count as loose as a justified ratio 1. */
    private static final double RAGGED_STRETCH_EM = 3;
    private final TextMeasurer measurer;
    private final Hyphenation hyphenation;
    /** Concurrent: paragraphs may be built on several threads at once. */
    private final Map<FontKey, ShapedText> spaces = new ConcurrentHashMap<>();

    ParagraphBuilder(TextMeasurer measurer) {
        this(measurer, Hyphenation.NONE);
    }

    ParagraphBuilder(TextMeasurer measurer, Hyphenation hyphenation) {
        this.measurer = measurer;
        this.hyphenation = hyphenation;
    }

    /** The same builder shaping through {@code wrap} applied to this one's measurer. */
    ParagraphBuilder measuringWith(java.util.function.UnaryOperator<TextMeasurer> wrap) {
        return new ParagraphBuilder(wrap.apply(measurer), hyphenation);
    }

    /** Builds the items of a paragraph; {@code maxWidth} is the narrowest line it will be set in. */
    ParagraphItems build(List<Span> spans, ParagraphStyle style, double maxWidth) {
        return build(spans, style, maxWidth, true);
    }

    /**
     * As {@link #build(List, ParagraphStyle, double)}; without {@code breakWords} lines break only at spaces
     * and beside CJK characters: no hyphenation, no break after a dash or slash (a table cell whose column
     * holds its widest word keeps "(¢/kWh)" and "2024-03-01" whole). A word wider than the line is still cut.
     */
    ParagraphItems build(List<Span> spans, ParagraphStyle style, double maxWidth, boolean breakWords) {
        List<Item> items = new ArrayList<>();
        List<Integer> footnotes = new ArrayList<>();
        for (Span span : spans) {
            switch (span.kind()) {
                case LINE_BREAK -> {
                    dropTrailingGlue(items);
                    items.add(new Glue(0, Glue.FILL, 0));
                    items.add(Penalty.forced());
                }
                case FOOTNOTE_REF -> {
                    footnotes.add(span.footnote());
                    double size = style.size() * 0.62;
                    FontKey font = style.font().withItalic(false).withBold(false);
                    Fragment f = new Fragment(measurer.shape(span.text(), font), spaceOf(font), size,
                            style.linkColor(), StructureRole.FOOTNOTE_REF, style.blockId(), style.size() * 0.36,
                            "#fn-" + span.footnote(), "fnref-" + span.footnote(), false, 0);
                    items.add(new Box(f.width(), f, null));
                }
                case TEXT, CODE -> addText(items, span, style, maxWidth, breakWords);
                case IMAGE -> addImage(items, span, style, maxWidth);
            }
        }
        dropTrailingGlue(items);
        keepLastWordWhole(items);
        items.add(new Glue(0, Glue.FILL, 0));
        items.add(Penalty.forced());
        return new ParagraphItems(items, footnotes);
    }

    /**
     * An image inside the text is as tall as {@link #INLINE_IMAGE_EM} of the font size unless its author
     * sized it (never wider than the line); one that was not loaded shows its alt text.
     */
    private void addImage(List<Item> items, Span span, ParagraphStyle style, double maxWidth) {
        InlineImage image = span.image();
        if (image == null || image.data() == null) {
            addText(items, span, style, maxWidth, true);
            return;
        }
        items.add(new Box(image.box(style.size() * INLINE_IMAGE_EM, maxWidth).width(), null, image));
    }

    /** A paragraph never ends with half a word on its own line: the last word's hyphen breaks go. */
    private static void keepLastWordWhole(List<Item> items) {
        for (int i = items.size() - 1; i >= 0 && !(items.get(i) instanceof Glue); i--) {
            if (items.get(i) instanceof Penalty p && p.flagged()) {
                items.remove(i);
            }
        }
    }

    /** Headings, titles, captions and furniture are never hyphenated; running text is. */
    private static boolean hyphenates(StructureRole role) {
        return switch (role) {
            case PARAGRAPH, LIST_BODY, QUOTE, FOOTNOTE, TABLE_CELL, PARTICIPANT_BIO -> true;
            default -> false;
        };
    }

    private void addText(List<Item> items, Span span, ParagraphStyle style, double maxWidth, boolean breakWords) {
        boolean code = span.kind() == Span.Kind.CODE;
        FontKey font = code
                ? new FontKey(style.codeFamily(), style.font().bold() || span.bold(), false)
                : style.font().withBold(style.font().bold() || span.bold())
                        .withItalic(style.font().italic() != span.italic());
        double size = code ? style.size() * CODE_SCALE : style.size();
        Color color = span.link() != null ? style.linkColor() : style.color();
        StructureRole role = span.link() != null ? StructureRole.LINK : style.role();
        String text = style.uppercase() ? span.text().toUpperCase(Locale.ROOT) : span.text();
        WordSink sink = new WordSink(items, font, size, color, role, span, style, maxWidth,
                breakWords && !code && span.link() == null && hyphenates(style.role()));
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp) < text.length() ? text.codePointAt(i + Character.charCount(cp)) : -1;
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
                sink.word(word);
                sink.space(breakableSpaceBefore(text, i + 1));
                sink.afterDash = false;
            } else if (cp == '\u00ad' && word.length() > 0) {
                sink.word(word);
                Box hyphen = sink.hyphenBox();
                items.add(new Penalty(hyphen.width(), HYPHEN_PENALTY, true, hyphen, sink.breakStretch()));
            } else if (cp == '\u200b' || cp == '\u00ad') {
                sink.word(word);
                items.add(Penalty.free());
            } else if (Scripts.isCjk(cp)) {
                // A break on each side of an ideograph where kinsoku allows; before white space the space's
                // own glue does that.
                boolean breakBefore = word.length() > 0
                        && LineBreaks.mayBreakBetween(word.codePointBefore(word.length()), cp);
                sink.word(word);
                if (breakBefore) {
                    items.add(new Glue(0, size * 0.08, 0));
                }
                word.appendCodePoint(cp);
                sink.word(word);
                if (next != -1 && LineBreaks.mayBreakBetween(cp, next)) {
                    items.add(new Glue(0, size * 0.08, 0));
                }
            } else if (cp == '\u2014' && word.length() > 0 && breakWords) {
                // UAX #14 class B2: an em dash may break before and after it.
                sink.word(word);
                items.add(new Penalty(0, 50, false, null, sink.breakStretch()));
                word.appendCodePoint(cp);
                if (next != -1 && Character.isLetterOrDigit(next)) {
                    sink.word(word);
                    items.add(new Penalty(0, 50, false, null, sink.breakStretch()));
                }
                sink.afterDash = true;
            } else if (breakWords && (LineBreaks.isBreakingDash(cp) || cp == '/') && word.length() > 1
                    && next != -1 && (cp == '-' ? Character.isLetter(next) : Character.isLetterOrDigit(next))) {
                // A hyphen-minus before a digit may be a minus sign or a date ("2017-02"): no break (UAX #14
                // LB25). En dashes in ranges ("10–20") and slashes break before digits too.
                word.appendCodePoint(cp);
                sink.word(word);
                items.add(new Penalty(0, 50, false, null, sink.breakStretch()));
                sink.afterDash = true;
            } else {
                word.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        sink.word(word);
    }

    /** Whether a line may break at the white space ending before {@code from}: not before a '/', ')' or '!'. */
    private static boolean breakableSpaceBefore(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || !LineBreaks.bindsToSpaceBefore(text.codePointAt(i));
    }

    private ShapedText spaceOf(FontKey font) {
        return spaces.computeIfAbsent(font, f -> measurer.shape(" ", f));
    }

    private static void dropTrailingGlue(List<Item> items) {
        while (!items.isEmpty() && (items.get(items.size() - 1) instanceof Glue
                || items.get(items.size() - 1) instanceof Penalty p && p.penalty() > Penalty.FORCE)) {
            items.remove(items.size() - 1);
        }
    }

    /** Emits words and spaces of one span. */
    private final class WordSink {
        private final List<Item> items;
        private final FontKey font;
        private final double size;
        private final Color color;
        private final StructureRole role;
        private final Span span;
        private final ParagraphStyle style;
        private final double maxWidth;
        private final boolean hyphenate;
        /**
         * True after an explicit dash or slash in the current token: as in TeX, only the part before it is
         * hyphenated ("Carnegie–Tsinghua" never becomes "Carnegie–Ts-inghua"), since the token already
         * has a break.
         */
        boolean afterDash;

        WordSink(List<Item> items, FontKey font, double size, Color color, StructureRole role, Span span,
                 ParagraphStyle style, double maxWidth, boolean hyphenate) {
            this.hyphenate = hyphenate;
            this.items = items;
            this.font = font;
            this.size = size;
            this.color = color;
            this.role = role;
            this.span = span;
            this.style = style;
            this.maxWidth = maxWidth;
        }

        /** Stretch a line ending inside a word gains: a ragged line end's, none in justified text. */
        double breakStretch() {
            return style.align() == Align.JUSTIFY ? 0 : RAGGED_STRETCH_EM * size;
        }

        void space(boolean breakable) {
            if (items.isEmpty() || items.get(items.size() - 1) instanceof Glue) {
                return;
            }
            double w = spaceOf(font).width(size) + style.letterSpacing();
            if (!breakable) {
                // Glue after a forbidding penalty is no break; it still stretches in justified text.
                items.add(new Penalty(0, Penalty.FORBID, false, null));
                items.add(style.align() == Align.JUSTIFY ? new Glue(w, w * 0.6, w * 0.3) : new Glue(w, 0, 0));
                return;
            }
            if (style.align() == Align.JUSTIFY) {
                items.add(new Glue(w, w * 0.6, w * 0.3));
                return;
            }
            // Ragged: breaking here leaves stretch k at the line end; not breaking, the k cancels out. The
            // forbidding penalty keeps the first glue from being a break of its own.
            double k = RAGGED_STRETCH_EM * size;
            items.add(new Penalty(0, Penalty.FORBID, false, null));
            items.add(new Glue(0, k, 0));
            items.add(Penalty.free());
            items.add(new Glue(w, -k, 0));
        }

        void word(StringBuilder word) {
            if (word.length() == 0) {
                return;
            }
            String text = word.toString();
            word.setLength(0);
            int[] points = hyphenate && !afterDash ? pointsOfCore(text) : new int[0];
            if (points.length == 0) {
                Fragment f = fragment(measurer.shape(text, font));
                if (f.width() > maxWidth && text.codePointCount(0, text.length()) >= 2) {
                    cut(text);
                } else {
                    items.add(new Box(f.width(), f, null));
                }
                return;
            }
            Box hyphenBox = hyphenBox();
            int from = 0;
            for (int point : points) {
                if (point <= from || point >= text.length()) {
                    continue;
                }
                Fragment piece = fragment(measurer.shape(text.substring(from, point), font));
                items.add(new Box(piece.width(), piece, null));
                items.add(new Penalty(hyphenBox.width(), HYPHEN_PENALTY, true, hyphenBox, breakStretch()));
                from = point;
            }
            Fragment last = fragment(measurer.shape(text.substring(from), font));
            items.add(new Box(last.width(), last, null));
        }

        /** Hyphenation points of the word inside its punctuation ("offered," is hyphenated as "offered"). */
        private int[] pointsOfCore(String text) {
            int from = 0;
            int to = text.length();
            while (from < to && !Character.isLetter(text.charAt(from))) {
                from++;
            }
            while (to > from && !Character.isLetter(text.charAt(to - 1))) {
                to--;
            }
            if (to - from < 2) {
                return new int[0];
            }
            int[] points = hyphenation.points(text.substring(from, to));
            for (int i = 0; i < points.length; i++) {
                points[i] += from;
            }
            return points;
        }

        /** The hyphen drawn at a line end when a word breaks at a hyphenation point. */
        Box hyphenBox() {
            Fragment hyphen = fragment(measurer.shape("-", font));
            return new Box(hyphen.width(), hyphen, null);
        }

        /** Cuts an over-long word into pieces that fit, with free breaks between them. */
        private void cut(String text) {
            StringBuilder piece = new StringBuilder();
            double width = 0;
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                String ch = Character.toString(cp);
                double w = fragment(measurer.shape(ch, font)).width();
                if (width + w > maxWidth && piece.length() > 0) {
                    Fragment f = fragment(measurer.shape(piece.toString(), font));
                    items.add(new Box(f.width(), f, null));
                    items.add(Penalty.free());
                    piece.setLength(0);
                    width = 0;
                }
                piece.append(ch);
                width += w;
                i += ch.length();
            }
            Fragment f = fragment(measurer.shape(piece.toString(), font));
            items.add(new Box(f.width(), f, null));
        }

        private Fragment fragment(ShapedText shaped) {
            return new Fragment(shaped, spaceOf(font), size, color, role, style.blockId(), 0, span.link(), null,
                    span.strike(), style.letterSpacing(), span.lang());
        }
    }
}

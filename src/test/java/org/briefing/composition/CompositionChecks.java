package org.briefing.composition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.briefing.composition.PdfComposition.Box;
import org.briefing.composition.PdfComposition.Element;
import org.briefing.composition.PdfComposition.Line;
import org.briefing.model.Image;
import org.briefing.model.Length;
import org.briefing.style.PageSetup;

/**
 * The composition properties issue 17 asks of every PDF, each checked from the file alone and answered as a
 * list of problems in words (empty when the property holds), so that a failing test says what broke where.
 * Pages in messages count from 1, as a reader counts them.
 */
final class CompositionChecks {
    /** A page other than the last must be at least this full unless the composition report says why not. */
    static final double MIN_FULLNESS = 0.6;
    /** List items and block quotes of at most this many lines fit on any page, so they are kept whole. */
    static final int SHORT_BLOCK_LINES = 10;
    /** What a glyph or image may overhang the text area: optical margins hang stops and hyphens slightly. */
    private static final double SLACK = 2.5;
    /** The composition report's reasons that excuse a short page: what followed could not be split. */
    static final Set<String> EXCUSES = Set.of("kept block", "float", "manual break", "break-before");
    /**
     * A token that must never be broken across lines: one holding a digit (a number, a date, a time), a unit in
     * parentheses, or a short word, which a column always has room for once it is as wide as its longest one.
     */
    private static final Pattern UNBREAKABLE = Pattern.compile(".*\\d.*|\\(.*\\)|.{1,12}");

    private CompositionChecks() {
    }

    /**
     * Blocks that fit on a page yet were split across pages: tables of at most {@code keepTableRows} body rows,
     * code blocks of at most {@code keepCodeLines} lines, short list items and block quotes, and every figure
     * with its caption.
     */
    static List<String> keptBlocksSplit(PdfComposition pdf, int keepTableRows, int keepCodeLines) {
        List<String> problems = new ArrayList<>();
        for (Element table : pdf.elements("Table")) {
            long rows = table.subtree().stream().filter(e -> e.type.equals("TR") && e.within("TBody")).count();
            if (rows <= keepTableRows && table.pages().size() > 1) {
                problems.add("a table of " + rows + " body rows is split: " + table);
            }
        }
        for (Element code : pdf.elements("Code")) {
            if (code.lines().size() <= keepCodeLines && code.pages().size() > 1) {
                problems.add("a code block of " + code.lines().size() + " lines is split: " + code);
            }
        }
        for (String type : List.of("LI", "BlockQuote")) {
            for (Element block : pdf.elements(type)) {
                if (block.lines().size() <= SHORT_BLOCK_LINES && block.pages().size() > 1) {
                    problems.add("a short " + type + " of " + block.lines().size() + " lines is split: " + block);
                }
            }
        }
        for (Element figure : pdf.elements("Figure")) {
            if (figure.pages().size() > 1) {
                problems.add("a figure is split: " + figure);
            }
        }
        return problems;
    }

    /**
     * Pages other than the last that are less than {@link #MIN_FULLNESS} full, unless {@code reasons} (the
     * composition report's reason per page, from 1) gives one of the {@link #EXCUSES}.
     */
    static List<String> shortPages(PdfComposition pdf, PageSetup setup, Map<Integer, String> reasons) {
        List<String> problems = new ArrayList<>();
        for (int page = 0; page < pdf.pageCount() - 1; page++) {
            double fullness = pdf.fullness(page, setup);
            String reason = reasons.getOrDefault(page + 1, "no reason reported");
            if (fullness < MIN_FULLNESS && !EXCUSES.contains(reason)) {
                problems.add(String.format("page %d is %.0f %% full (%s)", page + 1, 100 * fullness, reason));
            }
        }
        return problems;
    }

    /** Images, and the text of tables, that reach outside the page's text area. */
    static List<String> outsideMargins(PdfComposition pdf, PageSetup setup) {
        List<String> problems = new ArrayList<>();
        for (Element e : pdf.elements()) {
            for (Box image : e.images) {
                if (!image.inside(pdf.textArea(image.page(), setup), SLACK)) {
                    problems.add("an image in " + e.type + " lies outside the text area: " + image);
                }
            }
        }
        for (Element table : pdf.elements("Table")) {
            Box worst = null;
            for (PdfComposition.Glyph g : table.allGlyphs()) {
                if (!g.box().inside(pdf.textArea(g.page(), setup), SLACK)) {
                    worst = worst == null || g.box().right() > worst.right() ? g.box() : worst;
                }
            }
            if (worst != null) {
                problems.add("table text lies outside the text area (e.g. " + worst + "): " + table);
            }
        }
        return problems;
    }

    /**
     * Captions not on the page of what they caption: a figure's caption on the figure's page, a table's caption
     * on the page where the table starts (caption above) or ends (caption below). A caption that captions
     * nothing next to it is a problem too.
     */
    static List<String> captionsApart(PdfComposition pdf) {
        List<String> problems = new ArrayList<>();
        for (Element caption : pdf.elements("Caption")) {
            Element owner = null;
            boolean before = true;
            if (isCaptioned(caption.parent)) {
                owner = caption.parent;
                before = owner.kids.indexOf(caption) == 0;
            } else if (caption.parent != null) {
                // Our PDF puts a figure's caption after it; a table's caption may come before or after.
                List<Element> siblings = caption.parent.kids;
                int i = siblings.indexOf(caption);
                Element previous = i > 0 ? siblings.get(i - 1) : null;
                Element next = i + 1 < siblings.size() ? siblings.get(i + 1) : null;
                if (previous != null && previous.type.equals("Figure")) {
                    owner = previous;
                    before = false;
                } else if (isCaptioned(next)) {
                    owner = next;
                } else if (isCaptioned(previous)) {
                    owner = previous;
                    before = false;
                }
            }
            if (owner == null) {
                problems.add("a caption with no figure or table beside it: " + caption);
                continue;
            }
            SortedSet<Integer> pages = owner.pages();
            SortedSet<Integer> captionPages = caption.pages();
            if (pages.isEmpty() || captionPages.size() != 1) {
                problems.add("a caption on " + captionPages.size() + " pages: " + caption);
            } else if (!captionPages.first().equals(before ? pages.first() : pages.last())) {
                problems.add("a caption apart from its " + owner.type + ": " + caption + " / " + owner);
            }
        }
        return problems;
    }

    /**
     * Figures not drawn at the size their source asks: each image of {@code images} (reading order) is matched
     * to the PDF's figures in order; one with a width is that wide (a percentage of the measure) unless the
     * theme's {@code maxHeightShare} of the text height made it smaller, and none exceeds the measure or that
     * height.
     */
    static List<String> figureSizes(PdfComposition pdf, List<Image> images, PageSetup setup, double maxHeightShare) {
        List<String> problems = new ArrayList<>();
        List<Element> figures = pdf.elements("Figure");
        if (figures.size() != images.size()) {
            problems.add("the PDF has " + figures.size() + " figures, the source " + images.size() + " images");
            return problems;
        }
        double maxHeight = maxHeightShare * setup.textHeight();
        for (int i = 0; i < figures.size(); i++) {
            List<Box> boxes = figures.get(i).allImages();
            if (boxes.size() != 1) {
                problems.add("figure " + (i + 1) + " (" + images.get(i).src() + ") has " + boxes.size() + " images");
                continue;
            }
            Box box = boxes.get(0);
            double width = box.right() - box.left();
            double height = box.bottom() - box.top();
            String name = "figure " + (i + 1) + " (" + images.get(i).src() + ")";
            if (width > setup.textWidth() + 1 || height > maxHeight + 1) {
                problems.add(String.format("%s is %.0f × %.0f pt, over the measure %.0f or the height %.0f", name,
                        width, height, setup.textWidth(), maxHeight));
            }
            Length asked = images.get(i).width();
            if (asked != null) {
                double expected = asked.resolve(setup.textWidth());
                boolean heightBound = height >= maxHeight - 1 && width < expected;
                if (Math.abs(width - expected) > 1 && !heightBound) {
                    problems.add(String.format("%s is %.1f pt wide, the source asks %.1f", name, width, expected));
                }
            }
        }
        return problems;
    }

    private static boolean isCaptioned(Element e) {
        return e != null && (e.type.equals("Figure") || e.type.equals("Table"));
    }

    /**
     * Cells whose text is broken inside a number, a date, a unit or a short word: {@code sourceCells} holds each table's
     * cell texts as written (header rows first, in reading order), matched to the PDF's tables in order.
     */
    static List<String> brokenCells(PdfComposition pdf, List<List<String>> sourceCells) {
        List<String> problems = new ArrayList<>();
        List<Element> tables = pdf.elements("Table");
        if (tables.size() != sourceCells.size()) {
            problems.add("the PDF has " + tables.size() + " tables, the source " + sourceCells.size());
            return problems;
        }
        for (int t = 0; t < tables.size(); t++) {
            List<Element> cells = tables.get(t).subtree().stream()
                    .filter(e -> e.type.equals("TD") || e.type.equals("TH")).toList();
            List<String> source = sourceCells.get(t);
            if (cells.size() != source.size()) {
                problems.add("table " + (t + 1) + " has " + cells.size() + " cells in the PDF, " + source.size()
                        + " in the source");
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                List<String> lines = cells.get(c).lines().stream().map(Line::text).toList();
                for (String token : brokenTokens(lines, source.get(c))) {
                    if (UNBREAKABLE.matcher(token).matches()) {
                        problems.add("table " + (t + 1) + ": '" + token + "' broken across lines " + lines);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The words of {@code source} (split at white space) that a line break falls inside, given the lines the
     * text was set in. Only non-space characters are matched, so extracted word spaces do not matter; a hyphen
     * at a line's end that the source lacks was added by hyphenation, and breaks its word.
     */
    static List<String> brokenTokens(List<String> lines, String source) {
        String text = source.strip().replaceAll("\\s+", " ");
        List<String> broken = new ArrayList<>();
        int pos = 0;
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l).replace(" ", "");
            int matched = 0;
            while (matched < line.length() && pos < text.length()) {
                if (text.charAt(pos) == ' ') {
                    pos++;
                } else if (text.charAt(pos) == line.charAt(matched)) {
                    pos++;
                    matched++;
                } else if (matched == line.length() - 1 && isHyphen(line.charAt(matched))) {
                    matched++;
                    if (l < lines.size() - 1) {
                        addToken(broken, text, pos);
                    }
                } else {
                    broken.add("(text differs from the source at '" + line.substring(matched) + "')");
                    return broken;
                }
            }
            boolean lastLine = l == lines.size() - 1;
            if (!lastLine && pos < text.length() && text.charAt(pos) != ' ' && pos > 0 && text.charAt(pos - 1) != ' ') {
                addToken(broken, text, pos);
            }
        }
        return broken;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u00AD';
    }

    /** Adds the source word around position {@code pos} once. */
    private static void addToken(List<String> broken, String text, int pos) {
        int start = text.lastIndexOf(' ', pos - 1) + 1;
        int end = text.indexOf(' ', pos);
        String token = text.substring(start, end < 0 ? text.length() : end);
        if (!broken.contains(token)) {
            broken.add(token);
        }
    }
}

package org.briefing.read.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Block;
import org.briefing.model.Figure;
import org.briefing.model.HtmlBlock;
import org.briefing.model.Image;
import org.briefing.model.PageBreak;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Raw HTML blocks that mean something the model can say: a {@code div} whose style breaks the page
 * ({@code break-before: page}, {@code page-break-after: always}, …) becomes a {@link PageBreak} before or after
 * its content, and a lone {@code <img>} a figure. Any other HTML stays an {@link HtmlBlock}, which renderers
 * sanitise. A break {@code div} often opens in one block and closes in another, with Markdown between; the
 * open ones are remembered, one instance per list of sibling blocks.
 */
final class HtmlBlocks {
    private static final Pattern OPEN_DIV = Pattern.compile("(?is)\\s*(<div\\b[^>]*>)");
    private static final Pattern CLOSE_DIV = Pattern.compile("(?is)</div\\s*>\\s*\\z");
    private static final Pattern LONE_CLOSE_DIV = Pattern.compile("(?is)\\s*</div\\s*>\\s*");
    private static final List<String> BREAK_VALUES = List.of("page", "always", "left", "right", "recto", "verso");

    private final InlineConverter inlines;
    /** For each {@code div} opened and not yet closed in an earlier block: the page breaks its style asks for. */
    private final Deque<Breaks> openDivs = new ArrayDeque<>();

    HtmlBlocks(InlineConverter inlines) {
        this.inlines = inlines;
    }

    /** Adds what the HTML block {@code html}, at {@code offset} on source line {@code line}, stands for. */
    void convert(String html, int offset, int line, List<Block> out) {
        if (LONE_CLOSE_DIV.matcher(html).matches() && !openDivs.isEmpty()) {
            Breaks breaks = openDivs.pop();
            if (breaks.any()) {
                addIf(breaks.after(), line, out);
            } else {
                out.add(new HtmlBlock(html));
            }
            return;
        }
        Matcher open = OPEN_DIV.matcher(html);
        if (open.lookingAt()) {
            Breaks breaks = breaks(open.group(1));
            boolean selfClosed = open.group(1).endsWith("/>");
            String rest = html.substring(open.end());
            Matcher close = CLOSE_DIV.matcher(rest);
            boolean closed = selfClosed || close.find();
            if (!closed) {
                openDivs.push(breaks);
            }
            if (breaks.any()) {
                addIf(breaks.before(), line, out);
                String inner = selfClosed ? "" : closed ? rest.substring(0, close.start()) : rest;
                if (!inner.isBlank()) {
                    content(inner.strip(), offset + open.end() + inner.indexOf(inner.strip()), line, out);
                }
                addIf(closed && breaks.after(), line, out);
                return;
            }
        }
        content(html, offset, line, out);
    }

    private void content(String html, int offset, int line, List<Block> out) {
        Image image = HtmlImages.of(html, offset, line, inlines::errorAt);
        out.add(image == null ? new HtmlBlock(html) : new Figure(image));
    }

    private static void addIf(boolean wanted, int line, List<Block> out) {
        if (wanted) {
            out.add(new PageBreak(line));
        }
    }

    /** What the {@code style} of the opening tag {@code tag} says about page breaks. */
    private static Breaks breaks(String tag) {
        Element div = Jsoup.parseBodyFragment(tag + "</div>").body().firstElementChild();
        String style = div == null ? "" : div.attr("style");
        boolean before = false;
        boolean after = false;
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).replaceAll("(?i)!\\s*important", "").strip()
                    .toLowerCase(Locale.ROOT);
            if (BREAK_VALUES.contains(value)) {
                before |= property.equals("break-before") || property.equals("page-break-before");
                after |= property.equals("break-after") || property.equals("page-break-after");
            }
        }
        return new Breaks(before, after);
    }

    /** Whether a {@code div} breaks the page before and after itself. */
    private record Breaks(boolean before, boolean after) {
        boolean any() {
            return before || after;
        }
    }
}

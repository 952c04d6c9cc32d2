package org.briefing.render.epub.xhtml;

import java.util.regex.Pattern;
import org.briefing.model.HtmlText;
import org.briefing.render.epub.pack.XmlChars;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns raw HTML from the source into well-formed XHTML that is safe in a book: an allow-list of
 * structural and phrasing elements survives; scripts, styles, event handlers, forms, frames, images and
 * every other external resource are dropped. jsoup stays inside this class.
 */
public final class HtmlSanitizer {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Safelist ALLOWED = new Safelist()
            .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn", "div",
                    "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark",
                    "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "table", "tbody",
                    "td", "tfoot", "th", "thead", "tr", "u", "ul", "var")
            .addAttributes(":all", "lang")
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("ol", "start")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addProtocols("a", "href", "http", "https", "mailto");

    /** The result of cleaning a fragment: well-formed markup and the text a reader sees. */
    public record Clean(String xhtml, String text) {
    }

    /** Cleans a block of raw HTML. */
    public Clean block(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        // The cleaner drops these tags but would keep a template's or noscript's content as text.
        dirty.select(HtmlText.HIDDEN_ELEMENTS.replace('|', ',')).remove();
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element element : clean.body().select("[lang]")) {
            String lang = element.attr("lang").strip();
            if (LANGUAGE_TAG.matcher(lang).matches()) {
                element.attr("lang", lang).attr("xml:lang", lang);
            } else {
                element.removeAttr("lang");
            }
        }
        clean.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        String markup = stripNonXml(clean.body().html());
        return new Clean(markup, clean.body().text());
    }

    /**
     * Renders one inline raw HTML run (a single tag or an entity). A tag on its own cannot be balanced,
     * so only a line break survives as markup; an entity becomes its character; other tags vanish.
     */
    public String inlineText(String html) {
        if (html.strip().startsWith("<")) {
            return "";
        }
        return Parser.unescapeEntities(html, false);
    }

    /** Whether an inline raw HTML run is a line break. */
    public boolean isBreak(String html) {
        return BREAK.matcher(html.strip()).matches();
    }

    private static String stripNonXml(String markup) {
        StringBuilder out = new StringBuilder(markup.length());
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < markup.length() && Character.isLowSurrogate(markup.charAt(i + 1))) {
                out.append(c).append(markup.charAt(++i));
            } else if (c == '\n' || c == '\t' || c == '\r' || XmlChars.isXmlChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

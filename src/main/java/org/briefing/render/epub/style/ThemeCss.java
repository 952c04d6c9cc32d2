package org.briefing.render.epub.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.style.Align;
import org.briefing.style.BreakBefore;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;

/**
 * Writes the book's stylesheet from the theme that drives the PDF. Sizes and spacing become
 * {@code em} relative to the body text, so that a reader's font-size setting scales everything; the
 * body keeps the reading system's default size.
 */
public final class ThemeCss {
    private final Theme theme;
    private final EmbeddedFonts fonts;
    private final StringBuilder css = new StringBuilder(8192);

    private ThemeCss(Theme theme, EmbeddedFonts fonts) {
        this.theme = theme;
        this.fonts = fonts;
    }

    /** The stylesheet for a theme and the fonts embedded for it. */
    public static String of(Theme theme, EmbeddedFonts fonts) {
        return new ThemeCss(theme, fonts).write();
    }

    private String write() {
        css.append("/* Generated from theme '").append(comment(theme.name())).append("'. */\n");
        for (EmbeddedFonts.FontFace face : fonts.faces()) {
            css.append("@font-face { font-family: \"").append(face.family()).append("\"; font-weight: ")
                    .append(face.bold() ? "bold" : "normal").append("; font-style: ")
                    .append(face.italic() ? "italic" : "normal").append("; src: url(\"../")
                    .append(face.href()).append("\"); }\n");
        }
        double body = theme.style(Role.BODY).size();
        rule("body", Role.BODY, body, true);
        css.append("body { margin: 0 5%; orphans: 2; widows: 2; }\n");
        rule("h1", Role.H1, body, true);
        rule("h2", Role.H2, body, true);
        rule("h3", Role.H3, body, true);
        rule("h4, h5, h6", Role.H4, body, true);
        // Both spellings of each break property: EPUB 2 era reading systems know only the page-break-* ones.
        css.append("h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }\n");
        css.append("p { margin: 0 0 ").append(em(theme.style(Role.BODY).spaceAfter() / body)).append(" 0; }\n");
        TextStyle list = theme.style(Role.LIST);
        css.append("ul, ol { margin: 0 0 ").append(em(list.spaceAfter() / body)).append(" 0; padding-left: ")
                .append(em(Math.max(list.indent(), 12) / body)).append("; }\n");
        rule("li", Role.LIST, body, false);
        css.append("li { margin-bottom: ").append(em(list.spaceAfter() / list.size())).append("; }\n");
        css.append("li.task { list-style-type: none; }\n");
        rule("blockquote", Role.QUOTE, body, true);
        css.append("blockquote { margin-right: 0; }\n");
        // What the PDF keeps whole: list items, quotes, and the code blocks and tables the writer marks as
        // within the theme's keep limits (a longer one would only leave a gap before it).
        css.append("li, blockquote, pre.keep, table.keep, figure { break-inside: avoid; page-break-inside: avoid; }\n");
        rule("pre", Role.CODE, body, true);
        css.append("pre { white-space: pre-wrap; padding: 0.5em 0.75em; }\n");
        css.append("pre code { font-size: 1em; }\n");
        css.append("code { font-family: ").append(stack(theme.style(Role.CODE).font())).append("; font-size: ")
                .append(em(theme.style(Role.CODE).size() / body)).append("; }\n");
        rule("table", Role.TABLE, body, true);
        css.append("table { border-collapse: collapse; width: 100%; }\n");
        css.append("th, td { padding: 0.25em 0.5em; vertical-align: top; border-bottom: 1px solid ")
                .append(theme.rule().hex()).append("; text-align: left; }\n");
        rule("th", Role.TABLE_HEADER, theme.style(Role.TABLE).size(), false);
        css.append("th { border-bottom-width: 2px; }\n");
        css.append(".align-left { text-align: left; } .align-center { text-align: center; } ")
                .append(".align-right { text-align: right; }\n");
        css.append(".align-right, .numeric { font-variant-numeric: tabular-nums; }\n");
        rule("caption", Role.CAPTION, theme.style(Role.TABLE).size(), true);
        css.append("figure { margin: 1em 0; text-align: center; }\nimg { max-width: 100%; height: auto; }\n");
        // The theme's tallest figure, as a share of the screen; contain keeps the proportions when both caps
        // bite on an image the author gave a width and a height.
        css.append("figure img { max-height: ").append(number(theme.figures().maxHeight() * 100))
                .append("vh; object-fit: contain; }\n");
        // An image inside the text is drawn at text size, as the PDF draws it (0.8 em, bottom on the baseline).
        css.append("img.inline-image { height: 0.8em; width: auto; vertical-align: baseline; }\n");
        rule("figcaption, .missing-image", Role.CAPTION, body, true);
        css.append(".caption-label { font-weight: bold; }\n");
        css.append("div.page-break { break-before: page; page-break-before: always; margin: 0; }\n");
        css.append("hr { border: 0; border-top: 1px solid ").append(theme.rule().hex()).append("; margin: 1.5em 20%; }\n");
        css.append("a[href] { color: ").append(theme.accent().hex()).append("; }\n");
        css.append("a.noteref { vertical-align: super; font-size: 0.7em; line-height: 0; text-decoration: none; }\n");
        css.append("section.notes { margin-top: 2em; border-top: 1px solid ").append(theme.rule().hex())
                .append("; padding-top: 0.5em; }\n");
        rule("aside.footnote", Role.FOOTNOTE, body, true);
        css.append("p.footnote-number { font-weight: bold; margin: 0 0.4em 0 0; float: left; }\n");
        css.append("p.footnote-number a { text-decoration: none; }\n");
        rule(".letterhead", Role.LETTERHEAD, body, true);
        css.append(".letterhead { border-bottom: 2px solid ").append(theme.accent().hex())
                .append("; padding-bottom: 0.4em; }\n");
        rule(".banner", Role.BANNER, body, true);
        rule(".kind", Role.KIND, body, true);
        rule("h1.title", Role.TITLE, body, true);
        rule(".subtitle", Role.SUBTITLE, body, true);
        rule(".meta", Role.META, body, true);
        css.append("section.titlepage { margin-bottom: 1.5em; padding-top: 1em; }\n");
        css.append("dl { margin: 0; }\n");
        rule("dt.participant-name", Role.PARTICIPANT_NAME, body, true);
        rule("dd.participant-bio", Role.PARTICIPANT_BIO, body, true);
        css.append("dd.participant-bio { margin-left: 0; }\n");
        css.append("body.cover { margin: 0; padding: 0; text-align: center; }\n");
        css.append("section.cover img { max-width: 100%; max-height: 100vh; }\n");
        css.append("nav ol { list-style-type: none; padding-left: 1.2em; }\n");
        css.append("nav > ol { padding-left: 0; }\n");
        return css.toString();
    }

    /** A rule for a role; sizes relative to {@code parentSize} (the size the element inherits). */
    private void rule(String selector, Role role, double parentSize, boolean blockSpacing) {
        TextStyle s = theme.style(role);
        List<String> d = new ArrayList<>();
        d.add("font-family: " + stack(s.font()));
        if (role != Role.BODY) {
            d.add("font-size: " + em(s.size() / parentSize));
        }
        d.add("line-height: " + number(s.leading() / s.size()));
        d.add("font-weight: " + (s.bold() ? "bold" : "normal"));
        d.add("font-style: " + (s.italic() ? "italic" : "normal"));
        d.add("color: " + s.color().hex());
        d.add("text-align: " + s.align().name().toLowerCase(Locale.ROOT));
        if (s.align() == Align.JUSTIFY) {
            // Justified text on a phone's narrow measure needs hyphenation, as the memo has; readers
            // hyphenate by the xml:lang of the document.
            d.add("hyphens: auto");
            d.add("-webkit-hyphens: auto");
        }
        if (s.background() != null) {
            d.add("background-color: " + s.background().hex());
        }
        if (blockSpacing && role != Role.BODY) {
            d.add("margin-top: " + em(s.spaceBefore() / s.size()));
            d.add("margin-bottom: " + em(s.spaceAfter() / s.size()));
            if (s.indent() > 0) {
                d.add("margin-left: " + em(s.indent() / s.size()));
            }
        }
        if (blockSpacing && role != Role.BODY && s.breakBefore() != BreakBefore.AUTO) {
            boolean right = s.breakBefore() == BreakBefore.RIGHT;
            d.add("break-before: " + (right ? "right" : "page"));
            d.add("page-break-before: " + (right ? "right" : "always"));
        }
        if (s.uppercase()) {
            d.add("text-transform: uppercase");
        }
        if (s.letterSpacing() > 0) {
            d.add("letter-spacing: " + em(s.letterSpacing() / s.size()));
        }
        css.append(selector).append(" { ").append(String.join("; ", d)).append("; }\n");
    }

    private String stack(String family) {
        StringBuilder out = new StringBuilder("\"").append(EmbeddedFonts.cssFamily(family)).append('"');
        for (String fallback : fonts.fallbacks()) {
            out.append(", \"").append(fallback).append('"');
        }
        String lower = family.toLowerCase(Locale.ROOT);
        out.append(lower.contains("mono") ? ", monospace" : lower.contains("sans") ? ", sans-serif" : ", serif");
        return out.toString();
    }

    private static String em(double value) {
        return number(value) + "em";
    }

    /** A CSS number: at most three decimals, without trailing zeros. */
    public static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String comment(String text) {
        return text.replace("*/", "* /");
    }
}

package org.briefing.read.build;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Characters;
import org.briefing.model.Image;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML {@code <img>} written in the source, read with jsoup into a model image: its {@code src}, {@code alt},
 * {@code title}, and {@code width}/{@code height} (CSS pixels, or a percentage for the width). Wrappers that
 * only hold the image ({@code <p align=center>}, {@code <div>}, {@code <center>}) are looked through.
 */
final class HtmlImages {
    private static final Set<String> WRAPPERS = Set.of("p", "div", "center", "span");
    private static final List<String> SIZES = List.of("width", "height");
    /** Where each size attribute's value starts on an {@code img} tag, compiled once. */
    private static final Map<String, Pattern> VALUE_STARTS = Map.of(
            "width", Pattern.compile("(?is)<img\\b[^>]*?\\swidth\\s*=\\s*[\"']?"),
            "height", Pattern.compile("(?is)<img\\b[^>]*?\\sheight\\s*=\\s*[\"']?"));

    private HtmlImages() {
    }

    /**
     * The image {@code html} consists of, or null when it holds anything else (text, other elements, an image
     * without {@code src}). {@code offset} is where {@code html} starts in the parsed text, for errors.
     */
    static Image of(String html, int offset, int line, SourceErrors errors) {
        if (!html.toLowerCase(Locale.ROOT).contains("<img")) {
            return null;
        }
        Element img = soleImage(Jsoup.parseBodyFragment(html).body());
        if (img == null || img.attr("src").isBlank()) {
            return null;
        }
        Map<String, AttributeList.Value> values = new HashMap<>();
        for (String key : SIZES) {
            if (img.hasAttr(key)) {
                values.put(key, new AttributeList.Value(img.attr(key), offset + valueOffset(html, key)));
            }
        }
        Image image = new Image(clean(img.attr("src")).strip(), clean(img.attr("alt")), clean(img.attr("title")), line);
        return ImageAttributes.apply(image, new AttributeList(offset, offset + html.length(), "", values, Set.of()), errors);
    }

    /** The one {@code img} inside {@code parent} and its wrappers, or null. */
    private static Element soleImage(Element parent) {
        Element only = null;
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (!(child instanceof Element element) || only != null) {
                return null;
            }
            only = element;
        }
        if (only == null) {
            return null;
        }
        if (only.normalName().equals("img")) {
            return only;
        }
        return WRAPPERS.contains(only.normalName()) ? soleImage(only) : null;
    }

    /** Where the value of {@code key} starts on the {@code img} tag, or the tag's start if it cannot be found. */
    private static int valueOffset(String html, String key) {
        Matcher m = VALUE_STARTS.get(key).matcher(html);
        if (m.find()) {
            return m.end();
        }
        return Math.max(0, html.toLowerCase(Locale.ROOT).indexOf("<img"));
    }

    /** jsoup decodes character references, which could spell a character no output can carry. */
    private static String clean(String text) {
        return Characters.withoutForbidden(text);
    }
}

package org.briefing.render.epub.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XHTML: every text and attribute value is escaped, characters XML forbids are
 * dropped, and elements close in order. The one way markup reaches an EPUB content document.
 */
public final class XhtmlWriter {
    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name/value pairs, pairs with a null value are skipped. */
    public XhtmlWriter start(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Writes an element with no content, e.g. {@code <br/>}. */
    public XhtmlWriter empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Closes the innermost open element. */
    public XhtmlWriter end() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no open element to close");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Closes open elements until {@code depth} remain. */
    public XhtmlWriter endTo(int depth) {
        while (open.size() > depth) {
            end();
        }
        return this;
    }

    /** How many elements are open. */
    public int depth() {
        return open.size();
    }

    /** Writes escaped text. */
    public XhtmlWriter text(String text) {
        escape(text, false);
        return this;
    }

    /** Writes a line break between block elements, to keep the source readable; no visible effect. */
    public XhtmlWriter newline() {
        out.append('\n');
        return this;
    }

    /**
     * Writes markup that is already well-formed XHTML (the sanitiser's output). Only the sanitiser
     * calls this; everything else goes through {@link #text}.
     */
    XhtmlWriter trusted(String markup) {
        out.append(markup);
        return this;
    }

    /** The document so far; fails if an element is still open. */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t', '\r' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                    // Other characters (controls, lone surrogates, U+FFFE/F) cannot appear in XML: dropped.
                }
            }
        }
    }

    /** Whether a BMP character may appear in an XML 1.0 document (surrogates are handled by the caller). */
    static boolean isXmlChar(char c) {
        return c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD;
    }
}

package org.briefing.render.epub.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;
import org.briefing.render.epub.pack.XmlChars;

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
        XmlChars.escapeInto(out, text, attribute);
    }
}

package org.briefing.render.epub.xhtml;

import java.util.function.Consumer;

/** The frame every content document shares: XML declaration, doctype, head with title and stylesheet. */
final class PageShell {
    /** The stylesheet's href as seen from the text folder. */
    static final String STYLESHEET = "../styles/book.css";

    private PageShell() {
    }

    /** A complete XHTML document whose body {@code body} writes; {@code bodyClass} may be null. */
    static String page(String lang, String title, String bodyClass, Consumer<XhtmlWriter> body) {
        XhtmlWriter out = new XhtmlWriter();
        out.trusted("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        out.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "xmlns:epub", "http://www.idpf.org/2007/ops",
                "lang", lang, "xml:lang", lang).newline();
        out.start("head").newline();
        out.empty("meta", "charset", "UTF-8").newline();
        out.start("title").text(title).end().newline();
        out.empty("link", "rel", "stylesheet", "type", "text/css", "href", STYLESHEET).newline();
        out.end().newline();
        out.start("body", "class", bodyClass).newline();
        body.accept(out);
        out.end().newline().end().newline();
        return out.finish();
    }
}

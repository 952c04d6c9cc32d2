package org.briefing.render.pdf.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * A structure element while the tree is being built: mutable on purpose, because its kids (marked
 * content, annotations, child elements) arrive in painting order. Turned into PDF objects at the end.
 */
final class TagElement {
    /** Marked content {@code mcid} on page {@code page}. */
    record MarkedRef(int page, int mcid) {
    }

    /** An annotation, by its index among the tagger's annotations. */
    record AnnotationRef(int annotation) {
    }

    final String type;
    TagElement parent;
    final List<Object> kids = new ArrayList<>();
    String alt = "";
    String id = "";
    String scope = "";
    /** The language of a Span of text in another language than the document's, else empty. */
    String lang = "";
    /** A link's target ({@code https://…} or {@code #name}). */
    String target = "";
    /** The text painted inside a link, for its annotation's /Contents (empty for other elements). */
    final StringBuilder text = new StringBuilder();

    TagElement(String type, TagElement parent) {
        this.type = type;
        this.parent = parent;
    }

    /** Creates a child and appends it to this element's kids. */
    TagElement child(String childType) {
        TagElement kid = new TagElement(childType, this);
        kids.add(kid);
        return kid;
    }

    /** The last kid if it is an element, else null. */
    TagElement lastElement() {
        return !kids.isEmpty() && kids.get(kids.size() - 1) instanceof TagElement e ? e : null;
    }
}

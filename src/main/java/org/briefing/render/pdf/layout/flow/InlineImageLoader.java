package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Image;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.ImageData;
import org.briefing.render.pdf.layout.inline.InlineImage;
import org.briefing.render.pdf.layout.inline.Span;

/**
 * Loads the images inside a paragraph before it is set, on the layout's own thread and in document
 * order, so warnings, errors and structure ids come in the same order every run. Each image that loads
 * becomes a Figure inside the paragraph; one that does not (remote, reported by the source) stays its
 * alt text. A missing or damaged file is the source's error, as for a figure.
 */
final class InlineImageLoader {
    private final ImageSource images;
    private final BlockIds ids;

    InlineImageLoader(ImageSource images, BlockIds ids) {
        this.images = images;
        this.ids = ids;
    }

    /** The spans with their images loaded; {@code parent} is the paragraph's structure id. */
    List<Span> load(List<Span> spans, int parent) {
        List<Span> out = null;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (span.kind() != Span.Kind.IMAGE || span.image() == null || span.image().data() != null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans);
            }
            Image image = span.image().source();
            ImageData data = images.load(image);
            out.set(i, data == null
                    ? new Span(Span.Kind.TEXT, span.text(), span.bold(), span.italic(), span.strike(), span.link(),
                            0, span.lang(), null)
                    : new Span(Span.Kind.IMAGE, span.text(), span.bold(), span.italic(), span.strike(), span.link(),
                            0, span.lang(), new InlineImage(image, data, ids.open(StructureRole.FIGURE, parent,
                                    image.alt()), span.image().link())));
        }
        return out == null ? spans : out;
    }
}

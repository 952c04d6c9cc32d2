package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.ImageData;
import org.briefing.render.pdf.layout.inline.InlineFlattener;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.render.pdf.layout.inline.SetLine;
import org.briefing.style.Role;

/**
 * Sets an image scaled to fit the column (never enlarged beyond its size at 96 dpi) with its alt text as
 * a caption; an image that cannot be shown becomes its caption in brackets.
 */
final class FigureLayouter {
    private final StyleSheet styles;
    private final ParagraphSetter setter;
    private final ImageSource images;
    private final FlowWriter out;
    private double maxHeight = Double.MAX_VALUE;

    FigureLayouter(StyleSheet styles, ParagraphSetter setter, ImageSource images, FlowWriter out) {
        this.styles = styles;
        this.setter = setter;
        this.images = images;
        this.out = out;
    }

    /** Images are shrunk to at most this height (a share of the page's text height). */
    void maxHeight(double pageTextHeight) {
        this.maxHeight = pageTextHeight * 0.75;
    }

    /** Lays out one figure. */
    void layout(Image image, Column frame, BlockIds ids) {
        int blockId = ids.open(StructureRole.FIGURE, frame.parent(), image.alt());
        ImageData data = images.load(image);
        String caption = !image.title().isBlank() ? image.title() : image.alt();
        if (data != null) {
            double w = data.pixelWidth() * 0.75;
            double h = data.pixelHeight() * 0.75;
            double scale = Math.min(1, Math.min(frame.width() / w, maxHeight / h));
            w *= scale;
            h *= scale;
            double x = frame.left() + (frame.width() - w) / 2;
            List<PageItem> items = List.of(new ImageItem(x, 0, w, h, data.bytes(), image.alt(), StructureRole.FIGURE,
                    blockId));
            out.emit(frame, h, items, h, !caption.isBlank(), List.of(), 0, blockId);
            out.space(4, frame);
        } else {
            caption = "[" + (caption.isBlank() ? image.src() : caption) + "]";
        }
        if (caption.isBlank()) {
            return;
        }
        int captionId = ids.open(StructureRole.CAPTION, blockId);
        ParagraphStyle style = styles.paragraph(Role.CAPTION, StructureRole.CAPTION, captionId);
        // A remote image is never fetched: its caption (the alt text) links to it instead.
        Inline captionText = data == null && image.isRemote()
                ? new Link(image.src(), "", List.of(new Text(caption))) : new Text(caption);
        List<SetLine> lines = setter.set(InlineFlattener.flatten(List.of(captionText)), style, frame.left(),
                frame.width());
        for (SetLine line : lines) {
            out.emit(frame, line.height(), new ArrayList<>(line.items()), line.baseline(), false, List.of(), 0,
                    captionId);
        }
    }
}

package org.briefing.render.pdf.layout.flow;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Figure;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.Link;
import org.briefing.model.Numbers;
import org.briefing.model.Strong;
import org.briefing.model.Text;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.render.pdf.layout.inline.ImageBox;
import org.briefing.render.pdf.layout.inline.ImageData;
import org.briefing.render.pdf.layout.inline.InlineFlattener;
import org.briefing.render.pdf.layout.inline.ParagraphSetter;
import org.briefing.render.pdf.layout.inline.ParagraphStyle;
import org.briefing.render.pdf.layout.inline.SetLine;
import org.briefing.style.Figures;
import org.briefing.style.Role;

/**
 * Sets a figure as one slab, the image and its caption together, so pagination moves them as a unit and
 * never parts them. The image takes its natural size (its file's resolution, else the theme's), or the
 * size its author asked for, and is then shrunk to fit the column and the theme's share of the page's
 * height. The caption is the figure's own ("Figure 3." before it when the theme numbers figures), never
 * the alt text; an image that cannot be shown is replaced by its alt text in brackets.
 */
final class FigureLayouter {
    /** The word before a figure's number; English until captions are localized (issue 19). */
    /** Space between the image and its caption. */
    private static final double CAPTION_GAP = 4;

    private final StyleSheet styles;
    private final ParagraphSetter setter;
    private final ImageSource images;
    private final FlowWriter out;
    private double maxHeight = Double.MAX_VALUE;
    private Numbers numbers;

    FigureLayouter(StyleSheet styles, ParagraphSetter setter, ImageSource images, FlowWriter out) {
        this.styles = styles;
        this.setter = setter;
        this.images = images;
        this.out = out;
    }

    /** Images are shrunk to at most the theme's share of {@code textHeight} (the page's, or the notes'). */
    void maxHeight(double textHeight) {
        this.maxHeight = textHeight * styles.theme().figures().maxHeight();
    }

    /** The document's figure numbers, for themes that number figures; without them none is numbered. */
    void numbers(Numbers numbers) {
        this.numbers = numbers;
    }

    /** Lays out one figure. */
    void layout(Figure figure, Column frame, BlockIds ids) {
        Image image = figure.image();
        int blockId = ids.open(StructureRole.FIGURE, frame.parent(), image.alt());
        ImageData data = images.load(image);
        List<PageItem> items = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        double y = 0;
        double baseline = -1;
        if (data != null) {
            ImageBox box = size(image, data, frame.width());
            double x = frame.left() + (frame.width() - box.width()) / 2;
            items.add(new ImageItem(x, 0, box.width(), box.height(), data.bytes(), image.alt(),
                    StructureRole.FIGURE, blockId));
            y = box.height();
            baseline = y;
        }
        List<List<Inline>> captions = captions(figure, data == null);
        if (!captions.isEmpty()) {
            int captionId = ids.open(StructureRole.CAPTION, blockId);
            ParagraphStyle style = styles.paragraph(Role.CAPTION, StructureRole.CAPTION, captionId);
            y += data != null ? CAPTION_GAP : 0;
            for (List<Inline> caption : captions) {
                for (SetLine line : setter.set(InlineFlattener.flatten(caption), style, frame.left(), frame.width())) {
                    for (PageItem item : line.items()) {
                        items.add(item.shifted(y));
                    }
                    baseline = baseline < 0 ? y + line.baseline() : baseline;
                    notes.addAll(line.footnotes());
                    y += line.height();
                }
            }
        }
        out.emit(frame, y, items, baseline, false, notes, 0, blockId);
    }

    /** The image's size in a column {@code measure} wide. */
    private ImageBox size(Image image, ImageData data, double measure) {
        Figures theme = styles.theme().figures();
        return ImageBox.natural(data, theme.resolution()).asked(image.width(), image.height(), measure)
                .within(measure, maxHeight);
    }

    /**
     * The paragraphs under the image: for an image that is not shown, its alt text (or its address) in
     * brackets, linked when remote, since then the alt text stands in for the image; then the caption.
     */
    private List<List<Inline>> captions(Figure figure, boolean missing) {
        List<List<Inline>> out = new ArrayList<>(2);
        if (missing) {
            Image image = figure.image();
            Text stand = new Text("[" + (image.alt().isBlank() ? image.src() : image.alt()) + "]");
            // A remote image is never fetched: its stand-in links to it instead.
            out.add(List.of(image.isRemote() ? new Link(image.src(), "", List.of(stand)) : stand));
        }
        int number = numbers != null && styles.theme().figures().numbered() ? numbers.of(figure) : 0;
        if (number > 0) {
            List<Inline> caption = new ArrayList<>();
            caption.add(new Strong(List.of(new Text(Numbers.figureLabel(number, !figure.caption().isEmpty())))));
            if (!figure.caption().isEmpty()) {
                caption.add(new Text(" "));
                caption.addAll(figure.caption());
            }
            out.add(caption);
        } else if (!figure.caption().isEmpty()) {
            out.add(figure.caption());
        }
        return out;
    }
}

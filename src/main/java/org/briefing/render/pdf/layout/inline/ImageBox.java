package org.briefing.render.pdf.layout.inline;

import org.briefing.model.Length;

/**
 * The size an image is drawn at, in points, reached in steps: its natural size (or its pixel shape), then
 * the size the author asked for, then shrunk to fit. Every step but the author's only ever shrinks.
 */
public record ImageBox(double width, double height) {
    private static final double POINTS_PER_INCH = 72;

    /**
     * The image's natural size: its pixels at the resolution its file states, or at {@code fallbackPpi} when
     * the file states none.
     */
    public static ImageBox natural(ImageData data, double fallbackPpi) {
        double ppi = data.ppi() > 0 ? data.ppi() : fallbackPpi;
        return new ImageBox(data.pixelWidth() * POINTS_PER_INCH / ppi, data.pixelHeight() * POINTS_PER_INCH / ppi);
    }

    /** The image's shape with no size of its own: one point per pixel, for when only the author's size counts. */
    public static ImageBox pixels(ImageData data) {
        return new ImageBox(data.pixelWidth(), data.pixelHeight());
    }

    /**
     * The size the author asked for, percentages of {@code measure}: one length given keeps this box's aspect
     * ratio, both are taken as given, neither leaves this box as it is.
     */
    public ImageBox asked(Length width, Length height, double measure) {
        if (width != null && height != null) {
            return new ImageBox(width.resolve(measure), height.resolve(measure));
        }
        if (width != null) {
            return scaled(width.resolve(measure) / this.width);
        }
        return height != null ? scaled(height.resolve(measure) / this.height) : this;
    }

    /** This box, scaled down with its aspect ratio kept until it fits in {@code maxWidth} × {@code maxHeight}. */
    public ImageBox within(double maxWidth, double maxHeight) {
        return scaled(Math.min(1, Math.min(maxWidth / width, maxHeight / height)));
    }

    private ImageBox scaled(double factor) {
        return new ImageBox(width * factor, height * factor);
    }
}

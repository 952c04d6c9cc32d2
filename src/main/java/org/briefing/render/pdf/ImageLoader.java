package org.briefing.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.briefing.model.Image;
import org.briefing.model.Warnings;
import org.briefing.render.Resources;
import org.briefing.render.pdf.layout.flow.ImageSource;
import org.briefing.render.pdf.layout.inline.ImageData;

/**
 * Reads local PNG and JPEG images through the job's sandboxed resources and finds their pixel size and
 * stated resolution.
 * Remote and undecodable images are reported and shown as their alt text.
 */
final class ImageLoader implements ImageSource {
    private final Resources resources;
    private final Warnings warnings;
    private final String source;

    ImageLoader(Resources resources, Warnings warnings, String source) {
        this.resources = resources;
        this.warnings = warnings;
        this.source = source;
    }

    @Override
    public ImageData load(Image image) {
        if (image.isRemote()) {
            warnings.warn(source + ":" + image.line() + ": remote image not fetched, alt text shown: " + image.src());
            return null;
        }
        byte[] bytes = resources.read(image);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in != null && readers.hasNext()) {
                ImageReader reader = readers.next();
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                try {
                    reader.setInput(in);
                    if (format.equals("png") || format.equals("jpeg")) {
                        return new ImageData(bytes, reader.getWidth(0), reader.getHeight(0), ImageDensity.ppi(bytes));
                    }
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            warnings.warn(source + ":" + image.line() + ": cannot read image " + image.src() + ": " + e.getMessage());
            return null;
        }
        warnings.warn(source + ":" + image.line() + ": not a PNG or JPEG image, alt text shown: " + image.src());
        return null;
    }
}

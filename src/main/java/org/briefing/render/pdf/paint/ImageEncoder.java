package org.briefing.render.pdf.paint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.briefing.model.BriefingException;

/** Turns a PNG or JPEG file into an image XObject: JPEG bytes pass through, others are re-encoded losslessly. */
final class ImageEncoder {
    private ImageEncoder() {
    }

    static PDImageXObject encode(PDDocument doc, byte[] data, String alt) throws IOException {
        boolean jpeg = data.length > 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8;
        if (jpeg) {
            return JPEGFactory.createFromByteArray(doc, data);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
        if (image == null) {
            throw new BriefingException("cannot decode image '" + alt + "'");
        }
        return LosslessFactory.createFromImage(doc, image);
    }
}

package org.briefing.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The corpus's committed pictures are the ones {@link CorpusImages} draws: right size, and a density stated
 * exactly when the picture should have one (a chart without pHYs must stay without, or the theme's default
 * resolution is never tested). {@code -Dbriefing.updateGolden=true} redraws them first.
 */
class CorpusImagesTest {
    @Test
    void committedPicturesHaveTheirSizeAndDensity() throws IOException {
        if (Boolean.getBoolean("briefing.updateGolden")) {
            CorpusImages.writeAll();
        }
        for (CorpusImages.Picture picture : CorpusImages.all()) {
            Path file = CorpusImages.FOLDER.resolve(picture.name());
            assertTrue(Files.isRegularFile(file), file + " is missing: run with -Dbriefing.updateGolden=true");
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                ImageReader reader = readers.next();
                reader.setInput(in);
                assertEquals(picture.width(), reader.getWidth(0), picture.name());
                assertEquals(picture.height(), reader.getHeight(0), picture.name());
                assertEquals(picture.dpi(), dpi(reader.getImageMetadata(0)), 1, picture.name() + " density");
                reader.dispose();
            }
        }
    }

    /** The horizontal density the file's own header states, in pixels per inch; 0 when it states none. */
    private static double dpi(IIOMetadata metadata) {
        Element root = (Element) metadata.getAsTree(metadata.getNativeMetadataFormatName());
        NodeList phys = root.getElementsByTagName("pHYs");
        if (phys.getLength() > 0) {
            Element e = (Element) phys.item(0);
            return "meter".equals(e.getAttribute("unitSpecifier"))
                    ? Double.parseDouble(e.getAttribute("pixelsPerUnitXAxis")) * 0.0254 : 0;
        }
        NodeList jfif = root.getElementsByTagName("app0JFIF");
        if (jfif.getLength() > 0) {
            Element e = (Element) jfif.item(0);
            // Units 0 state only an aspect ratio, not a density.
            return "1".equals(e.getAttribute("resUnits")) ? Double.parseDouble(e.getAttribute("Xdensity")) : 0;
        }
        return 0;
    }
}

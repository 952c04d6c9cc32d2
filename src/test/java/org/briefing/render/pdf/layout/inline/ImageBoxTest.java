package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.briefing.model.Image;
import org.briefing.model.Length;
import org.junit.jupiter.api.Test;

/** How big an image is drawn: natural size, the author's size, then shrunk to fit, never enlarged. */
class ImageBoxTest {
    private static final double MEASURE = 450;
    private static final double CM = 72 / 2.54;

    /** 600 × 300 pixels. */
    private static ImageData data(double ppi) {
        return new ImageData(new byte[0], 600, 300, ppi);
    }

    private static void assertBox(double w, double h, ImageBox box) {
        assertEquals(w, box.width(), 1e-6, "width");
        assertEquals(h, box.height(), 1e-6, "height");
    }

    @Test
    void naturalSizeIsThePixelsAtTheFilesResolution() {
        assertBox(144, 72, ImageBox.natural(data(300), 150));
    }

    @Test
    void aFileThatStatesNoResolutionTakesTheThemes() {
        assertBox(288, 144, ImageBox.natural(data(0), 150));
    }

    @Test
    void aPercentageIsOfTheMeasureAndKeepsTheAspectRatio() {
        assertBox(270, 135, ImageBox.natural(data(300), 150).asked(Length.percent(60), null, MEASURE));
    }

    @Test
    void centimetresAndPixelsArrivePointsAndKeepTheAspectRatio() {
        assertBox(8 * CM, 4 * CM, ImageBox.natural(data(0), 150).asked(Length.points(8 * CM), null, MEASURE));
        assertBox(225, 112.5, ImageBox.natural(data(0), 150).asked(Length.points(300 * 0.75), null, MEASURE));
        assertBox(10 * CM, 5 * CM, ImageBox.natural(data(0), 150).asked(null, Length.points(5 * CM), MEASURE));
    }

    @Test
    void bothLengthsAreTakenAsGiven() {
        assertBox(100, 100, ImageBox.natural(data(0), 150).asked(Length.points(100), Length.points(100), MEASURE));
    }

    @Test
    void theAuthorMayEnlargeASmallImage() {
        assertBox(MEASURE, MEASURE / 2, ImageBox.natural(data(2400), 150).asked(Length.percent(100), null, MEASURE));
    }

    @Test
    void aWideImageIsShrunkToTheColumn() {
        assertBox(MEASURE, MEASURE / 2, ImageBox.natural(data(50), 150).within(MEASURE, 1000));
    }

    @Test
    void aTallImageIsShrunkToTheMaxHeightKeepingItsShape() {
        assertBox(200, 100, ImageBox.natural(data(72), 150).within(MEASURE, 100));
    }

    @Test
    void bothLengthsShrinkTogether() {
        assertBox(MEASURE, 300, new ImageBox(900, 600).within(MEASURE, 1000));
    }

    @Test
    void aSmallImageIsNeverEnlargedToFit() {
        assertBox(144, 72, ImageBox.natural(data(300), 150).within(MEASURE, 1000));
    }

    @Test
    void anInlineImageIsTextHighUnlessSized() {
        InlineImage plain = new InlineImage(new Image("a.png", "a", "", 1), data(0), 1, null);
        assertBox(16, 8, plain.box(8, MEASURE));
        InlineImage sized = new InlineImage(new Image("a.png", "a", "", 1, Length.points(60), null), data(0), 1, null);
        assertBox(60, 30, sized.box(8, MEASURE));
        InlineImage tall = new InlineImage(new Image("a.png", "a", "", 1, null, Length.points(900)), data(0), 1, null);
        assertBox(MEASURE, MEASURE / 2, tall.box(8, MEASURE));
    }
}

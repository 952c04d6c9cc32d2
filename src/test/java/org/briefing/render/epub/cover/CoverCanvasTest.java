package org.briefing.render.epub.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The cover's own rasteriser: coverage is the area of each pixel inside the shape, edges blend, overlaps unite. */
class CoverCanvasTest {
    private static final int WHITE = 0xffffff;
    private static final int BLACK = 0x000000;

    private static int grey(CoverCanvas canvas, int x, int y) {
        return canvas.pixels()[y * 10 + x] & 0xff;
    }

    @Test
    void aRectangleOnHalfPixelsCoversItsEdgePixelsByHalf() {
        CoverCanvas canvas = new CoverCanvas(10, 10, WHITE);
        canvas.fill(new Path2D.Float(new Rectangle2D.Float(2.5f, 3f, 4f, 2f)), BLACK);
        assertEquals(255, grey(canvas, 1, 3), "outside");
        assertEquals(127, grey(canvas, 2, 3), "half covered: alpha 128 of 255");
        assertEquals(0, grey(canvas, 3, 3), "inside");
        assertEquals(0, grey(canvas, 5, 4), "inside");
        assertEquals(127, grey(canvas, 6, 4), "half covered");
        assertEquals(255, grey(canvas, 7, 4), "outside");
        assertEquals(255, grey(canvas, 4, 5), "below");
    }

    @Test
    void aDiagonalEdgeCoversTheAreaBelowIt() {
        CoverCanvas canvas = new CoverCanvas(10, 10, WHITE);
        Path2D.Float triangle = new Path2D.Float();
        triangle.moveTo(0, 0);
        triangle.lineTo(4, 4);
        triangle.lineTo(0, 4);
        triangle.closePath();
        canvas.fill(triangle, BLACK);
        assertEquals(127, grey(canvas, 1, 1), "the diagonal halves the pixel");
        assertEquals(0, grey(canvas, 0, 3), "below the diagonal");
        assertEquals(255, grey(canvas, 3, 0), "above it");
        long ink = 0;
        for (int pixel : canvas.pixels()) {
            ink += 255 - (pixel & 0xff);
        }
        assertEquals(8 * 255, ink, 4, "the triangle's area, 8 pixels");
    }

    @Test
    void overlappingContoursUniteAndAnOppositeContourCutsAHole() {
        CoverCanvas canvas = new CoverCanvas(10, 10, WHITE);
        Path2D.Float shape = new Path2D.Float(new Rectangle2D.Float(1, 1, 4, 4));
        shape.append(new Rectangle2D.Float(3, 3, 4, 4), false);
        canvas.fill(shape, BLACK);
        assertEquals(0, grey(canvas, 3, 3), "covered twice is covered once");
        assertEquals(255, grey(canvas, 6, 1), "outside both");

        CoverCanvas ring = new CoverCanvas(10, 10, WHITE);
        Path2D.Float withHole = new Path2D.Float(new Rectangle2D.Float(1, 1, 8, 8));
        withHole.moveTo(3, 3); // the inner square, wound the other way
        withHole.lineTo(3, 7);
        withHole.lineTo(7, 7);
        withHole.lineTo(7, 3);
        withHole.closePath();
        ring.fill(withHole, BLACK);
        assertEquals(0, grey(ring, 2, 5), "the ring");
        assertEquals(255, grey(ring, 5, 5), "the hole");
    }

    @Test
    void edgesBlendWithWhatIsUnderneathAndShapesAreClippedToTheCanvas() {
        CoverCanvas canvas = new CoverCanvas(10, 10, WHITE);
        canvas.fillRect(-5, 0, 8, 20, 0xff0000);
        canvas.fill(new Path2D.Float(new Rectangle2D.Float(-3.5f, -2f, 20f, 4.5f)), 0x0000ff);
        assertEquals(0x0000ff, canvas.pixels()[0], "covered");
        assertEquals(0x7f0080, canvas.pixels()[2 * 10], "half blue over red");
        assertEquals(0x7f7fff, canvas.pixels()[2 * 10 + 5], "half blue over white");
        assertEquals(0xff0000, canvas.pixels()[5 * 10 + 2], "the rectangle, clipped at the left");
        assertEquals(WHITE, canvas.pixels()[5 * 10 + 3]);
    }
}

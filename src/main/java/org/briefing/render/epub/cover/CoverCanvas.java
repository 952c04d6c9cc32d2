package org.briefing.render.epub.cover;

import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Path2D;

/**
 * The cover's pixels, {@code 0xRRGGBB} row by row, and the two things drawn on them: solid rectangles
 * and shapes filled with anti-aliased edges (non-zero winding, as TrueType outlines are drawn). Java2D is
 * not used: setting it up (its native libraries and drawing loops) costs about 0.2 s of CPU per cold run
 * for a cover that is a few rectangles and some text (measured on the seed cover, fresh JVM, C1 only:
 * 140 ms CPU here against 340 ms filling the same outlines with Java2D; docs/performance.md).
 *
 * <p>A shape's coverage is the exact area of each pixel inside it: each edge adds the signed area it
 * sweeps to an accumulation buffer, and a running sum along each row gives the coverage (the technique of
 * the font-rs and stb_truetype rasterisers, written here from its description). Taking the magnitude of
 * the winding, clipped to one, makes overlapping contours (composite glyphs, emboldening) a union.
 */
final class CoverCanvas {
    /** How far a flattened curve may stray from the true one, in pixels. */
    private static final double FLATNESS = 0.1;
    /** Half of one step of 8-bit alpha: coverage below it rounds to nothing, within it of 1 to full. */
    private static final float HALF_STEP = 0.5f / 255;

    private final int width;
    private final int height;
    private final int[] pixels;

    /** A canvas filled with one colour. */
    CoverCanvas(int width, int height, int background) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        java.util.Arrays.fill(pixels, background);
    }

    /** The pixels, row by row; the canvas's own array. */
    int[] pixels() {
        return pixels;
    }

    /** Fills the rectangle from ({@code x}, {@code y}), {@code w} by {@code h} pixels, clipped to the canvas. */
    void fillRect(int x, int y, int w, int h, int rgb) {
        int left = Math.max(0, x);
        int right = Math.min(width, x + w);
        for (int row = Math.max(0, y); row < Math.min(height, y + h); row++) {
            if (left < right) {
                java.util.Arrays.fill(pixels, row * width + left, row * width + right, rgb);
            }
        }
    }

    /** Fills a shape (pixel coordinates, y down) in a colour, blending its edges with what is underneath. */
    void fill(Path2D shape, int rgb) {
        Rectangle2D bounds = shape.getBounds2D();
        if (bounds.isEmpty()) {
            return;
        }
        int x0 = Math.max(0, (int) Math.floor(bounds.getMinX()));
        int y0 = Math.max(0, (int) Math.floor(bounds.getMinY()));
        int x1 = Math.min(width, (int) Math.ceil(bounds.getMaxX()) + 1);
        int y1 = Math.min(height, (int) Math.ceil(bounds.getMaxY()) + 1);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        Coverage coverage = new Coverage(x1 - x0, y1 - y0);
        double[] point = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator segments = shape.getPathIterator(null, FLATNESS); !segments.isDone(); segments.next()) {
            int type = segments.currentSegment(point);
            double x = point[0] - x0;
            double y = point[1] - y0;
            if (type == PathIterator.SEG_MOVETO) {
                coverage.line(lastX, lastY, startX, startY); // an open contour is closed, as a fill closes it
                startX = x;
                startY = y;
            } else if (type == PathIterator.SEG_LINETO) {
                coverage.line(lastX, lastY, x, y);
            } else { // SEG_CLOSE: a flattening iterator gives no curves
                coverage.line(lastX, lastY, startX, startY);
                x = startX;
                y = startY;
            }
            lastX = x;
            lastY = y;
        }
        coverage.line(lastX, lastY, startX, startY);
        coverage.blend(pixels, width, x0, y0, rgb);
    }

    /** The signed areas swept by a shape's edges over a box of the canvas, then blended in. */
    private static final class Coverage {
        private final int w;
        private final int h;
        /** Two columns more than the box: an edge at its right side adds to the column past it. */
        private final int stride;
        private final float[] area;

        Coverage(int w, int h) {
            this.w = w;
            this.h = h;
            this.stride = w + 2;
            this.area = new float[stride * h];
        }

        /**
         * Adds the edge from (x0, y0) to (x1, y1), in box coordinates, row by row: in each row the edge
         * covers a trapezoid, whose area is split between the pixels it crosses and the pixel after them.
         * Parts above or below the box are left out; parts left of it count as on its left edge.
         */
        void line(double x0, double y0, double x1, double y1) {
            if (y0 == y1) {
                return;
            }
            double sign = y0 < y1 ? 1 : -1;
            if (y0 > y1) {
                double t = x0;
                x0 = x1;
                x1 = t;
                t = y0;
                y0 = y1;
                y1 = t;
            }
            double dxdy = (x1 - x0) / (y1 - y0);
            int firstRow = Math.max(0, (int) Math.floor(y0));
            int endRow = Math.min(h, (int) Math.ceil(y1));
            for (int row = firstRow; row < endRow; row++) {
                double top = Math.max(row, y0);
                double bottom = Math.min(row + 1, y1);
                double dy = bottom - top;
                if (dy <= 0) {
                    continue;
                }
                double xTop = clamp(x0 + (top - y0) * dxdy);
                double xBottom = clamp(x0 + (bottom - y0) * dxdy);
                add(row * stride, Math.min(xTop, xBottom), Math.max(xTop, xBottom), (xTop + xBottom) / 2, dy * sign);
            }
        }

        private double clamp(double x) {
            return Math.max(0, Math.min(w, x));
        }

        /** One row's share of an edge spanning {@code left}..{@code right} with {@code d} = signed height. */
        private void add(int rowStart, double left, double right, double middle, double d) {
            int leftCell = (int) Math.floor(left);
            int rightCell = (int) Math.ceil(right);
            if (rightCell <= leftCell + 1) {
                // Within one pixel: the part of it right of the edge's middle is covered.
                double covered = middle - leftCell;
                area[rowStart + leftCell] += (float) (d * (1 - covered));
                area[rowStart + leftCell + 1] += (float) (d * covered);
                return;
            }
            // Across several pixels: the area right of the edge grows linearly, then quadratically at its ends.
            double slope = 1 / (right - left);
            double leftPart = left - leftCell;
            double firstArea = 0.5 * slope * (1 - leftPart) * (1 - leftPart);
            double rightPart = right - rightCell + 1;
            double lastArea = 0.5 * slope * rightPart * rightPart;
            area[rowStart + leftCell] += (float) (d * firstArea);
            if (rightCell == leftCell + 2) {
                area[rowStart + leftCell + 1] += (float) (d * (1 - firstArea - lastArea));
            } else {
                double secondArea = slope * (1.5 - leftPart);
                area[rowStart + leftCell + 1] += (float) (d * (secondArea - firstArea));
                for (int cell = leftCell + 2; cell < rightCell - 1; cell++) {
                    area[rowStart + cell] += (float) (d * slope);
                }
                double beforeLast = secondArea + (rightCell - leftCell - 3) * slope;
                area[rowStart + rightCell - 1] += (float) (d * (1 - beforeLast - lastArea));
            }
            area[rowStart + rightCell] += (float) (d * lastArea);
        }

        /** Blends the colour into the canvas's pixels by the coverage of each pixel of the box at (x0, y0). */
        void blend(int[] pixels, int canvasWidth, int x0, int y0, int rgb) {
            int red = rgb >> 16 & 0xff;
            int green = rgb >> 8 & 0xff;
            int blue = rgb & 0xff;
            for (int row = 0; row < h; row++) {
                float sum = 0;
                int at = (y0 + row) * canvasWidth + x0;
                for (int col = 0; col < w; col++, at++) {
                    sum += area[row * stride + col];
                    float cover = Math.abs(sum);
                    // Most of a line's box is between or inside glyphs: settled before any rounding.
                    if (cover < HALF_STEP) {
                        continue;
                    }
                    if (cover >= 1 - HALF_STEP) {
                        pixels[at] = rgb;
                    } else {
                        int alpha = (int) (cover * 255 + 0.5f);
                        int under = pixels[at];
                        pixels[at] = mix(under >> 16 & 0xff, red, alpha) << 16 | mix(under >> 8 & 0xff, green, alpha) << 8
                                | mix(under & 0xff, blue, alpha);
                    }
                }
            }
        }

        private static int mix(int under, int over, int alpha) {
            return (under * (255 - alpha) + over * alpha + 127) / 255;
        }
    }
}

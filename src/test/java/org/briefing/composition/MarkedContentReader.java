package org.briefing.composition;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/**
 * Reads one page's content stream and files every glyph and image under the marked-content id (MCID) it is
 * painted in, with its position in points from the page's top-left corner (y downwards, as the layout's
 * frames are). Artifacts and untagged content are left out: they are page furniture, not the document.
 */
final class MarkedContentReader extends PDFGraphicsStreamEngine {
    /** A glyph's share of its font size above the baseline and below it, for its box (Latin and CJK alike). */
    private static final double ASCENT = 0.8;
    private static final double DESCENT = 0.2;

    private final int pageIndex;
    private final double pageHeight;
    /** The MCID of each open marked-content sequence, -1 for one without (artifacts are -2). */
    private final Deque<Integer> open = new ArrayDeque<>();
    private final Map<Integer, List<PdfComposition.Glyph>> glyphs = new HashMap<>();
    private final Map<Integer, List<PdfComposition.Box>> images = new HashMap<>();

    private MarkedContentReader(PDPage page, int pageIndex) {
        super(page);
        this.pageIndex = pageIndex;
        this.pageHeight = page.getMediaBox().getHeight();
    }

    /** The glyphs and images of one page, by MCID. */
    static MarkedContentReader read(PDPage page, int pageIndex) throws IOException {
        MarkedContentReader reader = new MarkedContentReader(page, pageIndex);
        reader.processPage(page);
        return reader;
    }

    List<PdfComposition.Glyph> glyphs(int mcid) {
        return glyphs.getOrDefault(mcid, List.of());
    }

    List<PdfComposition.Box> images(int mcid) {
        return images.getOrDefault(mcid, List.of());
    }

    /** The MCID the current content belongs to, or a negative number for artifacts and untagged content. */
    private int current() {
        for (int mcid : open) {
            if (mcid != -1) {
                return mcid;
            }
        }
        return -1;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
        open.push(COSName.ARTIFACT.equals(tag) ? -2 : mcid);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!open.isEmpty()) {
            open.pop();
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        int mcid = current();
        if (mcid < 0) {
            return;
        }
        String text = font.toUnicode(code);
        double size = trm.getScalingFactorY();
        double x = trm.getTranslateX();
        double width = displacement.getX() * trm.getScalingFactorX();
        double baseline = pageHeight - trm.getTranslateY();
        glyphs.computeIfAbsent(mcid, k -> new ArrayList<>()).add(new PdfComposition.Glyph(pageIndex,
                text == null ? "\uFFFD" : text, x, baseline, width, size,
                new PdfComposition.Box(pageIndex, x, baseline - ASCENT * size, x + width, baseline + DESCENT * size)));
    }

    @Override
    public void drawImage(PDImage pdImage) {
        int mcid = current();
        if (mcid < 0) {
            return;
        }
        // An image fills the unit square of its current transformation matrix.
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double[] xs = new double[4];
        double[] ys = new double[4];
        int i = 0;
        for (double[] corner : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint((float) corner[0], (float) corner[1]);
            xs[i] = p.x;
            ys[i++] = pageHeight - p.y;
        }
        images.computeIfAbsent(mcid, k -> new ArrayList<>()).add(new PdfComposition.Box(pageIndex,
                min(xs), min(ys), max(xs), max(ys)));
    }

    private static double min(double[] values) {
        double m = Double.MAX_VALUE;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = -Double.MAX_VALUE;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    // Paths (rules, cell borders, backgrounds) are not composition content: nothing to record.

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}

package org.briefing.composition;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The composition corpus's pictures, drawn with Java2D from figures invented for the corpus: charts as PNG
 * with and without a pHYs density, and a JPEG with a JFIF density, so that sizing from an image's own
 * resolution and from the theme's default are both exercised. {@link CorpusImagesTest} checks the committed
 * files and rewrites them with {@code -Dbriefing.updateGolden=true}.
 */
final class CorpusImages {
    /** One picture of the corpus: its file name, pixel size, density (0: the file states none) and painter. */
    record Picture(String name, int width, int height, int dpi, Consumer<Graphics2D> painter) {
        boolean jpeg() {
            return name.endsWith(".jpg");
        }
    }

    static final Path FOLDER = Path.of("src/test/resources/composition/images");
    private static final Color INK = new Color(0x1c1c1c);
    private static final Color ACCENT = new Color(0x7a1f1f);
    private static final Color MUTED = new Color(0x8a8a8a);
    private static final Color[] SERIES = {new Color(0x7a1f1f), new Color(0x2f5d7c), new Color(0xc8a24a),
        new Color(0x5b8c5a), new Color(0x8a8a8a)};

    private CorpusImages() {
    }

    /** Every picture the corpus documents use. */
    static List<Picture> all() {
        return List.of(
                new Picture("tariff-trend.png", 1500, 780, 300, g -> bars(g, 1500, 780,
                        new double[] {21.4, 22.0, 23.9, 27.8, 31.2, 30.1, 29.6}, "2018", 1)),
                new Picture("demand-peaks.png", 1600, 900, 300, g -> lines(g, 1600, 900)),
                new Picture("generation-mix.png", 1200, 720, 0, g -> stacked(g, 1200, 720)),
                new Picture("storage-ladder.png", 640, 1500, 0, g -> ladder(g, 640, 1500)),
                new Picture("outage-map.jpg", 1200, 800, 200, g -> heatMap(g, 1200, 800)),
                new Picture("arrears-small.png", 420, 240, 0, g -> bars(g, 420, 240,
                        new double[] {3.1, 3.4, 4.8, 6.2, 5.9}, "2019", 1)));
    }

    /** Draws a picture into a new image. */
    static BufferedImage draw(Picture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, picture.width(), picture.height());
        g.setFont(labelFont(Math.max(14f, picture.height() / 32f)));
        picture.painter().accept(g);
        g.dispose();
        return image;
    }

    /** Writes a picture as PNG or JPEG, stating its density only when it has one. */
    static void write(Picture picture, OutputStream out) throws IOException {
        BufferedImage image = draw(picture);
        ImageWriter writer = ImageIO.getImageWritersBySuffix(picture.jpeg() ? "jpg" : "png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (picture.jpeg()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            if (picture.dpi() > 0) {
                state(metadata, picture);
            }
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * States the density in the format's own header (PNG pHYs in pixels per metre, JPEG JFIF in dots per
     * inch): the JDK's PNG writer misreads the standard tree's pixel size, so the native trees are used.
     */
    private static void state(IIOMetadata metadata, Picture picture) throws IOException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        if (picture.jpeg()) {
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1");
            jfif.setAttribute("Xdensity", Integer.toString(picture.dpi()));
            jfif.setAttribute("Ydensity", Integer.toString(picture.dpi()));
        } else {
            String perMetre = Long.toString(Math.round(picture.dpi() / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
        }
        metadata.setFromTree(format, root);
    }

    /** Rewrites every picture in the corpus folder. */
    static void writeAll() throws IOException {
        Files.createDirectories(FOLDER);
        for (Picture picture : all()) {
            try (OutputStream out = Files.newOutputStream(FOLDER.resolve(picture.name()))) {
                write(picture, out);
            }
        }
    }

    private static Font labelFont(float size) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, Path.of("styles/fonts/NotoSans-Regular.ttf").toFile())
                    .deriveFont(size);
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("the bundled Noto Sans could not be read", e));
        }
    }

    /** Axes with a few horizontal grid lines; returns nothing, the plot area is the inner 80 %. */
    private static void axes(Graphics2D g, int w, int h, int gridLines) {
        g.setStroke(new BasicStroke(Math.max(1f, h / 400f)));
        g.setColor(new Color(0xdddddd));
        for (int i = 1; i <= gridLines; i++) {
            int y = bottom(h) - i * (bottom(h) - top(h)) / gridLines;
            g.drawLine(left(w), y, right(w), y);
        }
        g.setColor(INK);
        g.drawLine(left(w), bottom(h), right(w), bottom(h));
        g.drawLine(left(w), top(h), left(w), bottom(h));
    }

    private static int left(int w) {
        return w / 10;
    }

    private static int right(int w) {
        return w - w / 20;
    }

    private static int top(int h) {
        return h / 12;
    }

    private static int bottom(int h) {
        return h - h / 7;
    }

    private static void bars(Graphics2D g, int w, int h, double[] values, String firstYear, int step) {
        axes(g, w, h, 4);
        double max = 35;
        int slot = (right(w) - left(w)) / values.length;
        int year = Integer.parseInt(firstYear);
        for (int i = 0; i < values.length; i++) {
            int barHeight = (int) ((bottom(h) - top(h)) * values[i] / max);
            int x = left(w) + i * slot + slot / 5;
            g.setColor(i == values.length - 1 ? ACCENT : SERIES[1]);
            g.fillRect(x, bottom(h) - barHeight, slot * 3 / 5, barHeight);
            g.setColor(INK);
            g.drawString(String.format("%.1f", values[i]), x, bottom(h) - barHeight - h / 60);
            g.drawString(Integer.toString(year + i * step), x, bottom(h) + h / 14);
        }
    }

    private static void lines(Graphics2D g, int w, int h) {
        axes(g, w, h, 5);
        double[][] series = {
            {6.1, 6.3, 6.2, 6.6, 6.9, 7.4, 7.2, 7.8, 8.1, 8.0, 8.6, 9.1},
            {5.2, 5.1, 5.4, 5.3, 5.6, 5.8, 5.7, 6.0, 6.2, 6.1, 6.3, 6.5}};
        double max = 10;
        for (int s = 0; s < series.length; s++) {
            g.setColor(SERIES[s]);
            g.setStroke(new BasicStroke(h / 150f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int n = series[s].length;
            for (int i = 1; i < n; i++) {
                g.drawLine(x(w, i - 1, n), y(h, series[s][i - 1], max), x(w, i, n), y(h, series[s][i], max));
            }
        }
        g.setColor(INK);
        for (int i = 0; i < 12; i += 2) {
            g.drawString(Integer.toString(2013 + i), x(w, i, 12) - w / 60, bottom(h) + h / 14);
        }
        for (int v = 0; v <= 10; v += 2) {
            g.drawString(v + " GW", w / 50, y(h, v, max) + h / 80);
        }
    }

    private static int x(int w, int i, int n) {
        return left(w) + i * (right(w) - left(w)) / (n - 1);
    }

    private static int y(int h, double v, double max) {
        return bottom(h) - (int) ((bottom(h) - top(h)) * v / max);
    }

    private static void stacked(Graphics2D g, int w, int h) {
        axes(g, w, h, 4);
        double[][] shares = {{38, 27, 9, 14, 12}, {31, 29, 14, 15, 11}, {24, 30, 19, 17, 10}, {17, 28, 24, 21, 10}};
        int slot = (right(w) - left(w)) / shares.length;
        for (int i = 0; i < shares.length; i++) {
            int base = bottom(h);
            for (int s = 0; s < shares[i].length; s++) {
                int part = (int) Math.round((bottom(h) - top(h)) * shares[i][s] / 100);
                g.setColor(SERIES[s]);
                g.fillRect(left(w) + i * slot + slot / 6, base - part, slot * 2 / 3, part);
                base -= part;
            }
            g.setColor(INK);
            g.drawString(Integer.toString(2010 + 4 * i), left(w) + i * slot + slot / 3, bottom(h) + h / 14);
        }
    }

    private static void ladder(Graphics2D g, int w, int h) {
        String[] rungs = {"Pumped hydro", "Lithium-ion", "Flow batteries", "Compressed air", "Thermal stores",
            "Demand response", "Hydrogen"};
        int rung = (h - h / 10) / rungs.length;
        for (int i = 0; i < rungs.length; i++) {
            int y = h / 20 + i * rung;
            g.setColor(SERIES[i % SERIES.length]);
            g.fillRoundRect(w / 10, y, w * 8 / 10 - i * w / 20, rung * 3 / 4, 24, 24);
            g.setColor(Color.WHITE);
            g.drawString(rungs[i], w / 10 + w / 30, y + rung / 2);
        }
        g.setColor(MUTED);
        g.drawString("hours of storage \u2192", w / 10, h - h / 60);
    }

    private static void heatMap(Graphics2D g, int w, int h) {
        int cols = 24;
        int rows = 16;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // A smooth field of outage minutes, worse towards the rural north-east of the invented region.
                double v = 0.5 + 0.35 * Math.sin(c / 4.0) * Math.cos(r / 3.0) + 0.015 * (c + rows - r);
                float t = (float) Math.max(0, Math.min(1, v / 1.4));
                g.setColor(new Color(0.95f - 0.5f * t, 0.93f - 0.75f * t, 0.85f - 0.7f * t));
                g.fillRect(c * w / cols, r * h / rows, w / cols + 1, h / rows + 1);
            }
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(3f));
        g.drawRect(w / 8, h / 6, w * 5 / 8, h * 2 / 3);
    }
}

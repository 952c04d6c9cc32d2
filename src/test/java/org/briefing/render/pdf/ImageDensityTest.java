package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The resolution image files state: PNG pHYs, JPEG JFIF density, EXIF when JFIF says nothing. */
class ImageDensityTest {
    private static final BufferedImage PIXELS = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);

    @Test
    void aPngWithoutPhysStatesNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(PIXELS, "png", out);
        assertEquals(0, ImageDensity.ppi(out.toByteArray()));
    }

    @Test
    void aPngPhysInPixelsPerMetreIsConvertedToInches() throws IOException {
        assertEquals(300, ImageDensity.ppi(png(11811, "meter")), 0.01); // 11811 px/m = 300.0 ppi
        assertEquals(72, ImageDensity.ppi(png(2835, "meter")), 0.01);
    }

    @Test
    void aPngPhysWithoutAUnitIsOnlyAnAspectRatio() throws IOException {
        assertEquals(0, ImageDensity.ppi(png(3, "unknown")));
    }

    @Test
    void anAbsurdResolutionCountsAsNone() throws IOException {
        assertEquals(0, ImageDensity.ppi(png(100, "meter")), "2.5 ppi: a poster-sized icon");
        assertEquals(0, ImageDensity.ppi(png(2_000_000, "meter")), "50 800 ppi");
    }

    @Test
    void aJpegsJfifDensityInInchesOrCentimetres() throws IOException {
        assertEquals(200, ImageDensity.ppi(jpeg(1, 200, null)));
        assertEquals(254, ImageDensity.ppi(jpeg(2, 100, null)), 1e-9);
    }

    @Test
    void aJfifAspectRatioOnlyStatesNothing() throws IOException {
        assertEquals(0, ImageDensity.ppi(jpeg(0, 1, null)));
    }

    @Test
    void exifSpeaksWhenJfifDoesNot() throws IOException {
        assertEquals(300, ImageDensity.ppi(jpeg(0, 1, exif(ByteOrder.BIG_ENDIAN, 300, 1, 2))));
        assertEquals(300, ImageDensity.ppi(jpeg(0, 1, exif(ByteOrder.LITTLE_ENDIAN, 600, 2, 2))));
        assertEquals(127, ImageDensity.ppi(jpeg(0, 1, exif(ByteOrder.LITTLE_ENDIAN, 50, 1, 3))), 1e-9);
        assertEquals(0, ImageDensity.ppi(jpeg(0, 1, exif(ByteOrder.BIG_ENDIAN, 300, 1, 1))), "no unit");
    }

    @Test
    void jfifWinsOverExif() throws IOException {
        assertEquals(96, ImageDensity.ppi(jpeg(1, 96, exif(ByteOrder.BIG_ENDIAN, 300, 1, 2))));
    }

    @Test
    void truncatedOrForeignBytesStateNothing() throws IOException {
        byte[] jpeg = jpeg(0, 1, exif(ByteOrder.BIG_ENDIAN, 300, 1, 2));
        for (int length = 0; length < 80; length++) {
            ImageDensity.ppi(Arrays.copyOf(jpeg, length)); // never throws
        }
        byte[] png = png(11811, "meter");
        for (int length = 0; length < 60; length++) {
            ImageDensity.ppi(Arrays.copyOf(png, length));
        }
        assertEquals(0, ImageDensity.ppi("GIF89a not ours".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    /** A PNG whose pHYs chunk states {@code perUnit} pixels per unit on both axes. */
    static byte[] png(int perUnit, String unit) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(PIXELS), null);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", Integer.toString(perUnit));
        phys.setAttribute("pixelsPerUnitYAxis", Integer.toString(perUnit));
        phys.setAttribute("unitSpecifier", unit);
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
        return write(writer, meta);
    }

    /** A JPEG with a JFIF density (units 0: aspect only, 1: per inch, 2: per cm) and an optional APP1 segment. */
    static byte[] jpeg(int units, int density, byte[] app1) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(PIXELS),
                writer.getDefaultWriteParam());
        String format = "javax_imageio_jpeg_image_1.0";
        Element root = (Element) meta.getAsTree(format);
        Element jfif = (Element) root.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", Integer.toString(units));
        jfif.setAttribute("Xdensity", Integer.toString(density));
        jfif.setAttribute("Ydensity", Integer.toString(density));
        meta.setFromTree(format, root);
        byte[] file = write(writer, meta);
        if (app1 == null) {
            return file;
        }
        int afterApp0 = 4 + ((file[4] & 0xff) << 8 | file[5] & 0xff); // SOI, then APP0 with its length
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, afterApp0);
        out.write(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) ((app1.length + 2) >> 8), (byte) (app1.length + 2)});
        out.write(app1);
        out.write(file, afterApp0, file.length - afterApp0);
        return out.toByteArray();
    }

    /** An EXIF APP1 payload whose IFD0 holds XResolution {@code num/den} and ResolutionUnit {@code unit}. */
    static byte[] exif(ByteOrder order, int num, int den, int unit) {
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 2 * 12 + 4 + 8).order(order);
        b.put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        b.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        b.putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x011a).putShort((short) 5).putInt(1).putInt(8 + 2 + 24 + 4);
        b.putShort((short) 0x0128).putShort((short) 3).putInt(1).putShort((short) unit).putShort((short) 0);
        b.putInt(0);
        b.putInt(num).putInt(den);
        return b.array();
    }

    private static byte[] write(ImageWriter writer, IIOMetadata meta) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(PIXELS, null, meta));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

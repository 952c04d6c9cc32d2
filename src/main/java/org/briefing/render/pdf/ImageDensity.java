package org.briefing.render.pdf;

import java.nio.charset.StandardCharsets;

/**
 * The resolution an image file states for itself, read from its header bytes: PNG {@code pHYs} (pixels per
 * metre), JPEG JFIF density (per inch or per centimetre) and, when JFIF says nothing, the EXIF
 * XResolution with its ResolutionUnit.
 *
 * <p>Read by hand rather than through {@code javax.imageio} metadata: the JDK's JPEG reader does not parse
 * EXIF at all, so a byte reader was needed anyway, and a few dozen lines that stop at the first pixel data
 * are cheaper and fail in fewer ways than building ImageIO's metadata trees (which throw on some valid
 * CMYK and Adobe JPEGs). Anything malformed just reads as "not stated".
 */
final class ImageDensity {
    /** Below this a stated resolution is a mistake (a 300-pixel image a metre wide), and is ignored. */
    static final double MIN_PPI = 10;
    /** Above this a stated resolution is a mistake too (screenshots saved at "72000 dpi"). */
    static final double MAX_PPI = 2400;
    private static final double METRES_PER_INCH = 0.0254;
    private static final double CM_PER_INCH = 2.54;

    private ImageDensity() {
    }

    /** Pixels per inch across, as the file states it; 0 when it does not or states something absurd. */
    static double ppi(byte[] file) {
        double ppi;
        try {
            ppi = isPng(file) ? png(file) : isJpeg(file) ? jpeg(file) : 0;
        } catch (IndexOutOfBoundsException truncated) {
            ppi = 0;
        }
        return ppi >= MIN_PPI && ppi <= MAX_PPI ? ppi : 0;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
    }

    /** The pHYs chunk, which must come before the first IDAT; only the metre unit states a size. */
    private static double png(byte[] b) {
        int at = 8;
        while (at + 8 <= b.length) {
            long length = u32(b, at, false);
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT") || type.equals("IEND") || length > b.length) {
                return 0;
            }
            if (type.equals("pHYs") && length == 9) {
                long perUnitX = u32(b, at + 8, false);
                return b[at + 16] == 1 ? perUnitX * METRES_PER_INCH : 0;
            }
            at += 12 + (int) length;
        }
        return 0;
    }

    /** Walks the markers up to the start of scan: JFIF's density wins, EXIF's is the fallback. */
    private static double jpeg(byte[] b) {
        double jfif = 0;
        double exif = 0;
        int at = 2;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xff) != 0xff) {
                return 0;
            }
            int marker = b[at + 1] & 0xff;
            if (marker == 0xff) {
                at++; // fill byte before a marker
                continue;
            }
            if (marker == 0xda || marker == 0xd9) {
                break;
            }
            int length = u16(b, at + 2, false);
            int data = at + 4;
            if (marker == 0xe0 && startsWith(b, data, "JFIF\0")) {
                jfif = jfif(b, data + 5);
            } else if (marker == 0xe1 && startsWith(b, data, "Exif\0\0")) {
                exif = exif(b, data + 6);
            }
            at += 2 + length;
        }
        return jfif > 0 ? jfif : exif;
    }

    /** JFIF: version (2 bytes), units (0 aspect only, 1 per inch, 2 per centimetre), X density, Y density. */
    private static double jfif(byte[] b, int at) {
        int units = b[at + 2] & 0xff;
        int x = u16(b, at + 3, false);
        return units == 1 ? x : units == 2 ? x * CM_PER_INCH : 0;
    }

    /** EXIF is a TIFF: XResolution (tag 282, a rational) and ResolutionUnit (tag 296: 2 inch, 3 cm) in IFD0. */
    private static double exif(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + (int) u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        double resolution = 0;
        int unit = 2; // TIFF's default
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            int tag = u16(b, entry, little);
            if (tag == 282) {
                int value = tiff + (int) u32(b, entry + 8, little);
                long denominator = u32(b, value + 4, little);
                resolution = denominator == 0 ? 0 : (double) u32(b, value, little) / denominator;
            } else if (tag == 296) {
                unit = u16(b, entry + 8, little);
            }
        }
        return unit == 2 ? resolution : unit == 3 ? resolution * CM_PER_INCH : 0;
    }

    private static boolean startsWith(byte[] b, int at, String prefix) {
        if (at + prefix.length() > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int hi = b[little ? at + 1 : at] & 0xff;
        int lo = b[little ? at : at + 1] & 0xff;
        return hi << 8 | lo;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, little ? at + 2 : at, little);
        long lo = u16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}

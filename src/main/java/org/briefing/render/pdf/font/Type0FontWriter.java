package org.briefing.render.pdf.font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.briefing.model.InputException;
import org.briefing.model.InputFiles;

/**
 * Writes a face as a Type0 / CIDFontType2 font: the used glyphs subset into {@code /FontFile2}, CIDs equal
 * to the original glyph ids (mapped by {@code /CIDToGIDMap}), {@code /W} from the nominal advances the
 * content stream was built with, and a {@code /ToUnicode} CMap from the text shaping recorded for every
 * glyph, so ligatures extract as their letters.
 */
public final class Type0FontWriter {
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp");

    private Type0FontWriter() {
    }

    /**
     * Fills {@code target} (already referenced from page resources) with the font dictionary for a face
     * and its used glyph ids (original ids, sorted).
     */
    public static void write(PDDocument doc, FontFace face, SortedSet<Integer> glyphs, COSDictionary target) {
        target.addAll(build(doc, face, glyphs));
    }

    private static COSDictionary build(PDDocument doc, FontFace face, SortedSet<Integer> glyphs) {
        try {
            // Parsed through a view that lists only the tables embedding reads (a collection: its first font).
            TrueTypeFont ttf;
            try {
                byte[] whole = InputFiles.readRegular(face.file(), face.file().toString(), InputFiles.FONT_LIMIT);
                byte[] view = EmbeddingView.of(whole);
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(view));
            } catch (IOException | RuntimeException e) {
                // A font that does not parse is a damaged theme file: bad input, named by its file.
                throw new InputException(face.file() + ": the font cannot be embedded (" + e.getMessage() + ")", e);
            }
            try (ttf) {
                return build(doc, face, ttf, glyphs);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException input) {
                throw input;
            }
            // The directory passed the theme check, but fontbox reads the tables only here: a glyph or loca
            // table that lies throws IndexOutOfBounds, NegativeArraySize… from inside the subsetter. The file
            // is the user's input, so this is bad input named by the file, not a fault of the program.
            throw new InputException(face.file() + ": the font cannot be embedded, its tables are damaged ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static COSDictionary build(PDDocument doc, FontFace face, TrueTypeFont ttf, SortedSet<Integer> glyphs)
            throws IOException {
        String tag = SubsetTag.of(face.file().getFileName().toString(), glyphs);
        String psName = tag + "+" + ttf.getName().replaceAll("[^A-Za-z0-9-]", "");
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(glyphs);
        ByteArrayOutputStream subset = new ByteArrayOutputStream();
        subsetter.writeToStream(subset);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        byte[] fontBytes = subset.toByteArray();

        PDStream fontFile = new PDStream(doc, new ByteArrayInputStream(fontBytes), COSName.FLATE_DECODE);
        fontFile.getCOSObject().setInt(COSName.LENGTH1, fontBytes.length);

        float scale = 1000f / ttf.getUnitsPerEm();
        HeaderTable head = ttf.getHeader();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, psName);
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        bbox.add(number(head.getXMin() * scale));
        bbox.add(number(head.getYMin() * scale));
        bbox.add(number(head.getXMax() * scale));
        bbox.add(number(head.getYMax() * scale));
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setItem(COSName.ITALIC_ANGLE, number(ttf.getPostScript() != null
                ? ttf.getPostScript().getItalicAngle() : 0));
        descriptor.setItem(COSName.ASCENT, number(hhea.getAscender() * scale));
        descriptor.setItem(COSName.DESCENT, number(hhea.getDescender() * scale));
        int capHeight = os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() : hhea.getAscender() * 7 / 10;
        descriptor.setItem(COSName.CAP_HEIGHT, number(capHeight * scale));
        int weight = os2 != null ? os2.getWeightClass() : 400;
        descriptor.setInt(COSName.STEM_V, (int) (50 + weight * weight / 1600.0));
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, psName);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        COSArray widths = new COSArray();
        for (int gid : glyphs) {
            widths.add(COSInteger.get(gid));
            COSArray w = new COSArray();
            w.add(number(face.nominalAdvance(gid)));
            widths.add(w);
        }
        cidFont.setItem(COSName.W, widths);
        cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGid(doc, newToOld, java.util.Collections.max(newToOld.values())));

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, psName);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode(doc, face, glyphs));
        return type0;
    }

    private static COSFloat number(double value) {
        return new COSFloat((float) (Math.round(value * 1000) / 1000.0));
    }

    private static COSStream cidToGid(PDDocument doc, Map<Integer, Integer> newToOld, int maxOld) throws IOException {
        byte[] map = new byte[(maxOld + 1) * 2];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            int cid = e.getValue();
            int gid = e.getKey();
            map[cid * 2] = (byte) (gid >> 8);
            map[cid * 2 + 1] = (byte) gid;
        }
        return new PDStream(doc, new ByteArrayInputStream(map), COSName.FLATE_DECODE).getCOSObject();
    }

    /** Appends a 16-bit value as four upper-case hex digits (what %04X gives, without the formatter's cost). */
    private static StringBuilder hex4(StringBuilder out, int value) {
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(Character.toUpperCase(Character.forDigit((value >> shift) & 0xF, 16)));
        }
        return out;
    }

    private static COSStream toUnicode(PDDocument doc, FontFace face, SortedSet<Integer> glyphs) throws IOException {
        StringBuilder cmap = new StringBuilder();
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Integer> mapped = glyphs.stream().filter(g -> face.textOf(g) != null).toList();
        for (int from = 0; from < mapped.size(); from += 100) {
            List<Integer> chunk = mapped.subList(from, Math.min(mapped.size(), from + 100));
            cmap.append(chunk.size()).append(" beginbfchar\n");
            for (int gid : chunk) {
                hex4(cmap.append('<'), gid).append("> <");
                for (char c : face.textOf(gid).toCharArray()) {
                    hex4(cmap, c);
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream.getCOSObject();
    }
}

package org.briefing.render.epub.cover;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.briefing.model.BriefingException;
import org.briefing.render.epub.style.FontFacts;
import org.briefing.sfnt.TableDirectory;

/**
 * A TrueType font (or the first font of a collection) read with fontbox for drawing: which glyph shows a
 * character, how far it advances and its outline, in units of the em. The cover draws these outlines
 * itself rather than through Java2D's text stack, whose start-up (font manager, fontconfig, font file
 * registration, line layout) was most of painting a cover (profile), and which needs fontconfig, which
 * slim server images lack. fontbox stays inside this class.
 */
final class OutlineFont {
    /**
     * The tables drawing reads through fontbox. fontbox parses every table the directory lists: the layout
     * tables (GSUB, GPOS) of Charis and Noto are most of that work, and kerning and ligatures are not drawn;
     * its cmap parse turns every subtable into maps (about 15 ms per Charis face, cold), so characters are
     * looked up in the file's cmap by {@link FontFacts} instead, unless it cannot read it.
     */
    private static final List<String> DRAWING_TABLES = List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf");
    private static final List<String> DRAWING_TABLES_AND_CMAP = List.of("head", "hhea", "maxp", "hmtx", "loca",
            "glyf", "cmap");

    private final Path file;
    /** The character map, read by {@link FontFacts}; or null, and then {@link #cmap}. */
    private final FontFacts facts;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable metrics;
    private final TrueTypeFont font;
    private final float unitsPerEm;
    private final float ascent;
    private final float descent;
    private final Map<Integer, GeneralPath> outlines = new HashMap<>();

    private OutlineFont(Path file, TrueTypeFont font, FontFacts facts) throws IOException {
        this.file = file;
        this.font = font;
        this.facts = facts;
        this.cmap = facts == null ? font.getUnicodeCmapLookup(false) : null;
        this.metrics = font.getHorizontalMetrics();
        this.unitsPerEm = font.getHeader().getUnitsPerEm();
        if (unitsPerEm <= 0) {
            throw new IOException("units per em is " + font.getHeader().getUnitsPerEm());
        }
        // The horizontal header's ascender and descender, as FreeType (and so Java2D) reads them.
        this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
        this.descent = -font.getHorizontalHeader().getDescender() / unitsPerEm;
    }

    /** Opens a {@code .ttf}, or the first font of a {@code .ttc}, seeing only the tables drawing reads. */
    static OutlineFont open(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            FontFacts facts = FontFacts.read(ByteBuffer.wrap(bytes)).orElse(null);
            byte[] view = TableDirectory.of(ByteBuffer.wrap(bytes))
                    .view(bytes, facts == null ? DRAWING_TABLES_AND_CMAP : DRAWING_TABLES, Map.of());
            // "Embedded": fontbox then does not insist on the naming, PostScript and cmap tables, left out above.
            TrueTypeFont font = new TTFParser(true).parse(new RandomAccessReadBuffer(view));
            return new OutlineFont(file, font, facts);
        } catch (IOException | RuntimeException e) {
            throw new BriefingException(file + ": cannot load font for the cover: " + e.getMessage(), e);
        }
    }

    /** The glyph of a character; 0 (the font's "missing" glyph) when the font has none. */
    int glyph(int codePoint) {
        if (facts != null) {
            return facts.glyph(codePoint);
        }
        return cmap == null ? 0 : cmap.getGlyphId(codePoint);
    }

    /** How far a glyph advances the pen, in ems. */
    float advance(int glyph) {
        return metrics.getAdvanceWidth(glyph) / unitsPerEm;
    }

    /** Height above the baseline the font's lines reserve, in ems. */
    float ascent() {
        return ascent;
    }

    /** Depth below the baseline the font's lines reserve, in ems (positive). */
    float descent() {
        return descent;
    }

    /** Font units per em: the scale of {@link #outline}. */
    float unitsPerEm() {
        return unitsPerEm;
    }

    /**
     * The outline of a glyph in font units, y pointing up; empty for a blank glyph. Not to be changed by
     * the caller: it is kept for the next use of the glyph.
     */
    GeneralPath outline(int glyph) {
        GeneralPath path = outlines.get(glyph);
        if (path == null) {
            try {
                GlyphData data = font.getGlyph().getGlyph(glyph);
                path = data == null ? new GeneralPath() : data.getPath();
            } catch (IOException | RuntimeException e) {
                throw new BriefingException(file + ": cannot read glyph " + glyph + " for the cover: " + e.getMessage(), e);
            }
            outlines.put(glyph, path);
        }
        return path;
    }
}

package org.briefing.render.epub.cover;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.model.BriefingException;

/**
 * Words in scripts whose letters change shape with their neighbours (Arabic joining, Indic conjuncts and
 * reordered vowels, stacked Tibetan), shaped by the JDK's text layout (HarfBuzz inside, headless) in the
 * font the cover draws them in. Only such words come here, so that a cover without them never starts
 * Java2D's font code (font manager, fontconfig, about 0.1 s CPU cold): {@link CoverLines} decides.
 */
final class ComplexWords {
    /** Antialiased, fractional metrics: unhinted advances, as the outlines are drawn unhinted. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** The size words are shaped at; positions are scaled from it. */
    private static final float SHAPING_SIZE = 1000f;
    /** One AWT font per file, made on first use; creating one copies and registers the font file. */
    private static final Map<Path, Font> FONTS = new ConcurrentHashMap<>();

    /** A shaped word: its glyphs in visual order, {@code x} from the word's start, and its advance. */
    record Word(List<CoverLines.Glyph> glyphs, float advance) {
        Word {
            glyphs = List.copyOf(glyphs);
        }
    }

    private ComplexWords() {
    }

    /**
     * Shapes {@code word} in {@code face}'s font at {@code size} pixels per em; right to left when it has a
     * right-to-left letter, so the glyphs come out joined and in visual order. The glyph codes of a font
     * made by {@code Font.createFont} are the font file's glyph ids, which {@link OutlineFont} draws.
     */
    static Word shape(String word, FaceChain.Choice face, float size) {
        OutlineFont outlines = face.font();
        Font font = FONTS.computeIfAbsent(outlines.file(), ComplexWords::create);
        char[] chars = word.toCharArray();
        int flags = word.codePoints().anyMatch(ComplexWords::rightToLeftLetter)
                ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
        GlyphVector vector = font.layoutGlyphVector(FRC, chars, 0, chars.length, flags);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        float scale = size / SHAPING_SIZE;
        List<CoverLines.Glyph> glyphs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Joiners and other invisible characters come back as codes past the font's glyphs: not drawn.
            if (codes[i] < outlines.glyphCount()) {
                glyphs.add(new CoverLines.Glyph(outlines, codes[i], (positions[2 * i] - positions[0]) * scale,
                        face.emboldened()));
            }
        }
        return new Word(glyphs, (positions[2 * count] - positions[0]) * scale);
    }

    private static boolean rightToLeftLetter(int cp) {
        byte type = Character.getDirectionality(cp);
        return type == Character.DIRECTIONALITY_RIGHT_TO_LEFT || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static Font create(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(SHAPING_SIZE);
        } catch (IOException | FontFormatException e) {
            throw new BriefingException(file + ": cannot load font to shape cover text: " + e.getMessage(), e);
        }
    }
}

package org.briefing.render.pdf.layout.frame;

/**
 * Consecutive glyphs from one font face, shaped at 1000 units per em.
 *
 * @param face      the measurer's id of the face, or {@link #PLACEHOLDER} for characters no font has
 * @param glyphs    glyph ids in the face (for a placeholder: the code points); never mutated
 * @param advances  shaped advance of each glyph in 1/1000 em (kerning included); never mutated
 * @param units     total advance in 1/1000 em
 */
public record GlyphRun(int face, int[] glyphs, float[] advances, double units) {
    public static final int PLACEHOLDER = -1;
}

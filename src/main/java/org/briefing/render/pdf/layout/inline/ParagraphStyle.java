package org.briefing.render.pdf.layout.inline;

import org.briefing.render.pdf.layout.frame.StructureRole;
import org.briefing.style.Align;
import org.briefing.style.Color;

/**
 * Everything the paragraph builder needs to know about a block's text, resolved from the theme.
 *
 * @param codeFamily    the family for inline code
 * @param linkColor     colour of link text
 * @param leading       baseline-to-baseline distance in points
 */
public record ParagraphStyle(FontKey font, String codeFamily, double size, double leading, Color color,
                             Color linkColor, Align align, StructureRole role, int blockId,
                             boolean uppercase, double letterSpacing) {
    public ParagraphStyle withBlock(StructureRole newRole, int id) {
        return new ParagraphStyle(font, codeFamily, size, leading, color, linkColor, align, newRole, id,
                uppercase, letterSpacing);
    }

    public ParagraphStyle withAlign(Align newAlign) {
        return new ParagraphStyle(font, codeFamily, size, leading, color, linkColor, newAlign, role, blockId,
                uppercase, letterSpacing);
    }

    public ParagraphStyle withFont(FontKey newFont) {
        return new ParagraphStyle(newFont, codeFamily, size, leading, color, linkColor, align, role, blockId,
                uppercase, letterSpacing);
    }

    public ParagraphStyle withColor(Color newColor) {
        return new ParagraphStyle(font, codeFamily, size, leading, newColor, linkColor, align, role, blockId,
                uppercase, letterSpacing);
    }

    /** Distance from a line's top to its baseline. */
    public double baselineOffset() {
        return (leading - size) / 2 + size * 0.8;
    }
}

package org.briefing.render.pdf.layout.inline;

import org.briefing.render.pdf.layout.frame.StructureRole;

/**
 * How one line of a paragraph was set, for the typography report.
 *
 * @param blockId    the paragraph's block
 * @param role       the paragraph's structure role
 * @param justified  true for a justified line that is not a paragraph's last (only those have a ratio that
 *                   says something about spacing)
 * @param ratio      the adjustment ratio: stretch (positive) or shrink (negative) in units of the line's glue
 * @param hyphenated true when the line ends at a hyphenation point
 * @param overfull   true when the line is wider than the measure even with its glue fully shrunk
 */
public record LineRecord(int blockId, StructureRole role, boolean justified, double ratio, boolean hyphenated,
                         boolean overfull) {
}

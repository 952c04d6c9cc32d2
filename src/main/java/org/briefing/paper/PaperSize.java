package org.briefing.paper;

import java.util.Locale;
import javax.print.attribute.standard.MediaSizeName;
import org.briefing.model.InputException;

/** The sheet sizes {@code briefing print --paper} offers, in PostScript points. */
public enum PaperSize {
    A4("a4", 595.276f, 841.89f, MediaSizeName.ISO_A4),
    LETTER("letter", 612f, 792f, MediaSizeName.NA_LETTER);

    /** How far (points) a page may be from a sheet size and still count as that size: PDF writers round. */
    private static final float MATCH_TOLERANCE_PT = 2f;

    private final String option;
    private final float widthPt;
    private final float heightPt;
    private final MediaSizeName media;

    PaperSize(String option, float widthPt, float heightPt, MediaSizeName media) {
        this.option = option;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
        this.media = media;
    }

    /** The size named on the command line ({@code a4}, {@code letter}, any case). */
    public static PaperSize parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (PaperSize size : values()) {
            if (size.option.equals(wanted)) {
                return size;
            }
        }
        throw new InputException("unknown paper size '" + name + "'; known sizes: a4, letter");
    }

    /**
     * The sheet nearest to a page of the given size (either orientation), so a memo printed without
     * {@code --paper} lands on the sheet it was laid out for.
     */
    public static PaperSize nearestTo(float pageWidthPt, float pageHeightPt) {
        float shortSide = Math.min(pageWidthPt, pageHeightPt);
        float longSide = Math.max(pageWidthPt, pageHeightPt);
        PaperSize best = A4;
        float bestDistance = Float.MAX_VALUE;
        for (PaperSize size : values()) {
            float distance = Math.abs(size.widthPt - shortSide) + Math.abs(size.heightPt - longSide);
            if (distance < bestDistance) {
                best = size;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether a page of this size (either orientation) fits this sheet without scaling. */
    public boolean matches(float pageWidthPt, float pageHeightPt) {
        float shortSide = Math.min(pageWidthPt, pageHeightPt);
        float longSide = Math.max(pageWidthPt, pageHeightPt);
        return Math.abs(widthPt - shortSide) <= MATCH_TOLERANCE_PT && Math.abs(heightPt - longSide) <= MATCH_TOLERANCE_PT;
    }

    /** The command-line name: {@code a4} or {@code letter}. */
    public String option() {
        return option;
    }

    /** Portrait width in points. */
    public float widthPt() {
        return widthPt;
    }

    /** Portrait height in points. */
    public float heightPt() {
        return heightPt;
    }

    MediaSizeName media() {
        return media;
    }
}

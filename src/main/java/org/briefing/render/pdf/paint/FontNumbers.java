package org.briefing.render.pdf.paint;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.pdf.font.FontFace;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.Fragment;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.TextItem;

/**
 * Font resource numbers ({@code F0}, {@code F1} …) in order of first use in the pages, fixed before any
 * page is drawn. Not the library's face ids: those depend on which paragraph, set on whichever thread, first
 * needed a face.
 */
final class FontNumbers {
    /** By library face id (small numbers): the font number plus one, 0 for a face not drawn (yet). */
    private int[] numberOfFace = new int[8];
    private final List<FontFace> faces = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** Numbers the faces the pages' text is drawn in, in drawing order. */
    static FontNumbers of(List<Page> pages, FontLibrary fonts) {
        FontNumbers numbers = new FontNumbers();
        for (Page page : pages) {
            for (PageItem item : page.items()) {
                if (item instanceof TextItem t) {
                    Fragment f = t.fragment();
                    for (GlyphRun run : f.text().runs()) {
                        numbers.add(run, fonts);
                    }
                    // The text painter draws the word space only then; its face counts only then.
                    if (t.spaceWidth() > 0 && f.space() != null && !f.space().runs().isEmpty()) {
                        numbers.add(f.space().runs().get(0), fonts);
                    }
                }
            }
        }
        return numbers;
    }

    private void add(GlyphRun run, FontLibrary fonts) {
        int id = run.face();
        if (id == GlyphRun.PLACEHOLDER) {
            return;
        }
        if (id >= numberOfFace.length) {
            numberOfFace = java.util.Arrays.copyOf(numberOfFace, Math.max(id + 1, numberOfFace.length * 2));
        }
        if (numberOfFace[id] == 0) {
            numberOfFace[id] = faces.size() + 1;
            names.add("F" + faces.size());
            faces.add(fonts.face(run.face()));
        }
    }

    /** The number of the face with library id {@code faceId}. */
    int number(int faceId) {
        return numberOfFace[faceId] - 1;
    }

    /** The resource name of font {@code number}. */
    String name(int number) {
        return names.get(number);
    }

    /** The face drawn as font {@code number}. */
    FontFace face(int number) {
        return faces.get(number);
    }
}

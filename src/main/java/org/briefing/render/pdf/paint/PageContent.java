package org.briefing.render.pdf.paint;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.Deflater;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.frame.ImageItem;
import org.briefing.render.pdf.layout.frame.Page;
import org.briefing.render.pdf.layout.frame.PageItem;
import org.briefing.render.pdf.layout.frame.RuleItem;
import org.briefing.render.pdf.layout.frame.TextItem;

/**
 * One page's drawn content stream, deflated, with the fonts and glyphs it uses. Drawing needs only the
 * page, the tags the tagger wrote for it and the image names the painter gave it.
 *
 * @param deflated the content stream, Flate-encoded
 * @param fonts    font numbers the page uses
 * @param glyphs   glyphs drawn, by font number
 */
record PageContent(byte[] deflated, SortedSet<Integer> fonts, Map<Integer, BitSet> glyphs) {
    /**
     * The marked-content operators written around a page's items: those before item {@code i} are
     * {@code tags[cuts[i-1], cuts[i])} (from 0 for the first), and the page's closing ones follow the last cut.
     */
    record Tags(ContentBuilder tags, int[] cuts) {
    }

    /** Draws {@code page} with its tags; {@code imageNames[i]} names item i's image resource. */
    static PageContent draw(Page page, Tags tags, String[] imageNames, FontLibrary fonts, FontNumbers numbers,
                            boolean tagged) {
        ContentBuilder cs = new ContentBuilder();
        TextPainter text = new TextPainter(fonts, numbers);
        SortedSet<Integer> pageFonts = new TreeSet<>();
        List<PageItem> items = page.items();
        int from = 0;
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            cs.copy(tags.tags(), from, tags.cuts()[i]);
            from = tags.cuts()[i];
            if (item instanceof TextItem t) {
                text.paint(cs, StructureTagger.forPainting(tagged, t), page.height(), pageFonts);
            } else if (item instanceof RuleItem r) {
                paintRule(cs, r, page.height());
            } else if (item instanceof ImageItem img) {
                cs.op("q").num(img.width()).num(0).num(0).num(img.height()).num(img.x())
                        .num(page.height() - img.y() - img.height()).op("cm").name(imageNames[i]).op("Do Q");
            }
        }
        cs.copy(tags.tags(), from, tags.tags().length());
        return new PageContent(deflate(cs.buffer(), cs.length()), pageFonts, text.used());
    }

    private static void paintRule(ContentBuilder cs, RuleItem r, double pageHeight) {
        double y = pageHeight - r.y() - r.height();
        if (r.outline()) {
            cs.stroke(r.color()).num(0.5).op("w").num(r.x()).num(y).num(r.width()).num(r.height()).op("re S");
        } else {
            cs.fill(r.color()).num(r.x()).num(y).num(r.width()).num(r.height()).op("re f");
        }
    }

    /** Zlib-wrapped deflate at the default level, as PDFBox's Flate filter writes it. */
    static byte[] deflate(byte[] data, int length) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data, 0, length);
            deflater.finish();
            byte[] out = new byte[Math.max(64, length / 4)];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            deflater.end();
        }
    }
}

package org.briefing.render.pdf.layout.inline;

/**
 * Visual order for right-to-left phrases inside a line: consecutive right-to-left words (Hebrew, Arabic)
 * are mirrored within the span they occupy, so a phrase reads from the right. Each word is already shaped
 * in visual order; this is the line-level half of the bidi algorithm, for the common case of RTL phrases
 * embedded in left-to-right text.
 */
final class RightToLeftRuns {
    private RightToLeftRuns() {
    }

    /** Mirrors the x positions ({@code xs[i - start]}) of each run of right-to-left boxes in the line. */
    static void mirror(java.util.List<Item> items, int start, int end, double[] xs) {
        int i = start;
        while (i < end) {
            if (!isRtlBox(items.get(i))) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            while (j < end) {
                Item item = items.get(j);
                if (isRtlBox(item)) {
                    last = j;
                } else if (item instanceof Box) {
                    break;
                }
                j++;
            }
            if (last > first) {
                double left = xs[first - start];
                double right = xs[last - start] + items.get(last).width();
                for (int k = first; k <= last; k++) {
                    if (items.get(k) instanceof Box box) {
                        xs[k - start] = left + right - xs[k - start] - box.width();
                    }
                }
            }
            i = last + 1;
        }
    }

    private static boolean isRtlBox(Item item) {
        if (!(item instanceof Box box) || box.fragment() == null) {
            return false;
        }
        boolean rtl = false;
        String text = box.fragment().text().text();
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            rtl |= d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            k += Character.charCount(cp);
        }
        return rtl;
    }
}

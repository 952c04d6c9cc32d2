package org.briefing.style;

import java.util.Optional;
import java.util.Set;
import org.briefing.yaml.YamlValue;

/** Reads a theme's {@code page:} section into a {@link PageSetup}, refusing sizes the PDF cannot hold. */
final class PageSection {
    /** PDF's own limit for a page side (ISO 32000-1, Annex C: 200 inches). */
    static final double MAX_SIDE = 14_400;
    /** One inch: a smaller paper or text column cannot hold a word of text at a readable size. */
    static final double MIN_SIDE = 72;
    private static final Set<String> PAGE_KEYS = Set.of("size", "width", "height", "margin");
    private static final Set<String> MARGIN_KEYS = Set.of("top", "right", "bottom", "left");
    private static final String[] SIDES = {"top", "right", "bottom", "left"};

    private PageSection() {
    }

    static PageSetup read(ThemeLayers theme) {
        ThemeLayers page = theme.sub("page").requireOnly(PAGE_KEYS);
        YamlValue sizeValue = page.value("size");
        String size = sizeValue != null ? sizeValue.asChoice("a4", "letter", "custom") : "a4";
        double width;
        double height;
        String sizeName;
        if (size.equals("custom")) {
            width = side(page, sizeValue, "width");
            height = side(page, sizeValue, "height");
            sizeName = "custom";
        } else {
            sizeName = size.equals("a4") ? "A4" : "Letter";
            width = size.equals("a4") ? 595.276 : 612;
            height = size.equals("a4") ? 841.89 : 792;
            refuseIgnoredSides(page);
        }
        double[] margin = {72, 72, 72, 72};
        Optional<YamlValue> marginValue = page.get("margin");
        if (marginValue.isPresent() && !marginValue.get().isMap()) {
            double all = Lengths.points(marginValue.get(), 0, MAX_SIDE / 2);
            margin = new double[] {all, all, all, all};
        } else if (marginValue.isPresent()) {
            ThemeLayers sides = page.sub("margin").requireOnly(MARGIN_KEYS);
            for (int i = 0; i < 4; i++) {
                YamlValue side = sides.value(SIDES[i]);
                if (side != null) {
                    margin[i] = Lengths.points(side, 0, MAX_SIDE / 2);
                }
            }
        }
        PageSetup setup = new PageSetup(sizeName, width, height, margin[0], margin[1], margin[2], margin[3]);
        checkTextArea(setup, marginValue.orElse(sizeValue));
        return setup;
    }

    /**
     * A width or height beside a named size would be silently ignored, and the user would wonder why the page
     * did not change; say what to write instead. A side inherited from a custom parent is fine when this theme
     * (or a nearer parent) chose a named size over it.
     */
    private static void refuseIgnoredSides(ThemeLayers page) {
        int sizeLayer = page.layerOf("size");
        for (String key : new String[] {"width", "height"}) {
            int layer = page.layerOf(key);
            if (layer != Integer.MAX_VALUE && layer <= sizeLayer) {
                throw page.value(key).error("is read only for a custom page: add 'size: custom' under 'page'"
                        + " (or remove '" + key + "' to keep the named size)");
            }
        }
    }

    /** A custom page's width or height, which it must give. */
    private static double side(ThemeLayers page, YamlValue sizeValue, String key) {
        YamlValue value = page.value(key);
        if (value == null) {
            throw sizeValue.error("size custom needs '" + key + "' (from " + Lengths.format(MIN_SIDE) + " to "
                    + Lengths.format(MAX_SIDE) + " pt)");
        }
        return Lengths.points(value, MIN_SIDE, MAX_SIDE);
    }

    /**
     * The margins must leave a text area at least an inch each way and a fifth of the page: in less, no line
     * fits and the layout would have nowhere to put the text.
     */
    private static void checkTextArea(PageSetup page, YamlValue at) {
        double minWidth = Math.max(MIN_SIDE, page.width() / 5);
        double minHeight = Math.max(MIN_SIDE, page.height() / 5);
        if (page.textWidth() < minWidth - 0.001 || page.textHeight() < minHeight - 0.001) {
            String message = "the margins leave a text area of " + Lengths.format(page.textWidth()) + " × "
                    + Lengths.format(page.textHeight()) + " pt on a " + Lengths.format(page.width()) + " × "
                    + Lengths.format(page.height()) + " pt page; it must be at least " + Lengths.format(minWidth)
                    + " × " + Lengths.format(minHeight) + " pt";
            // The default page with default margins always passes, so a failing one set something to point at.
            throw at.error(message);
        }
    }
}

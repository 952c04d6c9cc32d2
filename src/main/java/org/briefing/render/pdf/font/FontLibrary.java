package org.briefing.render.pdf.font;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefing.model.Characters;
import org.briefing.render.pdf.layout.frame.GlyphRun;
import org.briefing.render.pdf.layout.frame.ShapedText;
import org.briefing.render.pdf.layout.inline.FontKey;
import org.briefing.render.pdf.layout.inline.TextMeasurer;
import org.briefing.script.FontChain;
import org.briefing.script.Scripts;
import org.briefing.style.Theme;

/**
 * The theme's fonts for one render: picks, for each character, the first face of the chain
 * (the role's face, then the theme's fallbacks) that has it, shapes runs and caches shaped words.
 * Characters no face has become placeholder runs and are remembered for one warning.
 */
public final class FontLibrary implements TextMeasurer {
    /** Advance of a placeholder box, in 1/1000 em. */
    public static final float PLACEHOLDER_ADVANCE = 600;
    private final Theme theme;
    private final Map<Path, FontFace> facesByFile = new LinkedHashMap<>();
    /** Copy-on-write: painting asks for a face per glyph run, and layout may add faces from several threads. */
    private final List<FontFace> faces = new CopyOnWriteArrayList<>();
    private final Map<FontKey, Chain> chains = new HashMap<>();
    /** Concurrent: paragraphs are set on several threads; a word shaped twice at once gives equal results. */
    private final Map<FontKey, Map<String, ShapedText>> cache = new ConcurrentHashMap<>();
    private final TreeSet<Integer> missing = new TreeSet<>();

    public FontLibrary(Theme theme) {
        this.theme = theme;
    }

    @Override
    public ShapedText shape(String text, FontKey font) {
        Map<String, ShapedText> words = cache.get(font);
        if (words == null) {
            words = cache.computeIfAbsent(font, k -> new ConcurrentHashMap<>());
        }
        ShapedText shaped = words.get(text);
        if (shaped == null) {
            // Shaped outside any lock; if another thread shaped the same word meanwhile, its equal result wins.
            shaped = shapeUncached(text, font);
            ShapedText earlier = words.putIfAbsent(text, shaped);
            if (earlier != null) {
                shaped = earlier;
            }
        }
        return shaped;
    }

    private ShapedText shapeUncached(String text, FontKey key) {
        Chain chain = chain(key);
        List<GlyphRun> runs = new ArrayList<>(1);
        double units = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            FontFace face = chain.faceFor(cp);
            int j = i + Character.charCount(cp);
            while (j < text.length()) {
                int next = text.codePointAt(j);
                // An invisible character (a joiner, a variation selector) belongs with the letters it joins.
                if (!Characters.isDefaultIgnorable(next) && chain.faceFor(next) != face || Scripts.isRightToLeft(next) != Scripts.isRightToLeft(cp)) {
                    break;
                }
                j += Character.charCount(next);
            }
            GlyphRun run = face == null ? placeholder(text.substring(i, j)) : GlyphShaper.shape(face, text.substring(i, j));
            runs.add(run);
            units += run.units();
            i = j;
        }
        return new ShapedText(text, runs, units);
    }

    /** A face's chain of fonts in the theme's order, opened. */
    private record Chain(FontChain order, List<FontFace> faces) implements FontChain.Coverage {
        @Override
        public boolean covers(int font, int codePoint) {
            return faces.get(font).covers(codePoint);
        }

        /** The face that draws a character, or null when none has it. */
        FontFace faceFor(int cp) {
            if (FontChain.staysInFirstFont(cp)) {
                return faces.get(0);
            }
            int at = order.pick(cp, this);
            return at < 0 ? null : faces.get(at);
        }
    }

    private GlyphRun placeholder(String text) {
        // A missing letter shows as a box; an invisible character joined to it shows as nothing.
        int[] cps = text.codePoints().filter(cp -> !Characters.isDefaultIgnorable(cp)).toArray();
        float[] adv = new float[cps.length];
        java.util.Arrays.fill(adv, PLACEHOLDER_ADVANCE);
        synchronized (missing) {
            for (int cp : cps) {
                missing.add(cp);
            }
        }
        return new GlyphRun(GlyphRun.PLACEHOLDER, cps, adv, PLACEHOLDER_ADVANCE * cps.length);
    }

    private synchronized Chain chain(FontKey key) {
        return chains.computeIfAbsent(key, k -> {
            FontChain order = FontChain.of(theme, k.family(), k.bold(), k.italic());
            return new Chain(order, order.files().stream().map(this::face).toList());
        });
    }

    private FontFace face(Path file) {
        return facesByFile.computeIfAbsent(file, f -> {
            FontFace face = new FontFace(faces.size(), f, GlyphShaper.prepare(FontFiles.load(f)));
            faces.add(face);
            return face;
        });
    }

    /** The face with an id from a {@link GlyphRun}. */
    public FontFace face(int id) {
        return faces.get(id);
    }

    /** Code points no font had, sorted; empty when every character was found. */
    public List<Integer> missingCodePoints() {
        synchronized (missing) {
            return List.copyOf(missing);
        }
    }

    /** E.g. {@code U+E000, U+10FFFD}. */
    public static String describe(List<Integer> codePoints) {
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints) {
            out.append(out.length() > 0 ? ", " : "").append(String.format("U+%04X", cp));
        }
        return out.toString();
    }
}

package org.briefing.render.epub.style;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.model.InputFiles;
import org.briefing.model.Warnings;
import org.briefing.render.epub.pack.BookFile;
import org.briefing.script.FontChain;
import org.briefing.style.Theme;

/**
 * Decides which font files go into the book: each theme face the text is set in, subset to the
 * characters used unless its copyright notice reserves its names (then whole: the SIL OFL forbids
 * modified copies under a reserved name), plus the fallback fonts cut down to the characters the faces lack.
 *
 * @param files     the font files, media type {@code font/ttf}
 * @param faces     the {@code @font-face} rules to write
 * @param fallbacks the CSS family names of the fallback fonts, in the theme's order
 */
public record EmbeddedFonts(List<BookFile> files, List<FontFace> faces, List<String> fallbacks) {
    public EmbeddedFonts {
        files = List.copyOf(files);
        faces = List.copyOf(faces);
        fallbacks = List.copyOf(fallbacks);
    }

    /** The folder of the fonts inside the publication folder. */
    public static final String FOLDER = "fonts/";

    /** One {@code @font-face} rule: CSS family, weight, style, and the font's path in the book. */
    public record FontFace(String family, boolean bold, boolean italic, String href) {
    }

    /**
     * Characters every subset keeps besides those of the text: printable ASCII and the marks a reading
     * system may draw itself (list bullets, hyphen, ellipsis, the quotation marks of {@code <q>}), so that generated text has its glyphs.
     */
    private static final String ALWAYS_KEPT = java.util.stream.IntStream.rangeClosed(0x20, 0x7e)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            + "\u2022\u25e6\u25aa\u2010\u2011\u2013\u2014\u2026\u00a0\u00ad\u2018\u2019\u201c\u201d";

    /** The CSS family name of a theme family. */
    public static String cssFamily(String themeFamily) {
        return "briefing-" + themeFamily;
    }

    /** Plans the fonts for the text tallied in {@code usage}; characters no font has are reported. */
    public static EmbeddedFonts plan(Theme theme, FaceUsage usage, Warnings warnings) {
        Map<Path, Set<Integer>> charsByFile = new LinkedHashMap<>();
        List<FaceUsage.Face> faceOrder = new ArrayList<>();
        List<Path> faceFiles = new ArrayList<>();
        for (Map.Entry<FaceUsage.Face, Set<Integer>> entry : usage.faces().entrySet()) {
            FaceUsage.Face face = entry.getKey();
            Path file = FontChain.of(theme, face.family(), face.bold(), face.italic()).own();
            charsByFile.computeIfAbsent(file, f -> new TreeSet<>()).addAll(entry.getValue());
            faceOrder.add(face);
            faceFiles.add(file);
        }
        Map<Path, String> hrefs = new LinkedHashMap<>();
        Map<String, BookFile> files = new LinkedHashMap<>();
        Set<Integer> missing = new TreeSet<>();
        for (Map.Entry<Path, Set<Integer>> entry : charsByFile.entrySet()) {
            Path file = entry.getKey();
            String name = file.getFileName().toString().replaceFirst("(?i)\\.tt[fc]$", "");
            BookFile bookFile;
            byte[] bytes = read(file);
            try {
                Optional<FontFacts> facts = FontFacts.read(ByteBuffer.wrap(bytes));
                if (facts.isPresent() && facts.get().reservesNames()) {
                    // Embedded whole: its own cmap answers which characters it lacks, with no fontbox parse.
                    entry.getValue().stream().filter(cp -> !facts.get().has(cp)).forEach(missing::add);
                    bookFile = new BookFile(FOLDER + name + ".ttf", "font/ttf", bytes);
                } else {
                    try (LoadedFont font = LoadedFont.open(file, bytes)) {
                        entry.getValue().stream().filter(cp -> !font.has(cp)).forEach(missing::add);
                        if (font.reservesNames()) {
                            bookFile = new BookFile(FOLDER + name + ".ttf", "font/ttf", bytes);
                        } else {
                            Set<Integer> keep = new TreeSet<>(entry.getValue());
                            ALWAYS_KEPT.codePoints().forEach(keep::add);
                            bookFile = new BookFile(FOLDER + name + "-subset.ttf", "font/ttf", font.subset(keep));
                        }
                    }
                }
            } catch (RuntimeException e) {
                throw LoadedFont.damaged(file, e);
            }
            files.put(bookFile.href(), bookFile);
            hrefs.put(file, bookFile.href());
        }
        List<FontFace> faces = new ArrayList<>();
        for (int i = 0; i < faceOrder.size(); i++) {
            FaceUsage.Face face = faceOrder.get(i);
            faces.add(new FontFace(cssFamily(face.family()), face.bold(), face.italic(), hrefs.get(faceFiles.get(i))));
        }
        List<String> fallbacks = new ArrayList<>();
        FallbackCoverage coverage = new FallbackCoverage(FontChain.fallbacks(theme), missing);
        Map<Integer, Set<Integer>> coveredBy = new TreeMap<>();
        Set<Integer> unfound = new TreeSet<>();
        for (int cp : missing) {
            int at = coverage.order.pick(cp, coverage);
            (at < 0 ? unfound : coveredBy.computeIfAbsent(at, k -> new TreeSet<>())).add(cp);
        }
        for (Map.Entry<Integer, Set<Integer>> entry : coveredBy.entrySet()) {
            int at = entry.getKey();
            String family = String.format(Locale.ROOT, "briefing-fallback-%d", at + 1);
            String href = String.format(Locale.ROOT, "%sfallback-%d.ttf", FOLDER, at + 1);
            Path file = coverage.order.files().get(at);
            try (LoadedFont font = LoadedFont.open(file, coverage.bytes.get(at))) {
                files.put(href, new BookFile(href, "font/ttf", font.subset(entry.getValue())));
            }
            faces.add(new FontFace(family, false, false, href));
            fallbacks.add(family);
        }
        for (int cp : unfound) {
            warnings.warn(String.format(Locale.ROOT, "no font of theme '%s' has the character U+%04X (%s)",
                    theme.name(), cp, new String(Character.toChars(cp))));
        }
        return new EmbeddedFonts(new ArrayList<>(files.values()), faces, fallbacks);
    }

    /**
     * Which of the characters no face has each fallback font covers. A fallback is read only when a
     * character reaches it down the chain; only one that covers some is parsed whole later, to subset it.
     */
    private static final class FallbackCoverage implements FontChain.Coverage {
        private final FontChain order;
        private final Set<Integer> wanted;
        private final Map<Integer, byte[]> bytes = new HashMap<>();
        private final Map<Integer, Set<Integer>> covered = new HashMap<>();

        FallbackCoverage(FontChain order, Set<Integer> wanted) {
            this.order = order;
            this.wanted = wanted;
        }

        @Override
        public boolean covers(int font, int codePoint) {
            return covered.computeIfAbsent(font, this::read).contains(codePoint);
        }

        private Set<Integer> read(int font) {
            Path file = order.files().get(font);
            byte[] data = EmbeddedFonts.read(file);
            bytes.put(font, data);
            Set<Integer> has = new TreeSet<>();
            try {
                Optional<FontFacts> facts = FontFacts.read(ByteBuffer.wrap(data));
                if (facts.isPresent()) {
                    wanted.stream().filter(facts.get()::has).forEach(has::add);
                } else {
                    try (LoadedFont loaded = LoadedFont.open(file, data)) {
                        wanted.stream().filter(loaded::has).forEach(has::add);
                    }
                }
            } catch (RuntimeException e) {
                throw LoadedFont.damaged(file, e);
            }
            return has;
        }
    }

    /** Each font file is read once per book, through the guarded reader (regular files, bounded size). */
    private static byte[] read(Path file) {
        return InputFiles.readRegular(file, file.toString(), InputFiles.FONT_LIMIT);
    }
}

package org.briefing.render.epub.style;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.model.BriefingException;
import org.briefing.model.Warnings;
import org.briefing.render.epub.pack.BookFile;
import org.briefing.style.FontFamily;
import org.briefing.style.Theme;

/**
 * Decides which font files go into the book: each theme face the text is set in, whole (the theme's
 * families may carry reserved font names, which forbid modified copies), plus the fallback fonts cut
 * down to the characters the faces lack.
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

    /** The CSS family name of a theme family. */
    public static String cssFamily(String themeFamily) {
        return "briefing-" + themeFamily;
    }

    /** Plans the fonts for the text tallied in {@code usage}; characters no font has are reported. */
    public static EmbeddedFonts plan(Theme theme, FaceUsage usage, Warnings warnings) {
        Map<String, BookFile> files = new LinkedHashMap<>();
        List<FontFace> faces = new ArrayList<>();
        Set<Integer> missing = new TreeSet<>();
        for (Map.Entry<FaceUsage.Face, Set<Integer>> entry : usage.faces().entrySet()) {
            FaceUsage.Face face = entry.getKey();
            FontFamily family = theme.families().get(face.family());
            if (family == null) {
                throw new BriefingException(theme.file() + ": role font '" + face.family() + "' is not a font family");
            }
            Path file = family.face(face.bold(), face.italic());
            String href = FOLDER + file.getFileName();
            files.computeIfAbsent(href, h -> new BookFile(h, "font/ttf", read(file)));
            faces.add(new FontFace(cssFamily(face.family()), face.bold(), face.italic(), href));
            try (LoadedFont font = LoadedFont.open(file)) {
                entry.getValue().stream().filter(cp -> !font.has(cp)).forEach(missing::add);
            }
        }
        List<String> fallbacks = new ArrayList<>();
        List<Path> fallbackFiles = theme.fallbackFonts();
        for (int i = 0; i < fallbackFiles.size() && !missing.isEmpty(); i++) {
            try (LoadedFont font = LoadedFont.open(fallbackFiles.get(i))) {
                Set<Integer> covered = new TreeSet<>();
                missing.stream().filter(font::has).forEach(covered::add);
                if (!covered.isEmpty()) {
                    missing.removeAll(covered);
                    String family = String.format(Locale.ROOT, "briefing-fallback-%d", i + 1);
                    String href = String.format(Locale.ROOT, "%sfallback-%d.ttf", FOLDER, i + 1);
                    files.put(href, new BookFile(href, "font/ttf", font.subset(covered)));
                    faces.add(new FontFace(family, false, false, href));
                    fallbacks.add(family);
                }
            }
        }
        for (int cp : missing) {
            warnings.warn(String.format(Locale.ROOT, "no font of theme '%s' has the character U+%04X (%s)",
                    theme.name(), cp, new String(Character.toChars(cp))));
        }
        return new EmbeddedFonts(new ArrayList<>(files.values()), faces, fallbacks);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BriefingException(file + ": cannot read font: " + e.getMessage(), e);
        }
    }
}

package org.briefing.render.epub.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.briefing.sfnt.TableDirectory;
import org.junit.jupiter.api.Test;

/** A subset cut from the trimmed view of a font is the one fontbox cuts from the whole font, byte for byte. */
class LoadedFontSubsetTest {
    private static List<Path> bundledFonts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("styles/fonts"))) {
            return files.filter(f -> f.toString().matches("(?i).*\\.tt[fc]$")).sorted().toList();
        }
    }

    /** Characters of several scripts and symbols, so every font subsets some glyphs and lacks others. */
    private static Set<Integer> sample() {
        Set<Integer> cps = new TreeSet<>();
        "Briefing — “quotes” café ½ → ∑ ✓ ☐ 北京 한국 Ωμέγα Жук ﬁ\u00a0".codePoints().forEach(cps::add);
        for (int cp = 0x20; cp < 0x7f; cp++) {
            cps.add(cp);
        }
        return cps;
    }

    @Test
    void subsetOfTheViewIsTheSubsetOfTheWholeFont() throws Exception {
        List<Path> fonts = bundledFonts();
        assertTrue(fonts.size() >= 10, "the bundled fonts are there: " + fonts);
        for (Path file : fonts) {
            byte[] whole = wholeFontSubset(file, sample());
            try (LoadedFont font = LoadedFont.open(file, java.nio.file.Files.readAllBytes(file))) {
                assertArrayEquals(whole, font.subset(sample()), file.toString());
            }
        }
    }

    @Test
    void theViewListsOnlyTheKeptTables() throws Exception {
        byte[] font = Files.readAllBytes(Path.of("styles/fonts/NotoSans-Regular.ttf"));
        byte[] view = TableDirectory.of(java.nio.ByteBuffer.wrap(font)).view(font, LoadedFont.KEPT_TABLES, java.util.Map.of());
        try (TrueTypeFont parsed = new TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(view))) {
            assertTrue(LoadedFont.KEPT_TABLES.containsAll(parsed.getTableMap().keySet()), parsed.getTableMap().keySet().toString());
            assertTrue(parsed.getTableMap().containsKey("glyf"));
        }
    }

    @Test
    void aFontThatMustMapCharactersBeyondTheBmpIsEmbeddedWhole() throws Exception {
        // Found by fuzzing: fontbox's subsetter writes a BMP-only cmap and threw on U+1F069.
        Path symbols = Path.of("styles/fonts/NotoSansSymbols2-Regular.ttf");
        try (LoadedFont font = LoadedFont.open(symbols, java.nio.file.Files.readAllBytes(symbols))) {
            assertTrue(font.has(0x1F069), "the domino tile is in Noto Sans Symbols 2");
            assertArrayEquals(Files.readAllBytes(symbols), font.subset(Set.of(0x2713, 0x1F069)));
            assertTrue(font.subset(Set.of(0x2713)).length < Files.size(symbols), "BMP only: a real subset");
        }
    }

    /** The subset as it was cut before the view: fontbox parsing the whole file. */
    private static byte[] wholeFontSubset(Path file, Set<Integer> cps) throws IOException {
        if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                return subset(first[0], cps);
            }
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            return subset(font, cps);
        }
    }

    private static byte[] subset(TrueTypeFont font, Set<Integer> cps) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, LoadedFont.KEPT_TABLES);
        subsetter.addAll(cps);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }
}

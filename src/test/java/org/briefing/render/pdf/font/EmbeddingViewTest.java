package org.briefing.render.pdf.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The trimmed view gives the same subset and the same descriptor fields as parsing the whole font. */
class EmbeddingViewTest {
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp");

    static Stream<Path> fonts() throws IOException {
        return Files.list(Path.of("styles/fonts")).filter(p -> p.toString().endsWith(".ttf") || p.toString().endsWith(".ttc"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void subsetAndMetricsMatchTheWholeFont(Path file) throws Exception {
        byte[] view = EmbeddingView.of(Files.readAllBytes(file));
        try (TrueTypeFont trimmed = new TTFParser().parse(new RandomAccessReadBuffer(view))) {
            if (file.toString().endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    collection.processAllFonts(ttf -> {
                        if (first[0] == null) {
                            first[0] = ttf;
                        }
                    });
                    assertSame(first[0], trimmed);
                }
            } else {
                try (TrueTypeFont whole = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    assertSame(whole, trimmed);
                }
            }
            assertTrue(trimmed.getTableMap().keySet().stream().noneMatch(t -> t.equals("GSUB") || t.equals("GPOS")));
        }
    }

    private static void assertSame(TrueTypeFont whole, TrueTypeFont trimmed) throws IOException {
        assertEquals(whole.getName(), trimmed.getName());
        assertEquals(whole.getNumberOfGlyphs(), trimmed.getNumberOfGlyphs());
        assertEquals(whole.getUnitsPerEm(), trimmed.getUnitsPerEm());
        assertEquals(whole.getPostScript().getItalicAngle(), trimmed.getPostScript().getItalicAngle());
        assertEquals(whole.getHorizontalHeader().getAscender(), trimmed.getHorizontalHeader().getAscender());
        assertEquals(whole.getOS2Windows().getCapHeight(), trimmed.getOS2Windows().getCapHeight());
        assertEquals(whole.getHeader().getXMax(), trimmed.getHeader().getXMax());
        TreeSet<Integer> glyphs = new TreeSet<>();
        for (int g = 1; g < whole.getNumberOfGlyphs(); g += Math.max(1, whole.getNumberOfGlyphs() / 40)) {
            glyphs.add(g);
        }
        assertArrayEquals(subset(whole, glyphs), subset(trimmed, glyphs));
    }

    private static byte[] subset(TrueTypeFont font, TreeSet<Integer> glyphs) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        subsetter.addGlyphIds(glyphs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    @Test
    void aTableOutsideTheFileIsAnError() throws Exception {
        byte[] font = Files.readAllBytes(Path.of("styles/fonts/NotoSans-Regular.ttf"));
        byte[] cut = java.util.Arrays.copyOf(font, font.length / 2);
        IOException e = assertThrows(IOException.class, () -> EmbeddingView.of(cut));
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().contains("outside the file"), e.getMessage());
    }
}

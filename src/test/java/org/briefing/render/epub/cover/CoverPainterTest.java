package org.briefing.render.epub.cover;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.briefing.model.Metadata;
import org.briefing.model.ReportOptions;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/**
 * The drawn cover: a PNG of fixed size, the same bytes for the same briefing, the accent colour on top,
 * text in any script the theme's fonts cover, and none of Java2D's text stack involved.
 */
class CoverPainterTest {
    private static final Theme THEME = new ThemeLoader(Path.of("styles")).load("memo");
    private static final Metadata META = new Metadata("A title 合作 that is long enough to wrap onto a second line",
            "Subtitle", "", "Event summary", "Org", "2017-02", "Beijing", "en", "Off the record", List.of(), List.of(),
            List.of(), "", ReportOptions.DEFAULT);

    @Test
    void coverIsADeterministicPngInTheThemesColours() throws Exception {
        byte[] png = CoverPainter.paint(META, THEME);
        assertArrayEquals(png, CoverPainter.paint(META, THEME));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(CoverPainter.WIDTH, image.getWidth());
        assertEquals(CoverPainter.HEIGHT, image.getHeight());
        org.briefing.style.Color accent = THEME.accent();
        assertEquals(new java.awt.Color(accent.red(), accent.green(), accent.blue()).getRGB(), image.getRGB(10, 10));
        assertEquals(java.awt.Color.WHITE.getRGB(), image.getRGB(10, CoverPainter.HEIGHT - 10));
        assertNotEquals(0, countDark(image), "text is drawn");
    }

    @Test
    void aChineseTitleIsDrawnFromTheFallbackFont() throws Exception {
        Metadata chinese = new Metadata("朝鲜导弹试验与中美合作的理由：专家评估朝鲜武器计划与特朗普政府的选择", "中美专家评估",
                "", "活动纪要", "卡内基—清华全球政策中心", "2017-02", "北京", "zh", "不公开", List.of(), List.of(), List.of(), "", ReportOptions.DEFAULT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CoverPainter.paint(chinese, THEME)));
        assertTrue(countDark(image) > 2000, "the title's ideographs are filled: " + countDark(image));
    }

    @Test
    void anArabicTitleIsDrawnJoinedFromTheFallbackFont() throws Exception {
        Metadata arabic = new Metadata("\u0627\u0644\u062a\u0639\u0627\u0648\u0646 \u0628\u064a\u0646 "
                + "\u0627\u0644\u0635\u064a\u0646 \u0648\u0627\u0644\u0648\u0644\u0627\u064a\u0627\u062a "
                + "\u0627\u0644\u0645\u062a\u062d\u062f\u0629 (2017)", "\u0633\u0644\u0627\u0645", "",
                "\u0645\u0644\u062e\u0635", "", "2017-02", "", "ar", "", List.of(), List.of(), List.of(), "", ReportOptions.DEFAULT);
        byte[] png = CoverPainter.paint(arabic, THEME);
        assertArrayEquals(png, CoverPainter.paint(arabic, THEME));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(countDark(image) > 1000, "the title's letters are filled: " + countDark(image));
        if (Boolean.getBoolean("briefing.coverPng")) {
            java.nio.file.Files.write(Path.of("target/arabic-cover.png"), png); // to look at
        }
    }

    @Test
    void charactersNoFontHasDrawTheMissingGlyphAndDoNotStopTheCover() throws Exception {
        Metadata odd = new Metadata("Rockets \uD83D\uDE80 and a private \uE000 glyph, a joiner\u200D and a \uFE0F selector",
                "", "", "", "", "", "", "en", "", List.of(), List.of(), List.of(), "", ReportOptions.DEFAULT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CoverPainter.paint(odd, THEME)));
        assertNotEquals(0, countDark(image), "the rest of the title is drawn");
    }

    @Test
    void theCoverPackageUsesNoJava2DButItsGeometry() {
        // ComplexWords alone shapes with the JDK's text layout, and only for words that need it (next test).
        noClasses().that().resideInAPackage("org.briefing.render.epub.cover..")
                .and().doNotHaveSimpleName(ComplexWords.class.getSimpleName())
                .should().dependOnClassesThat().resideInAnyPackage("java.awt", "java.awt.font..", "java.awt.image..",
                        "sun.font..", "sun.java2d..", "javax.imageio..")
                .orShould().dependOnClassesThat().belongToAnyOf(java.text.BreakIterator.class,
                        java.text.AttributedString.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.briefing.render.epub.cover"));
    }

    /**
     * In a fresh JVM, painting a cover (with a fallback font in the title, but no script that needs
     * shaping) loads neither Java2D's font manager, which starts fontconfig, nor its text layout (not even
     * {@code java.awt.Font}), nor its drawing pipeline. Only a class-loading
     * log can show it: the rule above sees our code, not what fontbox or the JDK pull in.
     */
    @Test
    void paintingLoadsNoFontManagerTextLayoutOrJava2D() throws Exception {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xshare:off", "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), CoverPaintProbe.class.getName());
        child.redirectErrorStream(true);
        Process process = child.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), log);
        assertTrue(log.contains("png="), log);
        assertTrue(log.contains(" " + CoverPainter.class.getName() + " "), "the log names the classes loaded");
        for (String forbidden : List.of("sun.font.FontManagerFactory", "sun.font.SunFontManager",
                "sun.font.FontConfigManager", "java.awt.font.TextLayout", "java.awt.font.LineBreakMeasurer",
                "sun.font.FileFontStrike", "sun.java2d.SunGraphics2D", "sun.java2d.marlin.DMarlinRenderingEngine",
                "java.awt.image.BufferedImage", "java.awt.GraphicsEnvironment", "java.awt.Font",
                ComplexWords.class.getName())) {
            assertTrue(!log.contains(" " + forbidden + " "), forbidden + " was loaded");
        }
    }

    private static int countDark(BufferedImage image) {
        int dark = 0;
        for (int y = 500; y < 1200; y += 3) {
            for (int x = 100; x < 1100; x += 3) {
                if ((image.getRGB(x, y) & 0xff) < 80) {
                    dark++;
                }
            }
        }
        return dark;
    }
}

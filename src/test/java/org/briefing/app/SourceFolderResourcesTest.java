package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.model.Image;
import org.briefing.model.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFolderResourcesTest {
    @TempDir
    Path dir;
    private Path source;
    private SourceFolderResources resources;
    private byte[] chart;

    @BeforeEach
    void setUp() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("source"));
        source = folder.resolve("memo.md");
        Files.writeString(source, "# memo");
        Files.createDirectories(folder.resolve("img"));
        // Images must decode (see DecodableImage): a real 1x1 PNG.
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        chart = png.toByteArray();
        Files.write(folder.resolve("img/chart one.png"), chart);
        Files.write(dir.resolve("secret.png"), new byte[] {9});
        resources = new SourceFolderResources(source, "memo.md");
    }

    private String failure(String src) {
        return assertThrows(InputException.class, () -> resources.read(new Image(src, "alt", "", 7))).getMessage();
    }

    @Test
    void readsImagesInsideTheSourceFolder() {
        assertArrayEquals(chart, resources.read(new Image("img/chart one.png", "", "", 3)));
        assertArrayEquals(chart, resources.read(new Image("img/chart%20one.png", "", "", 3)));
        assertArrayEquals(chart,
                resources.read(new Image(dir.resolve("source/img/chart one.png").toString(), "", "", 3)));
    }

    @Test
    void refusesPathsThatClimbOut() {
        String message = failure("../secret.png");
        assertTrue(message.startsWith("memo.md:7: image '../secret.png' lies outside"), message);
        assertTrue(failure("img/../../secret.png").contains("outside"));
    }

    @Test
    void refusesAbsolutePathsElsewhere() {
        assertTrue(failure(dir.resolve("secret.png").toString()).contains("outside"));
        assertTrue(failure("/etc/passwd").startsWith("memo.md:7:"));
    }

    @Test
    void refusesSymbolicLinksThatLeadOutside() throws Exception {
        Files.createSymbolicLink(source.getParent().resolve("link.png"), dir.resolve("secret.png"));
        String message = failure("link.png");
        assertTrue(message.startsWith("memo.md:7: image 'link.png' is a link"), message);
    }

    @Test
    void aMissingImageNamesFileAndLine() {
        assertTrue(failure("img/none.png").startsWith("memo.md:7: image not found: img/none.png"));
    }

    @Test
    void remoteImagesAreNeverFetched() {
        assertTrue(failure("https://example.org/x.png").contains("never fetched"));
    }
}

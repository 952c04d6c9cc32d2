package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.render.RenderOptions;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherReadTest {
    @TempDir
    Path dir;

    @Test
    void theReadersGuardRailWarningsReachTheUser() throws Exception {
        Path source = dir.resolve("deep.md");
        Files.writeString(source, "---\ntitle: Deep\n---\n\n" + "- ".repeat(40) + "item\n");
        List<String> warnings = new ArrayList<>();
        Publisher publisher = new Publisher(new ThemeLoader(Path.of("styles")).load("memo"), RenderOptions.defaults(),
                Optional.empty(), warnings::add);

        publisher.read(source, "source/deep.md");

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("source/deep.md:5: list nested more than"), warnings.get(0));
    }
}

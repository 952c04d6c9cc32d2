package org.briefing.render.epub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the sample books to target/epub-samples for looking at (run by hand, not a test). */
public final class WriteSamples {
    private WriteSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target/epub-samples");
        Files.createDirectories(out);
        for (Path source : List.of(EpubFixtures.SEED, EpubFixtures.EVERY_BLOCK)) {
            List<String> warnings = new ArrayList<>();
            long start = System.nanoTime();
            byte[] epub = EpubFixtures.render(EpubFixtures.read(source), EpubFixtures.resourcesNextTo(source), warnings);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String name = source.getFileName().toString().replace(".md", ".epub");
            Files.write(out.resolve(name), epub);
            System.out.println(name + ": " + epub.length + " bytes in " + ms + " ms");
            warnings.forEach(w -> System.out.println("  warning: " + w));
        }
    }
}

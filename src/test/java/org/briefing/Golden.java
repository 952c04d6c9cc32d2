package org.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a reviewed golden file under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dbriefing.updateGolden=true} to rewrite the files, then review them in the diff.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file {@code name} (relative to the golden folder). */
    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("briefing.updateGolden") || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                if (!Boolean.getBoolean("briefing.updateGolden")) {
                    throw new AssertionError("golden file " + file + " did not exist; wrote it — review and rerun");
                }
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefing.model.InputException;
import org.briefing.model.Warnings;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderers;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background start-up work hands over the theme only for the same style and never changes a result. */
class WarmUpTest {
    @TempDir
    Path dir;

    private static final Path SEED = Path.of("source/north-korea-us-china-cooperation.md");

    private static Theme memo() {
        return new ThemeLoader(Path.of("styles")).load("memo");
    }

    @Test
    void theBackgroundThemeIsTakenForTheSameStyleOnly() {
        AtomicInteger mainLoads = new AtomicInteger();
        try (WarmUp warmUp = WarmUp.start("memo", WarmUpTest::memo, false)) {
            Theme same = warmUp.theme("memo", () -> {
                mainLoads.incrementAndGet();
                return memo();
            });
            assertEquals(0, mainLoads.get(), "the background's theme is used");
            assertEquals(memo(), same);
            Theme other = memo();
            assertSame(other, warmUp.theme("other.yaml", () -> other), "another style is loaded by the caller");
        }
    }

    @Test
    void aThemeThatFailsInTheBackgroundFailsAgainOnTheMainThreadWithItsOwnError() {
        try (WarmUp warmUp = WarmUp.start("bad", () -> {
            throw new InputException("background failure");
        }, true)) {
            InputException e = assertThrows(InputException.class,
                    () -> warmUp.theme("bad", () -> {
                        throw new InputException("styles/bad.yaml:3: main failure");
                    }));
            assertEquals("styles/bad.yaml:3: main failure", e.getMessage());
            warmUp.awaitRender(); // the font task found no theme and did nothing; joining still returns
        }
    }

    @Test
    void noneRunsNothingAndCallsTheLoader() {
        Theme theme = memo();
        assertSame(theme, WarmUp.NONE.theme("memo", () -> theme));
        WarmUp.NONE.awaitRender();
        WarmUp.NONE.close();
    }

    @Test
    void thePdfIsTheSameBytesWithAndWithoutTheWarmUp() {
        byte[] cold = pdf(WarmUp.NONE);
        byte[] warm;
        try (WarmUp warmUp = WarmUp.start("memo", WarmUpTest::memo, true)) {
            warm = pdf(warmUp);
        }
        assertArrayEquals(cold, warm);
    }

    @Test
    void aSourceReadInTheBackgroundIsTakenForTheSameFileAndNameWithItsWarnings() throws Exception {
        Path source = dir.resolve("deep.md");
        // A list nested past the guard rail gives a warning while reading.
        java.nio.file.Files.writeString(source, "---\ntitle: T\n---\n\n" + "- ".repeat(40) + "deep\n");
        java.util.List<String> direct = new java.util.ArrayList<>();
        var expected = Publisher.parse(source, "deep.md", direct::add);
        try (WarmUp warmUp = WarmUp.start("memo", WarmUpTest::memo, false, source, "deep.md")) {
            java.util.List<String> taken = new java.util.ArrayList<>();
            assertEquals(Optional.of(expected), warmUp.document(source, "deep.md", taken::add));
            assertFalse(direct.isEmpty(), "the source gives a warning");
            assertEquals(direct, taken);
            assertEquals(Optional.empty(), warmUp.document(source, "other-name.md", taken::add));
            assertEquals(Optional.empty(), warmUp.document(dir.resolve("other.md"), "deep.md", taken::add));
        }
    }

    @Test
    void aSourceThatFailsInTheBackgroundIsReadAgainByTheCaller() {
        Path missing = dir.resolve("missing.md");
        try (WarmUp warmUp = WarmUp.start("memo", WarmUpTest::memo, false, missing, "missing.md")) {
            assertEquals(Optional.empty(), warmUp.document(missing, "missing.md", Warnings.IGNORE));
            Publisher publisher = new Publisher(memo(), RenderOptions.defaults(), Optional.empty(), Warnings.IGNORE,
                    warmUp);
            InputException e = assertThrows(InputException.class, () -> publisher.read(missing, "missing.md"));
            assertEquals("missing.md: no such file", e.getMessage());
        }
    }

    private static byte[] pdf(WarmUp warmUp) {
        Publisher publisher = new Publisher(warmUp.theme("memo", WarmUpTest::memo), RenderOptions.defaults(),
                Optional.empty(), Warnings.IGNORE, warmUp);
        Publisher.Prepared prepared = publisher.read(SEED, SEED.toString());
        return publisher.bytes(prepared, Renderers.discover().get("pdf"));
    }
}

package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The background start-up work hands over the theme only for the same style and never changes a result. */
class WarmUpTest {
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

    private static byte[] pdf(WarmUp warmUp) {
        Publisher publisher = new Publisher(warmUp.theme("memo", WarmUpTest::memo), RenderOptions.defaults(),
                Optional.empty(), Warnings.IGNORE, warmUp);
        Publisher.Prepared prepared = publisher.read(SEED, SEED.toString());
        return publisher.bytes(prepared, Renderers.discover().get("pdf"));
    }
}

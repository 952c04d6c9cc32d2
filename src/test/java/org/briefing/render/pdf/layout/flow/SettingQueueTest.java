package org.briefing.render.pdf.layout.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

/** Work handed to the setting queue runs once, its results come back in order, and its errors surface. */
class SettingQueueTest {
    @Test
    void resultsComeBackInSubmissionOrderAndEachTaskRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        List<SettingQueue.Pending<Integer>> pending = new ArrayList<>();
        try (SettingQueue queue = new SettingQueue(2)) {
            for (int i = 0; i < 500; i++) {
                int n = i;
                pending.add(queue.submit(() -> {
                    runs.incrementAndGet();
                    return n * n;
                }));
            }
            for (int i = 0; i < pending.size(); i++) {
                assertEquals(i * i, pending.get(i).get());
                assertEquals(i * i, pending.get(i).get(), "asked twice, same result");
            }
        }
        assertEquals(500, runs.get());
    }

    @Test
    void withoutHelpersWorkRunsAtOnceOnTheCallingThread() {
        List<String> threads = new ArrayList<>();
        try (SettingQueue queue = new SettingQueue(0)) {
            queue.submit(() -> threads.add(Thread.currentThread().getName()));
            assertEquals(List.of(Thread.currentThread().getName()), threads, "ran before get()");
        }
    }

    @Test
    void anErrorInWorkIsThrownToWhoeverTakesTheResult() {
        InputException error = new InputException("long.md:3: bad");
        try (SettingQueue queue = new SettingQueue(1)) {
            SettingQueue.Pending<Object> failing = queue.submit(() -> {
                throw error;
            });
            assertSame(error, assertThrows(InputException.class, failing::get));
        }
    }

    @Test
    void workLeftAfterCloseIsDoneByWhoeverAsks() {
        SettingQueue queue = new SettingQueue(1);
        queue.close();
        SettingQueue.Pending<String> late = queue.submit(() -> "set");
        assertEquals("set", late.get());
    }

    @Test
    void theFirstParagraphsAreSetAtOnceBeforeHelpersStart() {
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SettingQueue queue = new SettingQueue(1, 3)) {
            List<SettingQueue.Pending<Boolean>> pending = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                pending.add(queue.submit(() -> threads.add(Thread.currentThread().getName())));
                assertTrue(pending.get(i).done(), "set when submitted");
            }
            assertEquals(List.of(Thread.currentThread().getName()), threads.stream().distinct().toList());
            for (int i = 0; i < 50; i++) {
                pending.add(queue.submit(() -> threads.add(Thread.currentThread().getName())));
            }
            pending.forEach(SettingQueue.Pending::get);
            assertEquals(53, threads.size());
        }
    }

    @Test
    void aShortDocumentNeverStartsAHelper() {
        // The seed has 9 paragraphs and the 10x briefing 100: both are set on the calling thread alone.
        assertTrue(SettingQueue.DEFAULT_WARMUP > 100);
    }
}

package org.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class BriefingExceptionTest {
    @Test
    void aTasksUncheckedFailureIsThrownAsItIs() {
        InputException input = new InputException("a.md:3: bad");
        assertSame(input, BriefingException.fromTask(new ExecutionException(input), "reading"));
    }

    @Test
    void aTasksErrorIsRethrown() {
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class,
                () -> BriefingException.fromTask(new ExecutionException(error), "setting")));
    }

    @Test
    void aCheckedFailureSaysWhatFailed() {
        IOException io = new IOException("disk full");
        RuntimeException thrown = BriefingException.fromTask(new ExecutionException(io), "painting a page failed");
        assertEquals("painting a page failed: java.io.IOException: disk full", thrown.getMessage());
        assertSame(io, thrown.getCause());
    }
}

package org.briefing.model;

import java.util.concurrent.ExecutionException;

/**
 * The one unchecked exception family of Briefing. Its message already says where (file and line,
 * theme key or layout element) and what; the CLI prints it as one line.
 */
public class BriefingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BriefingException(String message) {
        super(message);
    }

    public BriefingException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What a task run on another thread failed with, to throw on the thread that waited for it as if it had
     * failed there: the task's own unchecked exception as it is, an error rethrown at once, anything else as
     * "{@code what}: cause".
     */
    public static RuntimeException fromTask(ExecutionException failure, String what) {
        Throwable cause = failure.getCause();
        if (cause instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new BriefingException(what + ": " + cause, cause);
    }
}

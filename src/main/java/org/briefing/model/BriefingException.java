package org.briefing.model;

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
}

package org.briefing.model;

/** Where non-fatal problems (missing alt text, characters no font has) are reported. */
@FunctionalInterface
public interface Warnings {
    /** Reports one problem; the message names the file and, where known, the line. */
    void warn(String message);

    /** A sink that drops everything, for callers that do not care. */
    Warnings IGNORE = message -> { };
}

package org.briefing.read.build;

import org.briefing.model.Warnings;

/** The warnings sink with the file it reports about, so that every reader warning starts {@code file:line:col:}. */
record SourceWarnings(String file, Warnings sink) {
    /** Reports {@code message} at a 1-based line and column (column omitted when 0). */
    void at(int line, int column, String message) {
        sink.warn(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message);
    }
}

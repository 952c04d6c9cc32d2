package org.briefing.read.build;

import org.briefing.model.InputException;

/** Turns an offset in the parsed text into an error naming the source file's line and column. */
@FunctionalInterface
interface SourceErrors {
    /** The error for {@code message} at {@code offset} (0-based, in the text Flexmark parsed). */
    InputException at(int offset, String message);
}

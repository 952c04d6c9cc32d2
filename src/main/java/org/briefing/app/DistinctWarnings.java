package org.briefing.app;

import java.util.HashSet;
import java.util.Set;
import org.briefing.model.Warnings;

/** Passes each distinct warning on once, so that two renderers of one document do not repeat each other. */
final class DistinctWarnings implements Warnings {
    private final Warnings next;
    private final Set<String> seen = new HashSet<>();

    DistinctWarnings(Warnings next) {
        this.next = next;
    }

    @Override
    public synchronized void warn(String message) {
        if (seen.add(message)) {
            next.warn(message);
        }
    }
}

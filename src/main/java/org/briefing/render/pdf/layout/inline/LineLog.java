package org.briefing.render.pdf.layout.inline;

import java.util.ArrayList;
import java.util.List;

/** Collects a record of every line the paragraph setter sets, in order; one per layout run. */
public final class LineLog {
    private final List<LineRecord> lines = new ArrayList<>();

    void add(LineRecord line) {
        lines.add(line);
    }

    /** The lines so far. */
    public List<LineRecord> lines() {
        return List.copyOf(lines);
    }
}

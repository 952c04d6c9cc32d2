package org.briefing.hostile;

import java.util.Set;

/**
 * What issue 15 requires of a run: the exit codes allowed and, where the fault is in a file, the
 * {@code file:line} the one error line (on exit 2) or a warning line (on exit 0) must contain. Input never
 * gives exit 1; only a failing environment does ({@link #environmentFailure}), as the CLI's exit codes say.
 *
 * @param exits   the allowed exit codes: a subset of {0, 2} for any input
 * @param where   the text the error must contain on exit 2 (e.g. {@code memo.md:3}), or null for any
 * @param warning the text a {@code briefing: warning:} line must contain on exit 0, or null for none needed
 */
record Expect(Set<Integer> exits, String where, String warning) {
    Expect {
        exits = Set.copyOf(exits);
    }

    /** Valid input: exit 0. */
    static Expect ok() {
        return new Expect(Set.of(0), null, null);
    }

    /** Usable input with a fault: exit 0 and a warning naming {@code where}. */
    static Expect warns(String where) {
        return new Expect(Set.of(0), null, where);
    }

    /** Bad input: exit 2 and one error line naming {@code where} (null: the location is not a file). */
    static Expect bad(String where) {
        return new Expect(Set.of(2), where, null);
    }

    /** Either way is right: exit 0 (the fault repaired), or exit 2 naming {@code where}. */
    static Expect okOrBad(String where) {
        return new Expect(Set.of(0, 2), where, null);
    }

    /**
     * The environment failed, not the input (standard output on a full disk): exit 1, the CLI's code for
     * "could not be done", with its one error line.
     */
    static Expect environmentFailure() {
        return new Expect(Set.of(1), null, null);
    }

    /**
     * The reader of standard output went away ({@code briefing print x | head -1}): a quiet end, either 0 or
     * 141, the status a shell shows for {@code cat} ended by SIGPIPE.
     */
    static Expect closedPipe() {
        return new Expect(Set.of(0, 141), null, null);
    }

    @Override
    public String toString() {
        return "exit " + exits + (where == null ? "" : ", error naming '" + where + "'")
                + (warning == null ? "" : ", warning naming '" + warning + "'");
    }
}

package org.briefing.hostile;

import java.nio.file.Path;
import java.util.List;

/**
 * One hostile input: how its folder is prepared, how the program is started on it, what issue 15 requires
 * of the run, and any checks of its own (beyond the ones every case gets, see {@link HostileInputIT}).
 *
 * @param name   "family: what is hostile → command", shown as the test's name
 * @param setup  writes the fixtures into the case folder (which already holds {@code source/} and the
 *               previous good outputs {@code output/memo.pdf} and {@code output/memo.epub})
 * @param launch starts the program on the case folder
 * @param expect the exit codes allowed and the location the error or warning must name
 * @param checks further checks of the outputs
 */
record HostileCase(String name, Setup setup, Launch launch, Expect expect, List<Check> checks) {
    HostileCase {
        checks = List.copyOf(checks);
    }

    HostileCase(String name, Setup setup, Launch launch, Expect expect) {
        this(name, setup, launch, expect, List.of());
    }

    /** This case with one more check. */
    HostileCase and(Check check) {
        List<Check> more = new java.util.ArrayList<>(checks);
        more.add(check);
        return new HostileCase(name, setup, launch, expect, more);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Prepares the case folder. */
    @FunctionalInterface
    interface Setup {
        void prepare(Path dir) throws Exception;

        Setup NOTHING = dir -> { };
    }

    /** Runs the program in the case folder. */
    @FunctionalInterface
    interface Launch {
        Run start(Path dir) throws Exception;
    }

    /** A check of one run's outputs, after the common ones. */
    @FunctionalInterface
    interface Check {
        void verify(Path dir, Run run) throws Exception;
    }
}

package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing an output keeps its permissions; temporary files of killed runs are removed by the next run. */
class AtomicOutputHardeningTest {
    /** Above Linux's largest pid (2^22), so never a live process. */
    private static final long DEAD_PID = 2_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void aTargetWhoseNameIsNearTheLimitStillGetsATemporaryFileBesideIt() throws Exception {
        for (String name : new String[] {"a".repeat(247) + ".pdf", "\u65e5".repeat(83) + ".pdf"}) {
            Path target = dir.resolve(name);
            AtomicOutput.write(target, out -> out.write('n'));
            assertEquals("n", Files.readString(target));
            String temporary = AtomicOutput.temporaryName(name, Long.MAX_VALUE, Long.MAX_VALUE);
            assertTrue(temporary.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 255, temporary);
            assertTrue(temporary.startsWith("." + name.substring(0, 10)) && temporary.endsWith(".part"), temporary);
        }
    }

    @Test
    void replacingAnOutputKeepsItsPermissions() throws Exception {
        Path target = Files.writeString(dir.resolve("memo.pdf"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicOutput.write(target, out -> out.write('n'));
        assertEquals("n", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void temporaryFilesOfDeadRunsAreRemovedAndLiveOnesKept() throws Exception {
        Path stale = Files.createFile(dir.resolve(".memo.pdf." + DEAD_PID + "-3.part"));
        Path staleSibling = Files.createFile(dir.resolve(".other.epub." + DEAD_PID + "-1.part"));
        Path live = Files.createFile(dir.resolve(".memo.pdf." + ProcessHandle.current().pid() + "-999999.part"));
        Path notOurs = Files.createFile(dir.resolve(".notes.part"));
        AtomicOutput.write(dir.resolve("memo.pdf"), out -> out.write('n'));
        assertFalse(Files.exists(stale), "stale temporary file of a killed run");
        assertFalse(Files.exists(staleSibling), "stale temporary file of another output in the folder");
        assertTrue(Files.exists(live), "a running build's temporary file");
        assertTrue(Files.exists(notOurs), "a file not named as our temporary files");
    }
}

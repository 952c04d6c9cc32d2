package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.briefing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the same briefing must give the same bytes on every supported JDK. The bundled briefing's PDF
 * and EPUB hashes are a golden file, and .ci/run runs the suite on Java 17 and again on Java 25, so each
 * JDK is held to the same hashes (simpler than starting a second JVM from a test, and it also catches
 * unintended output changes on one JDK). An intended change to the output: rerun with
 * {@code -Dbriefing.updateGolden=true} and review the new hashes in the diff.
 */
class SeedBytesTest {
    @Test
    void bundledBriefingHasTheGoldenBytes(@TempDir Path out) throws IOException, NoSuchAlgorithmException {
        Cli run = Cli.run(Path.of("").toAbsolutePath(), "build", "source", "-f", "pdf,epub", "-o", out.toString());
        assertEquals(0, run.exit(), run.toString());
        StringBuilder hashes = new StringBuilder();
        for (String name : new String[] {"north-korea-us-china-cooperation.pdf", "north-korea-us-china-cooperation.epub"}) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out.resolve(name)));
            hashes.append(HexFormat.of().formatHex(digest)).append("  ").append(name).append('\n');
        }
        Golden.assertMatches("seed-sha256.txt", hashes.toString());
    }
}

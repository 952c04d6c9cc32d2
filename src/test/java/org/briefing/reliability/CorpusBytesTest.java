package org.briefing.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.briefing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document of the test corpus, in every format, hashed into one golden file. A restructuring must
 * leave these bytes alone; a change meant to alter the output rewrites the file with
 * {@code -Dbriefing.updateGolden=true}, and the diff shows which documents and formats moved.
 * {@link SeedBytesTest} holds the bundled briefing the same way.
 */
class CorpusBytesTest {
    private static final List<String> DOCUMENTS = List.of(
            "src/test/resources/pdf/every-block.md",
            "src/test/resources/pdf/cjk.md",
            "src/test/resources/epub/every-block.md",
            "source/north-korea-us-china-cooperation.md");

    @Test
    void everyCorpusDocumentHasTheGoldenBytesInEveryFormat(@TempDir Path out) throws IOException, NoSuchAlgorithmException {
        Path root = Path.of("").toAbsolutePath();
        StringBuilder hashes = new StringBuilder();
        for (String document : DOCUMENTS) {
            String stem = Path.of(document).getFileName().toString().replaceFirst("\\.md$", "");
            String tag = Path.of(document).getParent().getFileName() + "-" + stem;
            for (String format : new String[] {"pdf", "epub"}) {
                Path target = out.resolve(tag + "." + format);
                Cli run = Cli.run(root, format, document, "-o", target.toString());
                assertEquals(0, run.exit(), document + " as " + format + ": " + run);
                hashes.append(sha256(Files.readAllBytes(target))).append("  ").append(document).append(" ").append(format).append('\n');
            }
            Cli text = Cli.run(root, "print", document, "--width", "72");
            assertEquals(0, text.exit(), document + " as text: " + text);
            hashes.append(sha256(text.out().getBytes(StandardCharsets.UTF_8))).append("  ").append(document).append(" text\n");
        }
        Golden.assertMatches("corpus-sha256.txt", hashes.toString());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

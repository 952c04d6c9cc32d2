package org.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing} under the C locale gives the JVM a UTF-8 character type, so that non-ASCII file names
 * can be represented, and leaves every other locale alone. A fake {@code java} prints what it was given.
 */
class LauncherLocaleTest {
    @TempDir
    Path dir;

    private String launch(Map<String, String> locale) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("bin/briefing"), home.resolve("bin/briefing"), StandardCopyOption.REPLACE_EXISTING);
        Files.write(home.resolve("target/briefing.jar"), new byte[0]);
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"LC_ALL=${LC_ALL-unset} LC_CTYPE=${LC_CTYPE-unset} LANG=${LANG-unset}\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", home.resolve("bin/briefing").toString(), "print",
                "café.md")).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        builder.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        builder.environment().putAll(locale);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), out);
        return out;
    }

    @Test
    void theCLocaleGetsAUtf8CharacterType() throws Exception {
        assertEquals("LC_ALL=unset LC_CTYPE=C.UTF-8 LANG=C", launch(Map.of("LANG", "C")));
        assertEquals("LC_ALL=unset LC_CTYPE=C.UTF-8 LANG=POSIX", launch(Map.of("LC_ALL", "POSIX", "LANG", "en_US.UTF-8")));
        assertEquals("LC_ALL=unset LC_CTYPE=C.UTF-8 LANG=unset", launch(Map.of()));
    }

    @Test
    void otherLocalesAreLeftAlone() throws Exception {
        assertEquals("LC_ALL=unset LC_CTYPE=unset LANG=de_DE.UTF-8", launch(Map.of("LANG", "de_DE.UTF-8")));
        assertEquals("LC_ALL=fr_FR.ISO-8859-1 LC_CTYPE=unset LANG=unset", launch(Map.of("LC_ALL", "fr_FR.ISO-8859-1")));
    }
}

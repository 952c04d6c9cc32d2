package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With no CUPS scheduler to talk to, listing printers gives none and printing fails with a message saying
 * how to start one. A child JVM is pointed at a port where nothing listens ({@code CUPS_SERVER}, which
 * libcups and so the Java Print Service honour), whatever runs on this machine.
 */
class NoCupsIT {

    @Test
    void noSchedulerMeansNoPrintersAndAClearError() throws Exception {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), NoCupsProbe.class.getName());
        child.environment().put("CUPS_SERVER", "127.0.0.1:9");
        child.redirectErrorStream(true);
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> lines = output.lines().filter(l -> l.startsWith("printers=") || l.startsWith("error=")
                || l.startsWith("printed=")).toList();
        assertEquals(List.of("printers=[]", "error=no printer available: " + Printers.NO_PRINTER_HINT), lines, output);
        assertTrue(Printers.NO_PRINTER_HINT.contains("scripts/cups-start.sh"));
    }
}

package org.briefing.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one-line message for a path the platform cannot hold. The usual cause is a non-ASCII name under
 * {@code LANG=C}: the JVM then encodes file names in ASCII (sun.jnu.encoding, fixed from the locale at start),
 * and the name cannot even be represented, so the message says how to fix the locale.
 */
final class UnusableFileName {
    private UnusableFileName() {
    }

    static String message(InvalidPathException e) {
        String message = printable(e.getInput()) + ": cannot be used as a file name: " + e.getReason();
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        return isUtf8(encoding) ? message : message + "; the locale limits file names to " + encoding
                + ": run with a UTF-8 locale, e.g. LANG=C.UTF-8 (and LC_ALL unset or C.UTF-8)";
    }

    /**
     * The message when the working folder cannot be found: it was deleted, or (under the C locale) its
     * non-ASCII name reached the JVM mangled.
     */
    static String missingWorkingFolder(Path workingDir) {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        String message = printable(workingDir.toString()) + ": the working folder cannot be found";
        return isUtf8(encoding) ? message + " (was it deleted?)" : message + "; if its name is not ASCII, the locale"
                + " limits file names to " + encoding + ": run with a UTF-8 locale, e.g. LANG=C.UTF-8";
    }

    private static boolean isUtf8(String encoding) {
        try {
            return Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The name with control characters (a NUL, say) shown as escapes, so the message stays one line. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}

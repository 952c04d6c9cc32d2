package org.briefing.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. A {@link PrintStream} only says that one did
 * ({@link #checkError}); the reason tells a full disk (an error) from a reader that closed the pipe
 * ({@code briefing print x.md | head -1}: a quiet end, as for {@code cat}).
 */
final class StandardOutput extends PrintStream {
    private final FailureRecorder recorder;

    private StandardOutput(FailureRecorder recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    /** A UTF-8 print stream over {@code sink} that records the first failure of a write. */
    static StandardOutput over(OutputStream sink) {
        return new StandardOutput(new FailureRecorder(sink));
    }

    /** The first write failure, if any. */
    Optional<IOException> failure() {
        return Optional.ofNullable(recorder.first);
    }

    /** Whether the failure is the reader having gone away (EPIPE), which the JVM reports as "Broken pipe". */
    static boolean isClosedPipe(IOException failure) {
        String message = failure.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe");
    }

    /** Passes everything on and keeps the first exception thrown. */
    private static final class FailureRecorder extends FilterOutputStream {
        private volatile IOException first;

        FailureRecorder(OutputStream sink) {
            super(sink);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private synchronized IOException remember(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}

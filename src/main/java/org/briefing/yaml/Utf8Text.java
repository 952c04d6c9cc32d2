package org.briefing.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.briefing.model.InputException;

/** Strict UTF-8 decoding of a source or YAML file: a bad byte is an error at its line and column, never a U+FFFD. */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** The text of {@code bytes}, or an {@link InputException} at {@code file:line:column} of the first bad byte. */
    public static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            int line = 1;
            int column = 1;
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            throw InputException.at(file, line, column, String.format("not valid UTF-8: byte 0x%02X at offset %d;"
                    + " save the file as UTF-8", bytes[offset] & 0xFF, offset));
        }
        out.flip();
        String text = out.toString();
        // A byte-order mark is valid UTF-8 but neither Markdown nor YAML content.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

package org.briefing.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.briefing.model.InputException;

/** Reads a source file as strict UTF-8: a bad byte is an error naming the file, line and byte column. */
public final class SourceText {
    private SourceText() {
    }

    /** The text of a file, without a leading byte-order mark. */
    public static String read(Path file, String displayName) {
        if (Files.isDirectory(file)) {
            throw new InputException(displayName + ": is a folder, not a Markdown file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(displayName + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(displayName + ": cannot read the file: permission denied");
        } catch (IOException e) {
            throw new InputException(displayName + ": cannot read the file: " + e.getMessage(), e);
        }
        return decode(bytes, displayName);
    }

    /** Decodes UTF-8, failing at the first malformed or unmappable byte. */
    public static String decode(byte[] bytes, String displayName) {
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
            throw badByte(bytes, in.position(), displayName);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InputException badByte(byte[] bytes, int offset, String displayName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = offset - lineStart + 1;
        String hex = String.format("0x%02X", bytes[offset] & 0xFF);
        return InputException.at(displayName, line, column, "the file is not valid UTF-8: byte " + hex
                + " at byte offset " + offset + " (save the file as UTF-8)");
    }
}

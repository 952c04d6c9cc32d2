package org.briefing.read;

import org.briefing.yaml.Utf8Text;

/** Decodes source bytes as strict UTF-8, naming the line and column of the first bad byte. */
public final class SourceText {
    private SourceText() {
    }

    /** The text of the bytes; a leading byte-order mark is dropped. The one strict decoder is {@link Utf8Text}. */
    public static String decode(byte[] bytes, String fileName) {
        return Utf8Text.decode(bytes, fileName);
    }
}

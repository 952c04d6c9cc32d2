package org.briefing.render.epub.pack;

import java.util.Objects;

/**
 * One file of the book's publication folder.
 *
 * @param href      the path inside the publication folder, e.g. {@code text/title.xhtml}
 * @param mediaType its media type, e.g. {@code application/xhtml+xml}
 */
public record BookFile(String href, String mediaType, byte[] bytes) {
    public BookFile {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The manifest id: the href with everything but letters, digits and hyphens made a hyphen. */
    public String id() {
        return "f-" + href.replaceAll("[^A-Za-z0-9-]", "-");
    }
}

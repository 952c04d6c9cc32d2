package org.briefing.render;

import org.briefing.model.Image;

/** Reads the files a document refers to (images), confined to the source's folder. */
@FunctionalInterface
public interface Resources {
    /**
     * The bytes of a local image. Fails with an {@link org.briefing.model.InputException} naming the
     * source file and line when the image is missing, outside the source folder, or unreadable.
     * Remote images are never fetched; callers check {@link Image#isRemote()} first.
     */
    byte[] read(Image image);

    /** Resources for documents that refer to no files; every read fails. */
    Resources NONE = image -> {
        throw new org.briefing.model.InputException("line " + image.line() + ": no files can be read here: " + image.src());
    };
}

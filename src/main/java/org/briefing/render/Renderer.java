package org.briefing.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a document into one output format. Implementations are listed in
 * {@code META-INF/services/org.briefing.render.Renderer} and must have a public no-argument constructor.
 */
public interface Renderer {
    /** The format name users type, e.g. {@code pdf}. Lower case, unique. */
    String format();

    /** The file extension of the output, without the dot, e.g. {@code pdf}. */
    String extension();

    /**
     * Writes the whole output to {@code out}. The caller owns {@code out}: it makes the write atomic
     * and closes the stream. Problems with the input are {@link org.briefing.model.InputException}s.
     */
    void render(RenderJob job, OutputStream out) throws IOException;
}

package org.briefing.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.briefing.model.BriefingException;

/**
 * A renderer that exists only on the test class path, listed in the test resources'
 * {@code META-INF/services}: proof that plug-ins are found without touching main code.
 * A title containing "explode" makes it fail half-way; one containing "warn" makes it warn.
 */
public final class FakeRenderer implements Renderer {
    @Override
    public String format() {
        return "fake";
    }

    @Override
    public String extension() {
        return "fake";
    }

    @Override
    public void render(RenderJob job, OutputStream out) throws IOException {
        String title = job.document().metadata().title();
        out.write(("fake: " + title + "\nblocks: " + job.document().blocks().size() + "\ntime: "
                + job.options().timestamp() + "\npdf: " + job.options().pdf().standard() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (title.contains("warn")) {
            job.warnings().warn(job.document().sourceName() + ": the fake renderer warns");
        }
        if (title.contains("explode")) {
            out.flush();
            throw new BriefingException(job.document().sourceName() + ": the fake renderer exploded");
        }
    }
}

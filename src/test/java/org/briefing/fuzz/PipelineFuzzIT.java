package org.briefing.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.briefing.model.Document;
import org.briefing.model.InputException;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Renderer;
import org.briefing.render.Renderers;
import org.briefing.render.Resources;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;

/**
 * Fuzzes the whole pipeline: source bytes → strict UTF-8 → reader → every renderer. Bad input may only
 * fail with {@link InputException} (exit 2); anything else — a runtime exception, a stack overflow, a PDF
 * PDFBox cannot re-open — is a finding.
 *
 * <p>In {@code mvn verify} Jazzer runs in regression mode: every input under
 * {@code src/test/resources/org/briefing/fuzz/PipelineFuzzITInputs/pipeline/} (the seed corpus and each
 * crash found so far) is replayed. To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=PipelineFuzzIT} (stops after {@code maxDuration}; new crashes are written to that folder and
 * become regression inputs once committed).
 */
class PipelineFuzzIT {
    private static final Theme THEME = new ThemeLoader(Path.of("styles")).load("memo");
    private static final Renderers RENDERERS = Renderers.discover();
    private static final RenderOptions OPTIONS =
            RenderOptions.defaults().withTimestamp(Instant.parse("2017-02-20T10:00:00Z"));

    @FuzzTest(maxDuration = "5m")
    void pipeline(byte[] source) throws IOException {
        Document document;
        try {
            document = new MarkdownReader().parse(MarkdownReader.decode(source, "fuzz.md"), "fuzz.md");
        } catch (InputException e) {
            return;
        }
        for (String format : RENDERERS.formats()) {
            Renderer renderer = RENDERERS.get(format);
            List<String> warnings = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                renderer.render(new RenderJob(document, THEME, Resources.NONE, warnings::add, OPTIONS), out);
            } catch (InputException e) {
                continue;
            }
            if (format.equals("pdf")) {
                Loader.loadPDF(out.toByteArray()).close();
            }
        }
    }
}

package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.briefing.model.Warnings;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.render.TextOptions;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** Section numbers in the terminal: before the heading's text, with its rule as wide as both. */
class TextSectionNumbersTest {
    @Test
    void numberedHeadingsShowTheirNumber() {
        var document = new MarkdownReader().parse("---\ntitle: T\nnumber-sections: true\n---\n\n"
                + "# Method {#sec:method}\n\n## Sub\n\n### Deep {-}\n", "t.md");
        RenderOptions options = RenderOptions.defaults().withText(new TextOptions(60, false));
        String text = new TextRenderer().toText(new RenderJob(document,
                new ThemeLoader(Path.of("styles")).load("memo"), Resources.NONE, Warnings.IGNORE, options));
        assertEquals("1 Method\n════════\n\n1.1 Sub\n───────\n\nDeep\n", text.substring(text.indexOf("\n\n") + 2));
    }
}

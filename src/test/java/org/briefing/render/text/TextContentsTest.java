package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.briefing.model.Warnings;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.render.TextOptions;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** The terminal edition lists the sections after its header when a contents is asked for. */
class TextContentsTest {
    private static final String SOURCE = "---\ntitle: T\ntoc-title: In this report\n---\n\n# One\n\nx\n\n## One A\n\n"
            + "y\n\n### Too deep\n\nz\n\n# Two\n\nw\n";

    private static String render(boolean asked) {
        RenderOptions options = RenderOptions.defaults().withText(new TextOptions(60, false)).withToc(asked);
        return new TextRenderer().toText(new RenderJob(new MarkdownReader().parse(SOURCE, "t.md"),
                new ThemeLoader(Path.of("styles")).load("memo"), Resources.NONE, Warnings.IGNORE, options));
    }

    @Test
    void theSectionsAreListedBeforeTheBodyToTheDepthAsked() {
        String text = render(true);
        int list = text.indexOf("In this report");
        assertTrue(list > 0, text);
        String listed = text.substring(list, text.indexOf("One\n═"));
        assertTrue(listed.contains("\nOne\n") && listed.contains("\n  One A\n") && listed.contains("\nTwo\n"), listed);
        assertTrue(!listed.contains("Too deep"), listed);
    }

    @Test
    void noListUnlessAsked() {
        assertEquals(-1, render(false).indexOf("In this report"));
    }
}

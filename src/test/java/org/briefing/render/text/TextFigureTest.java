package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Image;
import org.briefing.model.Length;
import org.briefing.model.Metadata;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.Text;
import org.briefing.model.Warnings;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.render.TextOptions;
import org.briefing.style.Theme;
import org.briefing.style.ThemeLoader;
import org.junit.jupiter.api.Test;

/** Figures and page breaks in the terminal: the alt text stands in for the image, the caption is numbered. */
class TextFigureTest {
    private static final ThemeLoader THEMES = new ThemeLoader(Path.of("styles"));

    private static final Figure CAPTIONED = new Figure(new Image("chart.png", "Bars rising", "", 1,
            Length.percent(60), null), List.of(new Text("Monthly output")), "fig:output");
    private static final Figure BARE = new Figure(new Image("charts/cost.png", "", "", 5));
    private static final Figure CAPTION_ONLY = new Figure(new Image("map.png", "", "", 7),
            List.of(new Text("Where the routes run")), "");

    private static String render(Theme theme, Block... blocks) {
        Document document = new Document("t.md", Metadata.titled("T"), List.of(blocks), List.of());
        RenderOptions options = RenderOptions.defaults().withText(new TextOptions(60, false));
        String text = new TextRenderer().toText(new RenderJob(document, theme, Resources.NONE, Warnings.IGNORE, options));
        return text.substring(text.indexOf("\n\n") + 2);
    }

    @Test
    void reportNumbersCaptionsBelowTheAltTextAndCountsUncaptionedFigures() {
        String text = render(THEMES.load("report"), CAPTIONED, BARE, CAPTION_ONLY);
        assertEquals("""
                [image: Bars rising]
                Figure 1. Monthly output

                [image: charts/cost.png]

                [image]
                Figure 3. Where the routes run
                """, text.substring(text.indexOf("[image")));
    }

    @Test
    void memoPrintsCaptionsUnnumbered() {
        String text = render(THEMES.load("memo"), CAPTIONED);
        assertTrue(text.endsWith("[image: Bars rising]\nMonthly output\n"), text);
    }

    @Test
    void aPageBreakIsOneQuietBlankLine() {
        String text = render(THEMES.load("memo"), new Paragraph(List.of(new Text("Before."))), new PageBreak(3),
                new Paragraph(List.of(new Text("After."))));
        assertTrue(text.endsWith("Before.\n\nAfter.\n"), text);
    }
}

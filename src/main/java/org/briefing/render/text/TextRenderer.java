package org.briefing.render.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Contents;
import org.briefing.model.Document;
import org.briefing.model.Footnote;
import org.briefing.model.Heading;
import org.briefing.model.Numbers;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Text;
import org.briefing.render.RenderJob;
import org.briefing.render.Renderer;

/**
 * The {@code text} format: the briefing as wrapped terminal text in UTF-8, with ANSI styles only
 * when the options allow them. Links and footnotes become numbered lists at the end.
 */
public final class TextRenderer implements Renderer {
    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(RenderJob job, OutputStream out) throws IOException {
        out.write(toText(job).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole text, ending with a line break. */
    public String toText(RenderJob job) {
        Document document = job.document();
        int width = job.options().text().width();
        boolean ansi = job.options().text().ansi();
        TextCanvas canvas = new TextCanvas(ansi);
        LinkReferences links = new LinkReferences();
        BlockLayout body = new BlockLayout(canvas, new InlineFlattener(ansi, links), width,
                Numbers.of(document.blocks()), job.theme());
        MemoHeader header = new MemoHeader(canvas, job.theme(), width);

        header.header(document.metadata());
        canvas.blank("");
        if (Contents.wanted(document.metadata(), job.options().toc(), job.theme().contents())) {
            contents(body, canvas, Contents.of(document));
        }
        body.blocks(document.blocks());
        if (!document.metadata().participants().isEmpty()) {
            section(body, canvas, "Participants");
            header.participants(document.metadata().participants());
        }
        if (!document.footnotes().isEmpty()) {
            section(body, canvas, "Notes");
            List<BlockLayout.Item> notes = new ArrayList<>();
            int numberWidth = 0;
            for (Footnote note : document.footnotes()) {
                numberWidth = Math.max(numberWidth, Integer.toString(note.number()).length());
            }
            for (Footnote note : document.footnotes()) {
                String number = Integer.toString(note.number());
                notes.add(new BlockLayout.Item(" ".repeat(numberWidth - number.length()) + number + ". ", note.blocks()));
            }
            body.items(notes);
        }
        // Last: notes may hold links of their own.
        List<String> urls = links.urls();
        if (!urls.isEmpty()) {
            section(body, canvas, "References");
            int markerWidth = ("[" + urls.size() + "] ").length();
            for (int i = 0; i < urls.size(); i++) {
                String marker = "[" + (i + 1) + "] ";
                marker = " ".repeat(markerWidth - marker.length()) + marker;
                List<StyledLine> lines = WordWrapper.wrap(
                        List.of(new Span(InlineFlattener.clean(urls.get(i)), AnsiStyle.UNDERLINE)), width - markerWidth);
                for (int l = 0; l < lines.size(); l++) {
                    canvas.line(l == 0 ? marker : " ".repeat(markerWidth), lines.get(l));
                }
            }
        }
        return canvas.text();
    }

    /** The sections listed after the header, indented per level: a terminal has no pages to number. */
    private static void contents(BlockLayout body, TextCanvas canvas, Contents contents) {
        if (contents.entries().isEmpty()) {
            return;
        }
        body.blocks(List.of(new Heading(1, List.of(new Text(contents.title())), "contents")));
        canvas.blank("");
        int top = contents.entries().stream().mapToInt(Contents.Entry::level).min().orElse(1);
        List<BlockLayout.Item> entries = new ArrayList<>();
        for (Contents.Entry entry : contents.entries()) {
            String number = entry.number().isEmpty() ? "" : entry.number() + " ";
            entries.add(new BlockLayout.Item("  ".repeat(entry.level() - top) + number,
                    List.of(new Paragraph(List.of(new Text(PlainText.of(entry.text())))))));
        }
        body.items(entries);
        canvas.blank("");
    }

    private static void section(BlockLayout body, TextCanvas canvas, String title) {
        canvas.blank("");
        body.blocks(List.of(new Heading(1, List.of(new Text(title)), title.toLowerCase(java.util.Locale.ROOT))));
        canvas.blank("");
    }
}

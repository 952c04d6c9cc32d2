package org.briefing.composition;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.CodeBlock;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Footnote;
import org.briefing.model.Heading;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.InlineWalker;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.BlockWalker;

/**
 * What a composed document must show, read from its model: the visible text of the body and footnotes
 * (figure and table captions, never alt text), the cell texts of each table, and the alt texts, which must
 * stay out of the printed page.
 */
final class SourceText extends BlockWalker {
    private final StringBuilder visible = new StringBuilder();
    private final List<List<String>> tableCells = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    private SourceText() {
    }

    /** Reads a document's body, then its footnotes. */
    static SourceText of(Document document) {
        SourceText text = new SourceText();
        text.walk(document.blocks());
        for (Footnote note : document.footnotes()) {
            text.walk(note.blocks());
        }
        return text;
    }

    /** Everything a reader sees, as plain text. */
    String visible() {
        return visible.toString();
    }

    /** Each table's cell texts, header rows first, in reading order. */
    List<List<String>> tableCells() {
        return tableCells;
    }

    /** Every image, figures' and inline ones, in reading order. */
    List<Image> images() {
        return images;
    }

    /** The alternative text of every image, which is spoken, never printed. */
    List<String> alts() {
        return images.stream().map(Image::alt).toList();
    }

    private void add(List<Inline> inlines) {
        List<Image> inline = new ArrayList<>();
        new InlineWalker() {
            @Override
            public Void image(Image image) {
                inline.add(image);
                return null;
            }
        }.walk(inlines);
        // PlainText speaks an image as its alt text; the page shows the picture instead, so the alt goes.
        String text = PlainText.of(inlines);
        for (Image image : inline) {
            text = text.replace(image.alt(), " ");
        }
        visible.append(text).append('\n');
        images.addAll(inline);
    }

    @Override
    public Void heading(Heading heading) {
        add(heading.content());
        return null;
    }

    @Override
    public Void paragraph(Paragraph paragraph) {
        add(paragraph.content());
        return null;
    }

    @Override
    public Void code(CodeBlock code) {
        visible.append(code.code()).append('\n');
        return null;
    }

    @Override
    public Void figure(Figure figure) {
        images.add(figure.image());
        add(figure.caption());
        return null;
    }

    @Override
    public Void table(Table table) {
        add(table.caption());
        List<String> cells = new ArrayList<>();
        for (List<TableRow> rows : List.of(table.head(), table.body())) {
            for (TableRow row : rows) {
                for (List<Inline> cell : row.cells()) {
                    cells.add(PlainText.of(cell));
                    add(cell);
                }
            }
        }
        tableCells.add(cells);
        return null;
    }
}

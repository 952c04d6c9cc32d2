package org.briefing.corpus;

import java.util.ArrayDeque;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.CodeBlock;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Footnote;
import org.briefing.model.FootnoteRef;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.InlineWalker;
import org.briefing.model.Link;
import org.briefing.model.ListBlock;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.RawHtml;
import org.briefing.model.Table;
import org.briefing.model.TableRow;

/** All the text a document model holds, raw HTML included, for corpus checks. */
final class ModelText {
    private ModelText() {
    }

    static String of(Document document) {
        StringBuilder out = new StringBuilder();
        ArrayDeque<Block> stack = new ArrayDeque<>();
        pushAll(stack, document.blocks());
        for (int i = document.footnotes().size() - 1; i >= 0; i--) {
            pushAll(stack, document.footnotes().get(i).blocks());
        }
        while (!stack.isEmpty()) {
            Block block = stack.pop();
            if (block instanceof Paragraph p) {
                inlines(p.content(), out);
            } else if (block instanceof Heading h) {
                inlines(h.content(), out);
            } else if (block instanceof CodeBlock c) {
                out.append(c.code()).append(' ');
            } else if (block instanceof HtmlBlock h) {
                out.append(h.html()).append(' ');
            } else if (block instanceof Figure f) {
                out.append(f.image().alt()).append(' ');
            } else if (block instanceof Table t) {
                for (List<TableRow> rows : List.of(t.head(), t.body())) {
                    for (TableRow row : rows) {
                        row.cells().forEach(cell -> inlines(cell, out));
                    }
                }
            } else if (block instanceof BlockQuote q) {
                pushAll(stack, q.blocks());
            } else if (block instanceof ListBlock l) {
                if (l.ordered()) {
                    // Renderers print the numbers as labels; they are part of what the reader sees.
                    for (int i = 0; i < l.items().size(); i++) {
                        out.append(l.start() + i).append(". ");
                    }
                }
                for (int i = l.items().size() - 1; i >= 0; i--) {
                    pushAll(stack, l.items().get(i).blocks());
                }
            }
        }
        return out.toString();
    }

    private static void pushAll(ArrayDeque<Block> stack, List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            stack.push(blocks.get(i));
        }
    }

    private static void inlines(List<Inline> inlines, StringBuilder out) {
        out.append(PlainText.of(inlines)).append(' ');
        // What plain text leaves out: raw HTML, footnote numbers and link targets.
        new InlineWalker() {
            @Override
            public Void rawHtml(RawHtml html) {
                out.append(html.html()).append(' ');
                return null;
            }

            @Override
            public Void image(Image image) {
                out.append(image.alt()).append(' ');
                return null;
            }

            @Override
            public Void footnoteRef(FootnoteRef ref) {
                out.append(ref.number()).append(' ');
                return null;
            }

            @Override
            public Void link(Link link) {
                out.append(link.url()).append(' ');
                return super.link(link);
            }
        }.walk(inlines);
    }
}

package org.briefing.read;

import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.Code;
import org.briefing.model.CodeBlock;
import org.briefing.model.Document;
import org.briefing.model.Emphasis;
import org.briefing.model.Figure;
import org.briefing.model.Footnote;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.Image;
import org.briefing.model.Inline;
import org.briefing.model.Length;
import org.briefing.model.Link;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.PageBreak;
import org.briefing.model.Paragraph;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strikethrough;
import org.briefing.model.Strong;
import org.briefing.model.Table;
import org.briefing.model.TableRow;
import org.briefing.model.Text;
import org.briefing.model.ThematicBreak;

/** Prints a document as an indented tree, for golden-file tests of the reader. */
final class DocumentDump {
    private final StringBuilder out = new StringBuilder();

    static String of(Document document) {
        DocumentDump dump = new DocumentDump();
        dump.out.append("metadata ").append(document.metadata()).append('\n');
        dump.blocks(document.blocks(), 0);
        for (Footnote note : document.footnotes()) {
            dump.line(0, "footnote " + note.number() + " [" + note.label() + "]");
            dump.blocks(note.blocks(), 1);
        }
        return dump.out.toString();
    }

    private void blocks(List<Block> blocks, int depth) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                line(depth, "heading " + h.level() + " #" + h.id() + " " + inlines(h.content()));
            } else if (block instanceof Paragraph p) {
                line(depth, "paragraph " + inlines(p.content()));
            } else if (block instanceof ListBlock l) {
                line(depth, (l.ordered() ? "ordered-list start=" + l.start() : "bullet-list") + (l.tight() ? " tight" : " loose"));
                for (ListItem item : l.items()) {
                    line(depth + 1, "item" + (item.task() == ListItem.TaskState.NONE ? "" : " task=" + item.task()));
                    blocks(item.blocks(), depth + 2);
                }
            } else if (block instanceof BlockQuote q) {
                line(depth, "quote");
                blocks(q.blocks(), depth + 1);
            } else if (block instanceof CodeBlock c) {
                line(depth, "code lang=" + c.language() + " " + quote(c.code()));
            } else if (block instanceof ThematicBreak) {
                line(depth, "thematic-break");
            } else if (block instanceof Table t) {
                line(depth, "table " + t.alignments() + (t.id().isEmpty() ? "" : " #" + t.id())
                        + (t.columnWidths().isEmpty() ? "" : " widths=" + t.columnWidths())
                        + (t.caption().isEmpty() ? "" : " caption=" + inlines(t.caption())));
                for (TableRow row : t.head()) {
                    line(depth + 1, "head " + row.cells().stream().map(this::inlines).toList());
                }
                for (TableRow row : t.body()) {
                    line(depth + 1, "row " + row.cells().stream().map(this::inlines).toList());
                }
            } else if (block instanceof Figure f) {
                line(depth, "figure " + inlines(List.of(f.image())) + (f.id().isEmpty() ? "" : " #" + f.id())
                        + (f.caption().isEmpty() ? "" : " caption=" + inlines(f.caption())));
            } else if (block instanceof PageBreak b) {
                line(depth, "page-break line=" + b.line());
            } else if (block instanceof HtmlBlock h) {
                line(depth, "html " + quote(h.html()));
            }
        }
    }

    private String inlines(List<Inline> inlines) {
        StringBuilder s = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                s.append(quote(t.text()));
            } else if (inline instanceof Emphasis e) {
                s.append("em(").append(inlines(e.content())).append(')');
            } else if (inline instanceof Strong e) {
                s.append("strong(").append(inlines(e.content())).append(')');
            } else if (inline instanceof Strikethrough e) {
                s.append("del(").append(inlines(e.content())).append(')');
            } else if (inline instanceof Code c) {
                s.append("code(").append(quote(c.code())).append(')');
            } else if (inline instanceof Link l) {
                s.append("link(").append(l.url()).append(l.title().isEmpty() ? "" : " title=" + quote(l.title()))
                        .append(": ").append(inlines(l.content())).append(')');
            } else if (inline instanceof Image i) {
                s.append("image(").append(i.src()).append(" alt=").append(quote(i.alt()))
                        .append(i.title().isEmpty() ? "" : " title=" + quote(i.title())).append(" line=").append(i.line())
                        .append(i.width() == null ? "" : " width=" + length(i.width()))
                        .append(i.height() == null ? "" : " height=" + length(i.height())).append(')');
            } else if (inline instanceof FootnoteRef f) {
                s.append("note(").append(f.number()).append(')');
            } else if (inline instanceof SoftBreak) {
                s.append("soft");
            } else if (inline instanceof HardBreak) {
                s.append("hard");
            } else if (inline instanceof RawHtml h) {
                s.append("html(").append(quote(h.html())).append(')');
            }
            s.append(' ');
        }
        return s.toString().trim();
    }

    private static String length(Length length) {
        return length.percent() ? length.value() + "%" : length.value() + "pt";
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
    }
}

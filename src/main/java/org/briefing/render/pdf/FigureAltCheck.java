package org.briefing.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.BlockVisitor;
import org.briefing.model.CodeBlock;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Footnote;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.ListBlock;
import org.briefing.model.Paragraph;
import org.briefing.model.Table;
import org.briefing.model.ThematicBreak;
import org.briefing.model.Warnings;

/**
 * Warns about figures without alt text: a tagged PDF cannot describe them to someone who cannot see
 * them, so they are painted as decorative artifacts. Walks blocks with a stack (nesting is unbounded).
 */
final class FigureAltCheck implements BlockVisitor<Void> {
    private final Document doc;
    private final Warnings warnings;
    private final Deque<Block> stack = new ArrayDeque<>();

    private FigureAltCheck(Document doc, Warnings warnings) {
        this.doc = doc;
        this.warnings = warnings;
    }

    static void warn(Document doc, Warnings warnings) {
        FigureAltCheck check = new FigureAltCheck(doc, warnings);
        for (Footnote note : doc.footnotes()) {
            note.blocks().forEach(check.stack::push);
        }
        check.pushAll(doc.blocks());
        while (!check.stack.isEmpty()) {
            check.stack.pop().accept(check);
        }
    }

    private void pushAll(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            stack.push(blocks.get(i));
        }
    }

    @Override
    public Void figure(Figure f) {
        if (f.image().alt().isBlank() && !f.image().isRemote()) {
            warnings.warn(doc.sourceName() + ":" + f.image().line() + ": image " + f.image().src()
                    + " has no alt text; the tagged PDF marks it as decoration. Describe it: ![what it shows]("
                    + f.image().src() + ")");
        }
        return null;
    }

    @Override
    public Void blockQuote(BlockQuote quote) {
        pushAll(quote.blocks());
        return null;
    }

    @Override
    public Void list(ListBlock list) {
        for (int i = list.items().size() - 1; i >= 0; i--) {
            pushAll(list.items().get(i).blocks());
        }
        return null;
    }

    @Override
    public Void heading(Heading heading) {
        return null;
    }

    @Override
    public Void paragraph(Paragraph paragraph) {
        return null;
    }

    @Override
    public Void code(CodeBlock code) {
        return null;
    }

    @Override
    public Void thematicBreak(ThematicBreak rule) {
        return null;
    }

    @Override
    public Void table(Table table) {
        return null;
    }

    @Override
    public Void html(HtmlBlock html) {
        return null;
    }
}

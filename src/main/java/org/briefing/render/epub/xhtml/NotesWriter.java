package org.briefing.render.epub.xhtml;

import java.util.List;
import org.briefing.model.Footnote;
import org.briefing.style.Role;

/**
 * Writes the footnotes that belong to a document as EPUB 3 notes: one {@code aside
 * epub:type="footnote"} each, opening with its number linked back to the first reference.
 */
final class NotesWriter {
    private NotesWriter() {
    }

    static void write(PageContext context, XhtmlWriter out) {
        List<Footnote> notes = context.links().footnotesIn(context.file());
        if (notes.isEmpty()) {
            return;
        }
        PageContext inNote = context.at(context.file(), true);
        BlockWriter blocks = new BlockWriter(inNote, out);
        out.start("section", "class", "notes", "aria-label", "Notes").newline();
        for (Footnote note : notes) {
            String number = Integer.toString(note.number());
            out.start("aside", "epub:type", "footnote", "role", "doc-footnote", "id",
                    context.links().footnoteTarget(note.number()).id(), "class", "footnote").newline();
            context.shown(Role.FOOTNOTE, true, false, number + ".");
            BookLinks.Target first = context.links().firstReference(note.number());
            out.start("p", "class", "footnote-number");
            if (first != null) {
                out.start("a", "href", first.hrefFrom(context.file()), "role", "doc-backlink",
                        "aria-label", "Back to reference " + number).text(number + ".").end();
            } else {
                out.text(number + ".");
            }
            out.end().newline();
            blocks.write(note.blocks(), Role.FOOTNOTE);
            out.end().newline();
        }
        out.end().newline();
    }
}

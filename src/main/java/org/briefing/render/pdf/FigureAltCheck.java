package org.briefing.render.pdf;

import org.briefing.model.BlockWalker;
import org.briefing.model.Document;
import org.briefing.model.Figure;
import org.briefing.model.Footnote;
import org.briefing.model.Warnings;

/**
 * Warns about figures without alt text: a tagged PDF cannot describe them to someone who cannot see
 * them, so they are painted as decorative artifacts.
 */
final class FigureAltCheck extends BlockWalker {
    private final Document doc;
    private final Warnings warnings;

    private FigureAltCheck(Document doc, Warnings warnings) {
        this.doc = doc;
        this.warnings = warnings;
    }

    static void warn(Document doc, Warnings warnings) {
        FigureAltCheck check = new FigureAltCheck(doc, warnings);
        check.walk(doc.blocks());
        for (Footnote note : doc.footnotes()) {
            check.walk(note.blocks());
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
}

package org.briefing.render.epub.xhtml;

import java.util.Locale;
import org.briefing.model.Numbers;
import org.briefing.model.Warnings;
import org.briefing.render.epub.style.FaceUsage;
import org.briefing.style.Role;
import org.briefing.style.TextStyle;
import org.briefing.style.Theme;

/**
 * What the block and inline writers share while writing one content document: the book's link
 * index, images, the face tally, and the document being written.
 *
 * @param numbers    the figure and table numbers of the whole book, counted once
 * @param file       the content document being written, e.g. {@code section-01.xhtml}
 * @param inFootnote true while a footnote's text is written (its references get no back-link id)
 */
public record PageContext(Theme theme, BookLinks links, Numbers numbers, ImageStore images, FaceUsage faces,
                          HtmlSanitizer sanitizer, Warnings warnings, String sourceName, String file,
                          boolean inFootnote) {

    /** The same book, another document or footnote state. */
    public PageContext at(String otherFile, boolean footnote) {
        return new PageContext(theme, links, numbers, images, faces, sanitizer, warnings, sourceName, otherFile, footnote);
    }

    /** Records that {@code text} is shown in a role's font, made bold or italic by inline markup. */
    public void shown(Role role, boolean bold, boolean italic, String text) {
        TextStyle style = theme.style(role);
        String shownText = style.uppercase() ? text.toUpperCase(Locale.ROOT) : text;
        faces.record(new FaceUsage.Face(style.font(), style.bold() || bold, style.italic() || italic), shownText);
    }

    /** Records text shown in the monospaced font of the code role. */
    public void shownAsCode(boolean bold, boolean italic, String text) {
        TextStyle style = theme.style(Role.CODE);
        faces.record(new FaceUsage.Face(style.font(), style.bold() || bold, style.italic() || italic), text);
    }
}

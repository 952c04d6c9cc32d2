package org.briefing.render.epub.xhtml;

import java.util.List;
import org.briefing.model.Block;
import org.briefing.model.Heading;

/**
 * One content document of the book: a top-level section, or the lead text before the first heading.
 *
 * @param file    the document's file name inside the text folder, e.g. {@code section-01.xhtml}
 * @param heading the heading that opens it, or null for the lead
 * @param blocks  its blocks, the opening heading included
 */
public record Section(String file, Heading heading, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    /** The file of the title page, which also carries the lead text. */
    public static final String TITLE_FILE = "title.xhtml";

    /**
     * Splits a body into sections at its top-level headings (the smallest heading level used at the
     * top of the body). Blocks before the first such heading form the lead, filed with the title page.
     */
    public static List<Section> split(List<Block> body) {
        int top = 7;
        for (Block block : body) {
            Heading h = ModelWalk.headingOf(block);
            if (h != null) {
                top = Math.min(top, h.level());
            }
        }
        List<Section> sections = new java.util.ArrayList<>();
        List<Block> current = new java.util.ArrayList<>();
        Heading opening = null;
        for (Block block : body) {
            Heading h = ModelWalk.headingOf(block);
            if (h != null && h.level() == top) {
                sections.add(new Section(fileFor(sections.size(), opening), opening, current));
                current = new java.util.ArrayList<>();
                opening = h;
            }
            current.add(block);
        }
        sections.add(new Section(fileFor(sections.size(), opening), opening, current));
        return List.copyOf(sections);
    }

    private static String fileFor(int index, Heading opening) {
        return opening == null ? TITLE_FILE : String.format(java.util.Locale.ROOT, "section-%02d.xhtml", index);
    }
}

package org.briefing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's table of contents: which headings it lists, and whether one is printed at all. Every
 * renderer builds its contents from here, so the PDF, the EPUB and the terminal list the same entries.
 *
 * @param title   the contents' heading: the front matter's {@code toc-title}, else {@link #TITLE}
 * @param entries the top-level headings listed, in reading order
 */
public record Contents(String title, List<Entry> entries) {
    /** The contents' heading when the front matter names none (English until issue 19 localizes it). */
    public static final String TITLE = "Contents";

    public Contents {
        entries = List.copyOf(entries);
    }

    /**
     * One listed heading.
     *
     * @param number the heading's section number, empty when unnumbered
     * @param id     the heading's anchor, which the entry links to
     */
    public record Entry(int level, String number, List<Inline> text, String id) {
        public Entry {
            text = List.copyOf(text);
        }
    }

    /**
     * Whether a contents is printed: the command line's {@code --toc} turns it on, else the front matter's
     * {@code toc} decides, else the theme's default.
     */
    public static boolean wanted(Metadata meta, boolean commandLine, boolean themeDefault) {
        Boolean said = meta.report().toc();
        return commandLine || (said != null ? said : themeDefault);
    }

    /** The contents of {@code doc}: its headings down to the front matter's {@code toc-depth}. */
    public static Contents of(Document doc) {
        ReportOptions report = doc.metadata().report();
        List<Entry> entries = new ArrayList<>();
        // Top-level headings only, as pandoc lists them: a heading inside a quote or list is not a section.
        for (Block block : doc.blocks()) {
            block.accept(new BlockWalker() {
                @Override
                public Void heading(Heading h) {
                    if (h.level() <= report.tocDepth() && !h.id().isEmpty()) {
                        entries.add(new Entry(h.level(), h.number(), h.content(), h.id()));
                    }
                    return null;
                }

                @Override
                public Void blockQuote(BlockQuote quote) {
                    return null;
                }

                @Override
                public Void list(ListBlock list) {
                    return null;
                }
            });
        }
        return new Contents(report.tocTitle().isBlank() ? TITLE : report.tocTitle(), entries);
    }
}

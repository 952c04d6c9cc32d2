package org.briefing.render.epub.xhtml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Document;
import org.briefing.model.Metadata;
import org.briefing.model.Numbers;
import org.briefing.model.Warnings;
import org.briefing.render.epub.pack.BookFile;
import org.briefing.render.epub.style.FaceUsage;
import org.briefing.style.Role;
import org.briefing.style.Theme;

/**
 * Writes every XHTML document of the book from the model: cover page, title page (front matter,
 * lead text, participants), navigation document and one document per top-level section.
 */
public final class ContentDocuments {
    /** The folder of the content documents inside the publication folder. */
    public static final String FOLDER = "text/";
    /** The navigation document's href. */
    public static final String NAV = FOLDER + "nav.xhtml";

    /**
     * The written documents.
     *
     * @param spine the content documents in reading order, the navigation document included
     * @param toc   the table of contents, for the NCX
     */
    public record Written(List<BookFile> spine, List<TocEntry> toc) {
        public Written {
            spine = List.copyOf(spine);
            toc = List.copyOf(toc);
        }
    }

    /** One table-of-contents entry with its href inside the publication folder. */
    public record TocEntry(int level, String title, String href) {
    }

    private ContentDocuments() {
    }

    /**
     * Writes the documents. {@code coverImageHref} is the cover's path inside the publication folder;
     * text shown is tallied in {@code faces}, images are collected in {@code images}.
     */
    public static Written write(Document document, Theme theme, ImageStore images, FaceUsage faces,
                                Warnings warnings, String coverImageHref) {
        Metadata meta = document.metadata();
        String lang = meta.lang();
        List<Section> sections = Section.split(document.blocks());
        BookLinks links = new BookLinks(sections, document.footnotes());
        PageContext base = new PageContext(theme, links, Numbers.of(document.blocks()), images, faces,
                new HtmlSanitizer(), warnings, document.sourceName(), Section.TITLE_FILE, false);
        List<BookFile> spine = new ArrayList<>();

        String coverAlt = "Cover: " + meta.title() + (meta.organization().isBlank() ? "" : ", " + meta.organization());
        spine.add(xhtml("cover.xhtml", PageShell.page(lang, meta.title(), "cover", out ->
                out.start("section", "epub:type", "cover", "class", "cover", "aria-label", "Cover")
                        .empty("img", "src", "../" + coverImageHref, "alt", coverAlt).end().newline())));

        PageContext title = base.at(Section.TITLE_FILE, false);
        Section lead = sections.get(0);
        spine.add(xhtml(Section.TITLE_FILE, PageShell.page(lang, meta.title(), "front", out -> {
            FrontMatter.titleBlock(title, meta, out);
            if (!lead.blocks().isEmpty()) {
                out.start("div", "class", "lead", "id", "lead").newline();
                new BlockWriter(title, out).write(lead.blocks(), Role.BODY);
                out.end().newline();
            }
            FrontMatter.participants(title, meta, out);
            NotesWriter.write(title, out);
        })));

        int top = links.toc().stream().mapToInt(BookLinks.TocHeading::level).min().orElse(1);
        List<TocEntry> toc = new ArrayList<>();
        toc.add(new TocEntry(top, meta.title(), FOLDER + Section.TITLE_FILE));
        if (!meta.participants().isEmpty()) {
            toc.add(new TocEntry(top + 1, "Participants",
                    FOLDER + Section.TITLE_FILE + "#" + FrontMatter.PARTICIPANTS_ID));
        }
        for (BookLinks.TocHeading heading : links.toc()) {
            toc.add(new TocEntry(heading.level(), heading.title(), FOLDER + heading.target().hrefFrom("")));
        }

        String firstBody = sections.size() > 1 ? sections.get(1).file()
                : lead.blocks().isEmpty() ? Section.TITLE_FILE : Section.TITLE_FILE + "#lead";
        List<NavDocument.Landmark> landmarks = List.of(
                new NavDocument.Landmark("cover", "Cover", "cover.xhtml"),
                new NavDocument.Landmark("titlepage", "Title page", Section.TITLE_FILE),
                new NavDocument.Landmark("toc", "Contents", "nav.xhtml#toc"),
                new NavDocument.Landmark("bodymatter", "Start of content",
                        lead.blocks().isEmpty() ? firstBody : Section.TITLE_FILE + "#lead"));
        List<NavDocument.Entry> navEntries = toc.stream()
                .map(e -> new NavDocument.Entry(e.level(), e.title(), e.href().substring(FOLDER.length())))
                .toList();
        spine.add(new BookFile(NAV, "application/xhtml+xml", NavDocument.write(base.at("nav.xhtml", false), lang,
                meta.title(), navEntries, landmarks).getBytes(StandardCharsets.UTF_8)));

        for (Section section : sections.subList(1, sections.size())) {
            PageContext context = base.at(section.file(), false);
            String heading = org.briefing.model.PlainText.of(section.heading().content()).strip();
            spine.add(xhtml(section.file(), PageShell.page(lang, heading.isEmpty() ? meta.title() : heading,
                    "section", out -> {
                        out.start("section", "class", "chapter").newline();
                        new BlockWriter(context, out).write(section.blocks(), Role.BODY);
                        out.end().newline();
                        NotesWriter.write(context, out);
                    })));
        }
        return new Written(spine, toc);
    }

    private static BookFile xhtml(String file, String content) {
        return new BookFile(FOLDER + file, "application/xhtml+xml", content.getBytes(StandardCharsets.UTF_8));
    }
}

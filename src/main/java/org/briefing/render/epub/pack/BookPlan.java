package org.briefing.render.epub.pack;

import java.util.List;
import java.util.Objects;

/**
 * Everything that goes into the EPUB container, as plain data: metadata, files, reading order and
 * table of contents. Hrefs are paths inside the publication folder.
 *
 * @param files      every file of the publication, in manifest order
 * @param spine      hrefs of the content documents in reading order
 * @param toc        the table of contents (for the NCX; the navigation document is one of the files)
 * @param navHref    the navigation document
 * @param coverHref  the cover image
 */
public record BookPlan(PackageMetadata metadata, List<BookFile> files, List<String> spine, List<TocEntry> toc,
                       String navHref, String coverHref) {
    public BookPlan {
        Objects.requireNonNull(metadata, "metadata");
        files = List.copyOf(files);
        spine = List.copyOf(spine);
        toc = List.copyOf(toc);
        Objects.requireNonNull(navHref, "navHref");
        Objects.requireNonNull(coverHref, "coverHref");
    }

    /** One entry of the table of contents; {@code href} may carry a fragment. */
    public record TocEntry(int level, String title, String href) {
    }
}

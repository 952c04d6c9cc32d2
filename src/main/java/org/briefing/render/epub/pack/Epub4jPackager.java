package org.briefing.render.epub.pack;

import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Date;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.Metadata;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.epub.EpubWriter;
import io.documentnode.epub4j.epub.NCXDocument;
import io.documentnode.epub4j.epub.PackageDocumentWriter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.briefing.model.BriefingException;
import org.w3c.dom.Document;

/**
 * The one place that knows epub4j: builds its {@code Book} (metadata, manifest, spine, table of
 * contents) from a {@link BookPlan}, and lets its writers lay out the package document and NCX as
 * EPUB 2 trees in memory ({@link DomSerializer}), for {@link PackageUpgrade} to finish. epub4j never
 * writes a container: the files' bytes go from the plan straight into {@link EpubContainer}, once.
 */
final class Epub4jPackager {
    /** Where the NCX goes in the publication folder (the package document names it so). */
    static final String NCX_HREF = NCXDocument.DEFAULT_NCX_HREF;

    private Epub4jPackager() {
    }

    /** The EPUB 2 package document and NCX as epub4j writes them. */
    record Epub2(Document opf, Document ncx) {
    }

    /** The package document and NCX epub4j writes for the plan. */
    static Epub2 write(BookPlan plan) {
        Book book = book(plan);
        try {
            DomSerializer ncx = new DomSerializer();
            NCXDocument.write(ncx, book);
            // What epub4j's own container writer does before the package document: the NCX is the spine's TOC.
            book.getSpine().setTocResource(
                    new Resource(NCXDocument.NCX_ITEM_ID, new byte[0], NCX_HREF, MediaTypes.NCX));
            DomSerializer opf = new DomSerializer();
            PackageDocumentWriter.write(new EpubWriter(), opf, book);
            return new Epub2(opf.document(), ncx.document());
        } catch (IOException | RuntimeException e) {
            throw new BriefingException("epub: the EPUB writer failed: " + e.getMessage(), e);
        }
    }

    static Book book(BookPlan plan) {
        Book book = new Book();
        Metadata meta = book.getMetadata();
        PackageMetadata pm = plan.metadata();
        meta.addIdentifier(new Identifier("UUID", pm.identifier()));
        meta.addTitle(pm.title());
        if (!pm.subtitle().isBlank()) {
            meta.addTitle(pm.subtitle());
        }
        meta.setLanguage(pm.lang());
        for (String creator : pm.creators()) {
            // epub4j splits names into first and last; a whole name in "last" keeps it intact.
            meta.addAuthor(new Author("", creator));
        }
        if (!pm.publisher().isBlank()) {
            meta.addPublisher(pm.publisher());
        }
        if (!pm.date().isBlank()) {
            meta.addDate(new Date(pm.date()));
        }
        if (!pm.description().isBlank()) {
            meta.addDescription(pm.description());
        }
        meta.getSubjects().addAll(pm.subjects());

        Map<String, Resource> byHref = new HashMap<>();
        // Straight into epub4j's resource map (keyed by href, as its add does): Resources.add checks a new id
        // against every resource already added, one scan per file, and 10,000 chapters spent most of the
        // build there. Our ids are unique and valid by construction (BookFile.id), so its repairs never apply.
        Map<String, Resource> manifest = book.getResources().getResourceMap();
        for (BookFile file : plan.files()) {
            Resource resource = new Resource(file.id(), new byte[0], file.href(),
                    new MediaType(file.mediaType(), extension(file.href())));
            byHref.put(file.href(), resource);
            manifest.put(file.href(), resource);
            if (file.href().equals(plan.coverHref())) {
                book.setCoverImage(resource);
            }
        }
        for (String href : plan.spine()) {
            book.getSpine().addSpineReference(new SpineReference(require(byHref, href), true));
        }
        // The heading tree is at most six levels deep, so this stack stays small.
        Deque<Object[]> parents = new ArrayDeque<>();
        for (BookPlan.TocEntry entry : plan.toc()) {
            int hash = entry.href().indexOf('#');
            String file = hash < 0 ? entry.href() : entry.href().substring(0, hash);
            String fragment = hash < 0 ? null : entry.href().substring(hash + 1);
            TOCReference ref = new TOCReference(XmlChars.clean(entry.title()), require(byHref, file), fragment);
            while (!parents.isEmpty() && (int) parents.peek()[0] >= entry.level()) {
                parents.pop();
            }
            if (parents.isEmpty()) {
                book.getTableOfContents().addTOCReference(ref);
            } else {
                ((TOCReference) parents.peek()[1]).addChildSection(ref);
            }
            parents.push(new Object[] {entry.level(), ref});
        }
        return book;
    }

    private static Resource require(Map<String, Resource> byHref, String href) {
        Resource resource = byHref.get(href);
        if (resource == null) {
            throw new BriefingException("epub: '" + href + "' is in the reading order or contents but not in the book");
        }
        return resource;
    }

    private static String extension(String href) {
        int dot = href.lastIndexOf('.');
        return dot < 0 ? "" : href.substring(dot);
    }
}

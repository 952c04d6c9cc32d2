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
import io.documentnode.epub4j.epub.EpubWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefing.model.BriefingException;

/**
 * The one place that knows epub4j: builds its {@code Book} (metadata, manifest, spine, table of
 * contents) from a {@link BookPlan} and lets its writer produce the EPUB 2 container, from which the
 * package document and NCX are taken. Each file goes into the book with empty contents: epub4j's
 * writer deflates every entry at a level we cannot set, and the container is rewritten anyway, so the
 * contents are compressed once, by the final pass (profile: deflating the fonts twice and inflating
 * them back was the largest part of an EPUB build). The writer logs and skips a resource it fails to
 * write, so every file is checked afterwards against what was planned; a missing or altered file fails
 * the build.
 */
public final class Epub4jPackager {
    /** The folder epub4j puts the publication in. */
    public static final String ROOT = "OEBPS/";

    private Epub4jPackager() {
    }

    /** The EPUB 2 container epub4j writes for the plan: every planned file in it, each one empty. */
    public static byte[] write(BookPlan plan) {
        Book book = book(plan);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new EpubWriter().write(book, out);
        } catch (IOException | RuntimeException e) {
            throw new BriefingException("epub: the EPUB writer failed: " + e.getMessage(), e);
        }
        byte[] zip = out.toByteArray();
        verify(plan, zip);
        return zip;
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

    /** Fails unless every planned file is in the container, empty as it was handed to the writer. */
    static void verify(BookPlan plan, byte[] zip) {
        Map<String, byte[]> written = entries(zip);
        for (BookFile file : plan.files()) {
            byte[] bytes = written.get(ROOT + file.href());
            if (bytes == null) {
                throw new BriefingException("epub: the EPUB writer left out '" + file.href() + "'");
            }
            if (bytes.length != 0) {
                throw new BriefingException("epub: the EPUB writer altered '" + file.href() + "'");
            }
        }
    }

    /** The entries of a zip, by name. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new BriefingException("epub: the EPUB writer wrote '" + entry.getName() + "' twice");
                }
            }
        } catch (IOException e) {
            throw new BriefingException("epub: the EPUB writer produced a broken zip: " + e.getMessage(), e);
        }
        return entries;
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

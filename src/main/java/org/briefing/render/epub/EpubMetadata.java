package org.briefing.render.epub;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.briefing.model.Metadata;
import org.briefing.render.epub.pack.PackageMetadata;
import org.briefing.render.epub.pack.PackageMetadata.Property;

/**
 * The package metadata of a briefing's EPUB: Dublin Core from the front matter, a stable identifier
 * derived from it, and EPUB Accessibility 1.1 metadata stating what is true of the book we write.
 */
final class EpubMetadata {
    private EpubMetadata() {
    }

    /**
     * The identifier: a name-based UUID of organisation, title and date, so the same briefing keeps its
     * identifier across builds and machines, and a new edition (another date) gets a new one.
     */
    static String identifier(Metadata meta) {
        String name = "briefing\n" + meta.organization() + "\n" + meta.title() + "\n" + meta.date();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** What the book holds, as far as accessibility metadata is concerned. */
    record Contents(int images, int imagesWithoutAlt) {
    }

    static PackageMetadata of(Metadata meta, Instant modified, Contents contents) {
        List<String> creators = meta.authors().isEmpty()
                ? (meta.organization().isBlank() ? List.of() : List.of(meta.organization()))
                : meta.authors();
        String date = meta.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? meta.date() : "";
        return new PackageMetadata(identifier(meta), meta.title(), meta.subtitle(), meta.lang(), creators,
                meta.organization(), date, meta.summary(), meta.keywords(), modified, accessibility(contents));
    }

    private static List<Property> accessibility(Contents contents) {
        List<Property> p = new ArrayList<>();
        p.add(new Property("schema:accessMode", "textual"));
        if (contents.images() > 0) {
            p.add(new Property("schema:accessMode", "visual"));
        }
        boolean allDescribed = contents.imagesWithoutAlt() == 0;
        if (allDescribed) {
            p.add(new Property("schema:accessModeSufficient", "textual"));
        }
        if (contents.images() > 0) {
            p.add(new Property("schema:accessModeSufficient", "textual,visual"));
        }
        p.add(new Property("schema:accessibilityFeature", "structuralNavigation"));
        p.add(new Property("schema:accessibilityFeature", "tableOfContents"));
        p.add(new Property("schema:accessibilityFeature", "readingOrder"));
        p.add(new Property("schema:accessibilityFeature", "displayTransformability"));
        if (contents.images() > 0 && allDescribed) {
            p.add(new Property("schema:accessibilityFeature", "alternativeText"));
        }
        // DPUB-ARIA roles mark the table of contents, notes, note references and back-links.
        p.add(new Property("schema:accessibilityFeature", "ARIA"));
        p.add(new Property("schema:accessibilityHazard", "none"));
        String summary = "Reflowable text with headings, a table of contents and landmarks; reading order follows "
                + "the source; footnotes are linked both ways"
                + (contents.images() == 0 ? "; the only image is the cover, which has a text alternative."
                : allDescribed ? "; every image has alternative text."
                : "; some images have no alternative text.");
        p.add(new Property("schema:accessibilitySummary", summary));
        if (allDescribed) {
            p.add(new Property("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"));
        }
        return p;
    }
}

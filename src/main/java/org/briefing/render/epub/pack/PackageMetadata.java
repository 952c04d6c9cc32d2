package org.briefing.render.epub.pack;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the package document says about the book.
 *
 * @param identifier    the stable unique identifier, e.g. {@code urn:uuid:…}
 * @param title         the main title
 * @param subtitle      a subtitle, or empty
 * @param lang          the BCP 47 language tag
 * @param creators      who wrote it (organisation when no authors are named)
 * @param publisher     who publishes it, or empty
 * @param date          publication date in W3CDTF ({@code 2017}, {@code 2017-02}, {@code 2017-02-12}), or empty
 * @param description   a one-paragraph summary, or empty
 * @param subjects      subject keywords
 * @param modified      the {@code dcterms:modified} time
 * @param properties    further {@code meta property} values in order (accessibility metadata), as pairs
 */
public record PackageMetadata(String identifier, String title, String subtitle, String lang, List<String> creators,
                              String publisher, String date, String description, List<String> subjects,
                              Instant modified, List<Property> properties) {
    public PackageMetadata {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(modified, "modified");
        // Source text may hold control characters that XML cannot; they are dropped here, once for all files.
        title = XmlChars.clean(title);
        subtitle = XmlChars.clean(subtitle);
        publisher = XmlChars.clean(publisher);
        description = XmlChars.clean(description);
        creators = XmlChars.clean(creators);
        subjects = XmlChars.clean(subjects);
        properties = properties.stream().map(p -> new Property(p.property(), XmlChars.clean(p.value()))).toList();
    }

    /** One {@code <meta property="…">value</meta>}. */
    public record Property(String property, String value) {
    }
}

package org.briefing.render.epub.xhtml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.model.Image;
import org.briefing.model.Warnings;
import org.briefing.render.Resources;
import org.briefing.render.epub.pack.BookFile;

/**
 * Brings the document's local images into the book, once each, under names of our own. Remote
 * images are never fetched, and formats a reading system need not support are left out; both with a
 * warning, the caller showing the alternative text instead.
 */
public final class ImageStore {
    private final Resources resources;
    private final Warnings warnings;
    private final String sourceName;
    private final Map<String, String> hrefs = new LinkedHashMap<>();
    private final List<BookFile> files = new ArrayList<>();
    private int withoutAlt;
    private int shown;

    /** A store reading through {@code resources}; messages name {@code sourceName}. */
    public ImageStore(Resources resources, Warnings warnings, String sourceName) {
        this.resources = resources;
        this.warnings = warnings;
        this.sourceName = sourceName;
    }

    /**
     * The href of the image relative to the content documents, or null when it is not in the book
     * (remote or unsupported), in which case a warning has been given.
     */
    public String hrefFor(Image image) {
        shown++;
        if (image.alt().isBlank()) {
            withoutAlt++;
            warnings.warn(sourceName + ":" + image.line() + ": image '" + image.src()
                    + "' has no alternative text; readers who cannot see it learn nothing of it");
        }
        if (image.isRemote()) {
            warnings.warn(sourceName + ":" + image.line() + ": remote image '" + image.src()
                    + "' is not fetched; the EPUB shows its alternative text with a link");
            return null;
        }
        if (hrefs.containsKey(image.src())) {
            return hrefs.get(image.src());
        }
        byte[] bytes = resources.read(image);
        String[] type = sniff(bytes);
        if (type == null) {
            warnings.warn(sourceName + ":" + image.line() + ": image '" + image.src()
                    + "' is not PNG, JPEG, GIF or WebP; the EPUB shows its alternative text instead");
            hrefs.put(image.src(), null);
            return null;
        }
        String name = String.format(Locale.ROOT, "images/image-%02d.%s", files.size() + 1, type[1]);
        files.add(new BookFile(name, type[0], bytes));
        hrefs.put(image.src(), "../" + name);
        return "../" + name;
    }

    /** The image files to put in the book, in order of first use. */
    public List<BookFile> files() {
        return List.copyOf(files);
    }

    /** How many image references lacked alternative text. */
    public int withoutAlt() {
        return withoutAlt;
    }

    /** How many image references the book has (remote ones included). */
    public int shown() {
        return shown;
    }

    /** Media type and file extension from the first bytes, or null when not a core image type. */
    static String[] sniff(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return new String[] {"image/png", "png"};
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return new String[] {"image/jpeg", "jpg"};
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return new String[] {"image/gif", "gif"};
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return new String[] {"image/webp", "webp"};
        }
        return null;
    }
}

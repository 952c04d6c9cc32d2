package org.briefing.render.epub.pack;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.briefing.model.BriefingException;

/**
 * The EPUB 3.3 container of a {@link BookPlan}, written in one pass: epub4j lays out the package document
 * and NCX in memory, {@link PackageUpgrade} finishes them, and every entry goes into the
 * {@link DeterministicZip} once, the planned files' bytes as they are.
 */
public final class EpubContainer {
    /** The folder that holds the publication. */
    public static final String ROOT = "OEBPS/";
    private static final String PACKAGE_DOCUMENT = ROOT + "content.opf";
    /** OCF's pointer to the package document, laid out as epub4j laid it out, so the bytes stay the same. */
    private static final String CONTAINER_XML = "<?xml version=\"1.0\"?>\n"
            + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
            + "\t<rootfiles>\n"
            + "\t\t<rootfile full-path=\"" + PACKAGE_DOCUMENT + "\" media-type=\"application/oebps-package+xml\"/>\n"
            + "\t</rootfiles>\n"
            + "</container>";

    private EpubContainer() {
    }

    /** The container bytes. */
    public static byte[] write(BookPlan plan) {
        Epub4jPackager.Epub2 epub2 = Epub4jPackager.write(plan);
        Map<String, byte[]> entries = new HashMap<>();
        entries.put("META-INF/container.xml", CONTAINER_XML.getBytes(StandardCharsets.US_ASCII));
        entries.put(PACKAGE_DOCUMENT, PackageUpgrade.packageDocument(epub2.opf(), plan));
        entries.put(ROOT + Epub4jPackager.NCX_HREF, PackageUpgrade.ncx(epub2.ncx(), plan.metadata()));
        for (BookFile file : plan.files()) {
            if (entries.put(ROOT + file.href(), file.bytes()) != null) {
                throw new BriefingException("epub: '" + file.href() + "' is in the book twice");
            }
        }
        return DeterministicZip.write(entries, plan.metadata().modified());
    }
}

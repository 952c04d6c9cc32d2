package org.briefing.render.epub.pack;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.briefing.model.BriefingException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The finishing step that turns epub4j's EPUB 2 package document and NCX into EPUB 3.3: the package
 * document gets version 3.0 and {@code xml:lang}, {@code meta refines} instead of {@code opf:} attributes,
 * {@code dcterms:modified}, the accessibility properties, and manifest {@code properties} for the
 * navigation document and cover image; the NCX gets {@code dtb:uid}. Both are trees handed over in memory.
 */
final class PackageUpgrade {
    static final String OPF = "http://www.idpf.org/2007/opf";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String NCX = "http://www.daisy.org/z3986/2005/ncx/";

    private PackageUpgrade() {
    }

    /** The EPUB 3.3 package document for epub4j's EPUB 2 one written from {@code plan}. */
    static byte[] packageDocument(Document opf, BookPlan plan) {
        upgradePackage(opf, plan);
        return serialize(opf, "the package document");
    }

    /** The NCX with the identifier and language of the book, for epub4j's written from {@code metadata}. */
    static byte[] ncx(Document ncx, PackageMetadata metadata) {
        upgradeNcx(ncx, metadata);
        return serialize(ncx, "the NCX");
    }

    static void upgradePackage(Document opf, BookPlan plan) {
        PackageMetadata pm = plan.metadata();
        Element root = opf.getDocumentElement();
        List<String> creatorRoles = new ArrayList<>();
        for (Element el : elements(root)) {
            if (OPF.equals(el.getNamespaceURI()) && el.getPrefix() != null) {
                el = (Element) opf.renameNode(el, OPF, el.getLocalName());
            }
            if ("creator".equals(el.getLocalName()) && DC.equals(el.getNamespaceURI())) {
                String role = el.getAttributeNS(OPF, "role");
                creatorRoles.add(role.isBlank() ? "aut" : role);
                el.setTextContent(el.getTextContent().strip());
            }
            NamedNodeMap attributes = el.getAttributes();
            for (int i = attributes.getLength() - 1; i >= 0; i--) {
                Attr attr = (Attr) attributes.item(i);
                if (OPF.equals(attr.getNamespaceURI())) {
                    el.removeAttributeNode(attr);
                }
            }
        }
        root = opf.getDocumentElement();
        root.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "opf");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", OPF);
        root.setAttribute("version", "3.0");
        root.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", pm.lang());

        Element metadata = child(root, OPF, "metadata");
        List<Element> titles = children(metadata, DC, "title");
        for (int i = 0; i < titles.size(); i++) {
            String id = i == 0 ? "title" : "subtitle-" + i;
            titles.get(i).setAttribute("id", id);
            meta(metadata, "title-type", "#" + id, null, i == 0 ? "main" : "subtitle");
        }
        List<Element> creators = children(metadata, DC, "creator");
        for (int i = 0; i < creators.size(); i++) {
            String id = "creator-" + (i + 1);
            creators.get(i).setAttribute("id", id);
            meta(metadata, "role", "#" + id, "marc:relators", creatorRoles.get(i));
        }
        meta(metadata, "dcterms:modified", null, null,
                DateTimeFormatter.ISO_INSTANT.format(pm.modified().truncatedTo(ChronoUnit.SECONDS)));
        for (PackageMetadata.Property property : pm.properties()) {
            meta(metadata, property.property(), null, null, property.value());
        }

        for (Element item : children(child(root, OPF, "manifest"), OPF, "item")) {
            String href = item.getAttribute("href");
            if (href.equals(plan.navHref())) {
                item.setAttribute("properties", "nav");
            } else if (href.equals(plan.coverHref())) {
                item.setAttribute("properties", "cover-image");
            }
            if (item.getAttribute("media-type").equals("application/x-truetype-font")) {
                item.setAttribute("media-type", "font/ttf");
            }
        }
        Element guide = child(root, OPF, "guide");
        if (guide != null && children(guide, OPF, "reference").isEmpty()) {
            root.removeChild(guide);
        }
    }

    static void upgradeNcx(Document ncx, PackageMetadata pm) {
        Element root = ncx.getDocumentElement();
        root.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", pm.lang());
        for (Element el : elements(root)) {
            if ("meta".equals(el.getLocalName()) && "dtb:UUID".equals(el.getAttribute("name"))) {
                el.setAttribute("name", "dtb:uid");
                el.setAttribute("content", pm.identifier());
            }
            if ("docAuthor".equals(el.getLocalName())) {
                String names = String.join(", ", pm.creators());
                Element text = child(el, NCX, "text");
                if (text != null) {
                    text.setTextContent(names);
                }
            }
        }
    }

    private static void meta(Element metadata, String property, String refines, String scheme, String value) {
        Element meta = metadata.getOwnerDocument().createElementNS(OPF, "meta");
        meta.setAttribute("property", property);
        if (refines != null) {
            meta.setAttribute("refines", refines);
        }
        if (scheme != null) {
            meta.setAttribute("scheme", scheme);
        }
        meta.setTextContent(value);
        metadata.appendChild(meta);
    }

    /** All elements under {@code root} (itself included) in document order; a copy, safe to rename. */
    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        NodeList list = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < list.getLength(); i++) {
            all.add((Element) list.item(i));
        }
        return all;
    }

    private static Element child(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static byte[] serialize(Document doc, String name) {
        try {
            return IndentedXml.bytes(doc.getDocumentElement());
        } catch (IllegalArgumentException e) {
            throw new BriefingException("epub: cannot write " + name + ": " + e.getMessage(), e);
        }
    }
}

package org.briefing.render.epub.pack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes the package document and NCX as UTF-8 XML, two spaces of indentation per level, namespace
 * declarations first and then the other attributes, each group sorted by name. Our own writer rather
 * than a JAXP {@code Transformer}: which transformer JAXP picks depends on the class path (Saxon in the
 * tests, the JDK's in the jar), and each lays the XML out differently, so the same book came out with
 * different bytes; the transformer was also the slowest part of the upgrade when cold (profile).
 * Namespaces are written as declared in the tree: the caller declares each one it uses.
 */
final class IndentedXml {
    private static final Comparator<Attr> ATTRIBUTE_ORDER = Comparator
            .comparing((Attr a) -> !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI()))
            .thenComparing(Attr::getName);

    private final StringBuilder out = new StringBuilder(8192);

    private IndentedXml() {
    }

    /** The document element and everything under it, after an XML declaration. */
    static byte[] bytes(Element root) {
        IndentedXml xml = new IndentedXml();
        xml.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.write(root);
        xml.out.append('\n');
        return xml.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One step of the walk: an element to open (with its depth), or one to close. */
    private record Step(Element element, int depth, boolean close) {
    }

    /** Walks the tree with an explicit stack, so deep nesting (an NCX's navPoints) needs no deep recursion. */
    private void write(Element root) {
        Deque<Step> steps = new ArrayDeque<>();
        steps.push(new Step(root, 0, false));
        while (!steps.isEmpty()) {
            Step step = steps.pop();
            Element el = step.element();
            if (step.close()) {
                indent(step.depth());
                out.append("</").append(el.getTagName()).append('>');
                continue;
            }
            if (step.depth() > 0) {
                indent(step.depth());
            }
            out.append('<').append(el.getTagName());
            attributes(el);
            if (el.getFirstChild() == null) {
                out.append("/>");
            } else if (onlyElements(el)) {
                out.append('>');
                steps.push(new Step(el, step.depth(), true));
                List<Element> children = new ArrayList<>();
                for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
                    children.add((Element) n);
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    steps.push(new Step(children.get(i), step.depth() + 1, false));
                }
            } else {
                out.append('>');
                inline(el);
                out.append("</").append(el.getTagName()).append('>');
            }
        }
    }

    /** Content with text in it, written as it is, without indentation (which would change the text). */
    private void inline(Element parent) {
        // A list as the stack, for it holds nulls: a null is the end of a run of siblings.
        List<Node> pending = new ArrayList<>();
        pending.add(parent.getFirstChild());
        Deque<Element> open = new ArrayDeque<>();
        while (!pending.isEmpty()) {
            Node n = pending.remove(pending.size() - 1);
            if (n == null) {
                if (!open.isEmpty()) {
                    out.append("</").append(open.pop().getTagName()).append('>');
                }
                continue;
            }
            pending.add(n.getNextSibling());
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(n.getNodeValue(), false);
                case Node.COMMENT_NODE -> out.append("<!--").append(n.getNodeValue()).append("-->");
                case Node.ELEMENT_NODE -> {
                    Element el = (Element) n;
                    out.append('<').append(el.getTagName());
                    attributes(el);
                    if (el.getFirstChild() == null) {
                        out.append("/>");
                    } else {
                        out.append('>');
                        open.push(el);
                        pending.add(el.getFirstChild());
                    }
                }
                default -> throw new IllegalArgumentException("unexpected XML node type " + n.getNodeType());
            }
        }
    }

    private void attributes(Element el) {
        NamedNodeMap map = el.getAttributes();
        List<Attr> attributes = new ArrayList<>(map.getLength());
        for (int i = 0; i < map.getLength(); i++) {
            attributes.add((Attr) map.item(i));
        }
        attributes.sort(ATTRIBUTE_ORDER);
        for (Attr attr : attributes) {
            out.append(' ').append(attr.getName()).append("=\"");
            escape(attr.getValue(), true);
            out.append('"');
        }
    }

    private static boolean onlyElements(Element el) {
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                return false;
            }
        }
        return true;
    }

    private void indent(int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    private void escape(String text, boolean attribute) {
        XmlChars.escapeInto(out, text, attribute);
    }
}

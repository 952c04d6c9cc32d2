package org.briefing.render.epub.pack;

import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlpull.v1.XmlSerializer;

/**
 * An XmlPull serializer that builds a DOM tree instead of writing text, so that epub4j's package document
 * and NCX writers hand their output over in memory, ready to be finished, without bytes to parse back.
 * It keeps what a namespace-aware parser would have kept: elements and attributes with their namespaces
 * and prefixes, declarations as {@code xmlns} attributes, text and comments; whitespace for layout is
 * dropped, since {@link IndentedXml} lays the tree out.
 */
final class DomSerializer implements XmlSerializer {
    private final Document document;
    /** The prefixes in scope: one map per open element, innermost first, each prefix to its namespace. */
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private final Map<String, String> pending = new LinkedHashMap<>();
    private Node current;

    DomSerializer() {
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation: " + e.getMessage(), e);
        }
        current = document;
    }

    /** The tree written so far. */
    Document document() {
        return document;
    }

    @Override
    public void setFeature(String name, boolean state) {
        // Layout features (indentation) do not apply to a tree.
    }

    @Override
    public boolean getFeature(String name) {
        return false;
    }

    @Override
    public void setProperty(String name, Object value) {
        // Layout properties (indentation strings) do not apply to a tree.
    }

    @Override
    public Object getProperty(String name) {
        return null;
    }

    @Override
    public void setOutput(OutputStream os, String encoding) {
        throw new UnsupportedOperationException("a tree has no output stream");
    }

    @Override
    public void setOutput(Writer writer) {
        throw new UnsupportedOperationException("a tree has no output writer");
    }

    @Override
    public void startDocument(String encoding, Boolean standalone) {
        // The declaration is written by IndentedXml.
    }

    @Override
    public void endDocument() {
        if (current != document) {
            throw new IllegalStateException("the document ends inside <" + getName() + ">");
        }
    }

    @Override
    public void setPrefix(String prefix, String namespace) {
        pending.put(prefix, namespace);
    }

    @Override
    public String getPrefix(String namespace, boolean generatePrefix) {
        String prefix = declared(namespace, true);
        if (prefix == null && generatePrefix) {
            throw new IllegalArgumentException("no prefix declared for " + namespace);
        }
        return prefix;
    }

    @Override
    public int getDepth() {
        return scopes.size();
    }

    @Override
    public String getNamespace() {
        return current instanceof Element e ? e.getNamespaceURI() : null;
    }

    @Override
    public String getName() {
        return current instanceof Element e ? e.getLocalName() : null;
    }

    @Override
    public XmlSerializer startTag(String namespace, String name) {
        // A declaration the element inherits already is not repeated, as a serializer would not write it.
        Map<String, String> scope = new LinkedHashMap<>();
        pending.forEach((prefix, uri) -> {
            if (!uri.equals(inScope(prefix))) {
                scope.put(prefix, uri);
            }
        });
        pending.clear();
        scopes.push(scope);
        Element element = document.createElementNS(blankToNull(namespace), qualified(namespace, name, true));
        for (Map.Entry<String, String> e : scope.entrySet()) {
            String attribute = e.getKey().isEmpty() ? "xmlns" : "xmlns:" + e.getKey();
            element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attribute, e.getValue());
        }
        current.appendChild(element);
        current = element;
        return this;
    }

    @Override
    public XmlSerializer attribute(String namespace, String name, String value) {
        ((Element) current).setAttributeNS(blankToNull(namespace), qualified(namespace, name, false), value);
        return this;
    }

    @Override
    public XmlSerializer endTag(String namespace, String name) {
        if (!(current instanceof Element e) || !e.getLocalName().equals(name)) {
            throw new IllegalStateException("</" + name + "> does not close <" + getName() + ">");
        }
        scopes.pop();
        current = current.getParentNode();
        return this;
    }

    @Override
    public XmlSerializer text(String text) {
        current.appendChild(document.createTextNode(text));
        return this;
    }

    @Override
    public XmlSerializer text(char[] buf, int start, int len) {
        return text(new String(buf, start, len));
    }

    @Override
    public void cdsect(String text) {
        text(text);
    }

    @Override
    public void entityRef(String name) {
        throw new UnsupportedOperationException("entity references are not written: &" + name + ";");
    }

    @Override
    public void processingInstruction(String text) {
        throw new UnsupportedOperationException("processing instructions are not written: " + text);
    }

    @Override
    public void comment(String text) {
        current.appendChild(document.createComment(text));
    }

    @Override
    public void docdecl(String text) {
        throw new UnsupportedOperationException("document types are not written: " + text);
    }

    @Override
    public void ignorableWhitespace(String text) {
        // Layout whitespace: IndentedXml indents the tree itself.
    }

    @Override
    public void flush() {
        // Nothing is buffered.
    }

    /** The name with the prefix declared for its namespace; an attribute never takes the default namespace. */
    private String qualified(String namespace, String name, boolean element) {
        if (namespace == null || namespace.isEmpty()) {
            return name;
        }
        String prefix = declared(namespace, element);
        if (prefix == null) {
            throw new IllegalArgumentException("no prefix declared for " + namespace + " (" + name + ")");
        }
        return prefix.isEmpty() ? name : prefix + ":" + name;
    }

    /** The namespace the prefix stands for where the next element starts, or null. */
    private String inScope(String prefix) {
        for (Map<String, String> scope : scopes) {
            if (scope.containsKey(prefix)) {
                return scope.get(prefix);
            }
        }
        return null;
    }

    /** The innermost prefix declared for the namespace ({@code ""} for the default one, if allowed), or null. */
    private String declared(String namespace, boolean allowDefault) {
        for (Map<String, String> scope : scopes) {
            for (Map.Entry<String, String> e : scope.entrySet()) {
                if (e.getValue().equals(namespace) && (allowDefault || !e.getKey().isEmpty())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static String blankToNull(String namespace) {
        return namespace == null || namespace.isEmpty() ? null : namespace;
    }
}

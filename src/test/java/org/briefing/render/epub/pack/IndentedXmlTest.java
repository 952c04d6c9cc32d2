package org.briefing.render.epub.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Our XML writer for the package document and NCX: layout, escaping, and a parse back to the same tree. */
class IndentedXmlTest {
    private static String write(String xml) {
        Document doc = parse(xml.getBytes(StandardCharsets.UTF_8), "test.xml");
        return new String(IndentedXml.bytes(doc.getDocumentElement()), StandardCharsets.UTF_8);
    }

    @Test
    void elementsAreIndentedTextStaysInlineAndNamespacesComeFirst() {
        String xml = "<r xmlns:b=\"urn:b\" z=\"1\" xmlns=\"urn:a\" a=\"2\"><b:x>t &amp; &lt;u&gt; \"q\"</b:x><e/>"
                + "<m>one <i>two</i> three</m><p><q/></p></r>";
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<r xmlns=\"urn:a\" xmlns:b=\"urn:b\" a=\"2\" z=\"1\">\n"
                + "  <b:x>t &amp; &lt;u&gt; \"q\"</b:x>\n"
                + "  <e/>\n"
                + "  <m>one <i>two</i> three</m>\n"
                + "  <p>\n"
                + "    <q/>\n"
                + "  </p>\n"
                + "</r>\n", write(xml));
    }

    @Test
    void attributeValuesKeepQuotesLineEndsAndTabs() {
        String written = write("<r a=\"&quot;x&quot; &lt;&amp;&gt;&#10;&#9;&#13;\"/>");
        assertTrue(written.contains("a=\"&quot;x&quot; &lt;&amp;&gt;&#10;&#9;&#13;\""), written);
        Element back = parse(written.getBytes(StandardCharsets.UTF_8), "back.xml").getDocumentElement();
        assertEquals("\"x\" <&>\n\t\r", back.getAttribute("a"));
    }

    @Test
    void deepNestingNeedsNoDeepRecursion() {
        int depth = 5000;
        String xml = "<a>".repeat(depth) + "<b>t</b>" + "</a>".repeat(depth);
        String written = write(xml);
        assertTrue(written.contains("<b>t</b>"));
        assertEquals(depth, written.split("</a>", -1).length - 1);
        String mixed = write("<m>x" + "<a>".repeat(depth) + "t" + "</a>".repeat(depth) + "</m>");
        assertTrue(mixed.contains("<a>".repeat(depth) + "t" + "</a>".repeat(depth)));
    }

    private static Document parse(byte[] xml, String name) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml), name);
        } catch (Exception e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }
}

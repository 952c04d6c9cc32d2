package org.briefing.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.model.Block;
import org.briefing.model.BriefingException;
import org.briefing.model.Document;
import org.briefing.model.Heading;
import org.briefing.model.InputException;
import org.briefing.model.Metadata;
import org.briefing.model.PlainText;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The EPUB renderer end to end: navigation, notes, identifier, reproducibility, sanitising, failures. */
class EpubRendererTest {
    private static final String OPS = "http://www.idpf.org/2007/ops";

    @Test
    void navListsEveryHeadingWithALinkToIt() throws Exception {
        Document document = EpubFixtures.read(EpubFixtures.EVERY_BLOCK);
        Map<String, byte[]> book = EpubFixtures.entries(EpubFixtures.render(EpubFixtures.EVERY_BLOCK));
        String nav = EpubFixtures.text(book, "OEBPS/text/nav.xhtml");
        int headings = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Heading h) {
                headings++;
                String title = PlainText.of(h.content());
                Matcher link = Pattern.compile("<a href=\"(section-\\d+\\.xhtml)#" + Pattern.quote(h.id()) + "\">"
                        + Pattern.quote(title) + "</a>").matcher(nav);
                assertTrue(link.find(), "nav lacks heading '" + title + "':\n" + nav);
                String target = EpubFixtures.text(book, "OEBPS/text/" + link.group(1));
                assertTrue(target.contains("id=\"" + h.id() + "\""), title + " is not in " + link.group(1));
            }
        }
        assertEquals(5, headings, "the test document's headings");
        assertTrue(nav.contains("epub:type=\"landmarks\""));
        assertTrue(EpubFixtures.text(book, "OEBPS/toc.ncx").contains("Heading four"), "NCX for older readers");
    }

    @Test
    void footnotesLinkBothWays() throws Exception {
        Map<String, byte[]> book = EpubFixtures.entries(EpubFixtures.render(EpubFixtures.EVERY_BLOCK));
        Map<String, Map<String, Element>> ids = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : book.entrySet()) {
            if (entry.getKey().endsWith(".xhtml")) {
                ids.put(entry.getKey().substring("OEBPS/text/".length()), idsOf(entry.getValue()));
            }
        }
        int refs = 0;
        for (Map.Entry<String, Map<String, Element>> doc : ids.entrySet()) {
            for (Element el : doc.getValue().values()) {
                if (!"noteref".equals(el.getAttributeNS(OPS, "type"))) {
                    continue;
                }
                refs++;
                Element note = resolve(ids, doc.getKey(), el.getAttribute("href"));
                assertEquals("aside", note.getLocalName());
                assertEquals("footnote", note.getAttributeNS(OPS, "type"));
                Element back = (Element) note.getElementsByTagNameNS("*", "a").item(0);
                assertEquals("doc-backlink", back.getAttribute("role"), "note " + note.getAttribute("id"));
                String noteFile = fileOf(ids, note);
                Element ref = resolve(ids, noteFile, back.getAttribute("href"));
                assertEquals("noteref", ref.getAttributeNS(OPS, "type"));
                assertEquals(note, resolve(ids, fileOf(ids, ref), ref.getAttribute("href")));
            }
        }
        assertEquals(3, refs, "body references with ids (lead note, note 1 twice)");
    }

    @Test
    void identifierIsStableAndDerivedFromTheBriefing() throws Exception {
        Document document = EpubFixtures.read(EpubFixtures.SEED);
        String first = identifier(EpubFixtures.render(EpubFixtures.SEED));
        assertEquals(first, identifier(EpubFixtures.render(EpubFixtures.SEED)));
        assertEquals("urn:uuid:a41fb3b0-555e-3be1-8c54-73c9cb6d5891", first, "identifier of the seed changed");
        Metadata m = document.metadata();
        Metadata retitled = new Metadata(m.title() + " (revised)", m.subtitle(), m.shortTitle(), m.kind(),
                m.organization(), m.date(), m.place(), m.lang(), m.distribution(), m.authors(), m.participants(),
                m.keywords(), m.summary(), m.report());
        Document other = new Document(document.sourceName(), retitled, document.blocks(), document.footnotes());
        assertNotEquals(first, identifier(EpubFixtures.render(other, EpubFixtures.resourcesNextTo(EpubFixtures.SEED),
                new ArrayList<>())));
    }

    @Test
    void twoBuildsGiveIdenticalBytesWhateverTheTimeZone() throws Exception {
        byte[] first = EpubFixtures.render(EpubFixtures.EVERY_BLOCK);
        assertArrayEquals(first, EpubFixtures.render(EpubFixtures.EVERY_BLOCK));
        TimeZone saved = TimeZone.getDefault();
        Locale savedLocale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.JAPAN);
            assertArrayEquals(first, EpubFixtures.render(EpubFixtures.EVERY_BLOCK), "bytes depend on time zone or locale");
        } finally {
            TimeZone.setDefault(saved);
            Locale.setDefault(savedLocale);
        }
    }

    @Test
    void modifiedDateComesFromTheJobTimestamp() throws Exception {
        String opf = EpubFixtures.text(EpubFixtures.entries(EpubFixtures.render(EpubFixtures.SEED)), "OEBPS/content.opf");
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2017-02-20T10:15:30Z</meta>"), opf);
    }

    @Test
    void rawHtmlScriptsHandlersAndExternalResourcesNeverReachTheBook() throws Exception {
        Map<String, byte[]> book = EpubFixtures.entries(EpubFixtures.render(EpubFixtures.EVERY_BLOCK));
        for (Map.Entry<String, byte[]> entry : book.entrySet()) {
            if (entry.getKey().endsWith(".ttf") || entry.getKey().endsWith(".png")) {
                continue;
            }
            String text = new String(entry.getValue(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String bad : List.of("<script", "alert(", "document.write", "onclick", "onmouseover", "javascript:",
                    "evil.example", "<style", "display: none", "steal()")) {
                assertFalse(text.contains(bad), entry.getKey() + " contains " + bad);
            }
        }
        String section = EpubFixtures.text(book, "OEBPS/text/section-01.xhtml");
        assertTrue(section.contains("raw <em>block</em> with"), "allowed raw HTML is kept");
    }

    @Test
    void inlineRawHtmlKeepsBalancedHarmlessTagsAndStaysWellFormed() throws Exception {
        Document document = new MarkdownDocument("H<sub>2</sub>O, <b onclick=\"x()\">bold <i>both</b> after</i>, "
                + "*em <kbd>unclosed* tail, </span> stray, <img src=\"https://t.example/p.gif\"> gone, "
                + "<u>x *em <s>y</u> z* w</s> end\n").document();
        String title = EpubFixtures.text(EpubFixtures.entries(EpubFixtures.render(document,
                org.briefing.render.Resources.NONE, new ArrayList<>())), "OEBPS/text/title.xhtml");
        idsOf(title.getBytes(StandardCharsets.UTF_8));
        assertTrue(title.contains("H<sub>2</sub>O"), title);
        assertTrue(title.contains("<b>bold <i>both</i></b>"), "the crossing close tag is dropped: " + title);
        assertTrue(title.contains("<em>em <kbd>unclosed</kbd></em> tail"), "closed with its container: " + title);
        assertTrue(title.contains("<u>x <em>em <s>y z</s></em> w end</u>"), "never closed across model markup: " + title);
        assertFalse(title.contains("onclick") || title.contains("</span>"), title);
        // The reader turns an <img> into an image (issue 17): a remote one is shown as a Markdown one is, never fetched.
        assertTrue(title.contains("<a href=\"https://t.example/p.gif\" class=\"remote-image\">[image]</a>"), title);
    }

    @Test
    void remoteImagesAndMissingAltTextAreWarnedAbout() throws Exception {
        List<String> warnings = new ArrayList<>();
        Document document = EpubFixtures.read(EpubFixtures.EVERY_BLOCK);
        byte[] epub = EpubFixtures.render(document, EpubFixtures.resourcesNextTo(EpubFixtures.EVERY_BLOCK), warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("https://example.org/logo.png") && w.contains("not fetched")),
                warnings.toString());
        String last = EpubFixtures.text(EpubFixtures.entries(epub), "OEBPS/text/section-02.xhtml");
        assertTrue(last.contains("<a href=\"https://example.org/logo.png\" class=\"remote-image\">[remote logo]</a>"), last);

        Document noAlt = new MarkdownDocument("![](images/chart.png)\n").document();
        warnings.clear();
        EpubFixtures.render(noAlt, EpubFixtures.resourcesNextTo(EpubFixtures.EVERY_BLOCK), warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("no alternative text")), warnings.toString());
    }

    @Test
    void aFailedResourceFailsTheBuildAndWritesNothing() {
        Document document = EpubFixtures.read(EpubFixtures.EVERY_BLOCK);
        RenderJob job = new RenderJob(document, EpubFixtures.theme(), image -> {
            throw InputException.at("every-block.md", image.line(), 0, "image not found: " + image.src());
        }, w -> { }, RenderOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputException e = assertThrows(InputException.class, () -> new EpubRenderer().render(job, out));
        assertTrue(e.getMessage().contains("images/chart.png"), e.getMessage());
        assertEquals(0, out.size(), "nothing may be written when the build fails");
    }

    @Test
    void hostileNestingIsWrittenWithoutRecursionAsWellFormedXhtml() throws Exception {
        int depth = 10_000;
        String markdown = ">".repeat(depth) + " deep quote\n\n" + "*".repeat(depth) + "deep emphasis" + "*".repeat(depth)
                + "\n\n" + "- ".repeat(2000) + "deep list\n";
        Document document = new MarkdownDocument(markdown).document();
        Map<String, byte[]> book = EpubFixtures.entries(EpubFixtures.render(document,
                EpubFixtures.resourcesNextTo(EpubFixtures.EVERY_BLOCK), new ArrayList<>()));
        String title = EpubFixtures.text(book, "OEBPS/text/title.xhtml");
        idsOf(title.getBytes(StandardCharsets.UTF_8));
        assertTrue(title.contains("deep quote") && title.contains("deep emphasis") && title.contains("deep list"));
    }

    private static String identifier(byte[] epub) throws Exception {
        String opf = EpubFixtures.text(EpubFixtures.entries(epub), "OEBPS/content.opf");
        Matcher m = Pattern.compile("<dc:identifier id=\"BookId\">([^<]+)</dc:identifier>").matcher(opf);
        assertTrue(m.find(), opf);
        return m.group(1);
    }

    /** Parses a content document as XML (failing if it is not well-formed) and indexes its ids. */
    private static Map<String, Element> idsOf(byte[] xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml));
        Map<String, Element> ids = new HashMap<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element el = (Element) all.item(i);
            if (el.hasAttribute("id")) {
                assertTrue(ids.put(el.getAttribute("id"), el) == null, "duplicate id " + el.getAttribute("id"));
            }
        }
        return ids;
    }

    private static Element resolve(Map<String, Map<String, Element>> ids, String fromFile, String href) {
        int hash = href.indexOf('#');
        String file = hash == 0 ? fromFile : href.substring(0, hash);
        Element target = ids.getOrDefault(file, Map.of()).get(href.substring(hash + 1));
        assertTrue(target != null, "broken link " + href + " in " + fromFile);
        return target;
    }

    private static String fileOf(Map<String, Map<String, Element>> ids, Element el) {
        return ids.entrySet().stream().filter(e -> e.getValue().containsValue(el)).findFirst().orElseThrow().getKey();
    }

    @Test
    void aFailureOnTheCoverThreadSurfacesAsItWasThrown() {
        BriefingException thrown = new BriefingException("fonts/x.ttf: cannot load font for the cover");
        java.util.concurrent.FutureTask<byte[]> failing = new java.util.concurrent.FutureTask<>(() -> {
            throw thrown;
        });
        failing.run();
        assertSame(thrown, assertThrows(BriefingException.class, () -> EpubRenderer.result(failing)));

        java.util.concurrent.FutureTask<byte[]> checked = new java.util.concurrent.FutureTask<>(() -> {
            throw new java.io.IOException("disk gone");
        });
        checked.run();
        BriefingException wrapped = assertThrows(BriefingException.class, () -> EpubRenderer.result(checked));
        assertTrue(wrapped.getMessage().contains("cannot paint the cover") && wrapped.getMessage().contains("disk gone"),
                wrapped.getMessage());
    }
}

package org.briefing.hostile;

import static org.briefing.hostile.Fixtures.bodyLine;
import static org.briefing.hostile.Fixtures.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links to schemes that run code or read local files, and raw HTML meant to run or style: none of it may
 * reach the PDF's link annotations, the EPUB's hrefs or either's text; a language set in HTML is kept.
 */
final class LinkAndHtmlCases {
    private static final String FAMILY = "links";

    private LinkAndHtmlCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        Map<String, String[]> links = new LinkedHashMap<>();
        // name -> {markdown line, scheme that must not appear}
        links.put("javascript:", new String[] {"[click](javascript:alert(1))", "javascript:"});
        links.put("JaVaScRiPt:", new String[] {"[click](JaVaScRiPt:alert(1))", "javascript:"});
        links.put("java<TAB>script:", new String[] {"[click](<java\tscript:alert(1)>)", "javascript:"});
        links.put("java&#9;script: entity", new String[] {"[click](java&#9;script:alert(1))", "javascript:"});
        links.put("leading space javascript:", new String[] {"[click](< javascript:alert(1)>)", "javascript:"});
        links.put("autolink javascript:", new String[] {"<javascript:alert(1)>", "javascript:"});
        links.put("reference javascript:", new String[] {"[click][r]\n\n[r]: javascript:alert(1)", "javascript:"});
        links.put("vbscript:", new String[] {"[click](vbscript:msgbox(1))", "vbscript:"});
        links.put("data:", new String[] {"[click](data:text/html;base64,PHNjcmlwdD4=)", "data:"});
        links.put("file:", new String[] {"[click](file:///etc/passwd)", "file:"});
        for (Map.Entry<String, String[]> link : links.entrySet()) {
            String markdown = link.getValue()[0];
            String scheme = link.getValue()[1];
            cases.add(Cases.pdf(FAMILY, link.getKey(), source(bodyLine(markdown)), Expect.ok())
                    .and(Checks.pdfHasNoLinkTo(Cases.PDF, scheme)));
            cases.add(Cases.epub(FAMILY, link.getKey(), source(bodyLine(markdown)), Expect.ok())
                    .and(Checks.epubHasNoLinkTo(Cases.EPUB, scheme)));
        }
        cases.add(Cases.epub(FAMILY, "raw HTML anchor to javascript:", source(bodyLine("<a href=\"javascript:alert(1)\">x</a>")),
                Expect.ok()).and(Checks.epubHasNoLinkTo(Cases.EPUB, "javascript:")));
        cases.add(Cases.epub(FAMILY, "image with javascript: source", source(bodyLine("![x](javascript:alert(1))")),
                Expect.okOrBad("memo.md:3")).and(Checks.epubHasNoLinkTo(Cases.EPUB, "javascript:")));
        html(cases);
        return cases;
    }

    private static void html(List<HostileCase> cases) {
        String family = "raw HTML";
        Map<String, String[]> hidden = new LinkedHashMap<>();
        // name -> {markdown, text that must not be shown}
        hidden.put("script block", new String[] {"<script>alert('SCRIPTSECRET')</script>", "SCRIPTSECRET"});
        hidden.put("SCRIPT block in capitals", new String[] {"<SCRIPT>var SCRIPTSECRET=1</SCRIPT>", "SCRIPTSECRET"});
        hidden.put("inline script", new String[] {"Text <script>SCRIPTSECRET()</script> more.", "SCRIPTSECRET"});
        hidden.put("unclosed script", new String[] {"<script>\nSCRIPTSECRET\n", "SCRIPTSECRET"});
        hidden.put("style block", new String[] {"<style>body{color:STYLESECRET}</style>", "STYLESECRET"});
        hidden.put("inline style", new String[] {"Text <style>p{STYLESECRET:1}</style> more.", "STYLESECRET"});
        for (Map.Entry<String, String[]> entry : hidden.entrySet()) {
            String markdown = "# Memo\n\nBefore.\n\n" + entry.getValue()[0] + "\n\nAfter.\n";
            String secret = entry.getValue()[1];
            cases.add(Cases.pdf(family, entry.getKey(), source(markdown), Expect.ok())
                    .and(Checks.pdfTextLacks(Cases.PDF, secret)));
            cases.add(Cases.epub(family, entry.getKey(), source(markdown), Expect.ok())
                    .and(Checks.epubLacks(Cases.EPUB, secret)));
        }
        // An HTML <img> is an image like a Markdown one: a remote one is linked, never fetched, and its handlers
        // never reach the book; a local file that is not there is bad input at its line, as for ![](x).
        cases.add(Cases.epub(family, "img with onerror", source(bodyLine(
                "<img src=\"https://e.org/x.png\" onerror=\"alert(1)\">")),
                Expect.ok()).and(Checks.epubMarkupLacks(Cases.EPUB, "onerror")));
        cases.add(Cases.epub(family, "img of a missing file with onerror",
                source(bodyLine("<img src=x onerror=\"alert(1)\">")), Expect.bad("memo.md")));
        cases.add(Cases.epub(family, "iframe", source(bodyLine("<iframe src=\"https://e.org\"></iframe>")),
                Expect.ok()).and(Checks.epubMarkupLacks(Cases.EPUB, "<iframe")));
        cases.add(Cases.epub(family, "span lang=fr", source(bodyLine("Il a dit <span lang=fr>bonjour</span>.")),
                Expect.ok()).and(Checks.epubKeepsLang(Cases.EPUB, "fr", "bonjour")));
        cases.add(Cases.pdf(family, "span lang=fr", source(bodyLine("Il a dit <span lang=fr>bonjour</span>.")),
                Expect.ok()).and(Checks.pdfTextHas(Cases.PDF, "bonjour")));
        cases.add(Cases.epub(family, "comment never closed", source(bodyLine("<!-- open comment")), Expect.ok()));
        cases.add(Cases.pdf(family, "10000 unclosed divs", source(bodyLine("<div>".repeat(10_000))), Expect.ok()));
    }
}

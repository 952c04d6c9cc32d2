package org.briefing.hostile;

import static org.briefing.hostile.Fixtures.bodyLine;
import static org.briefing.hostile.Fixtures.repeat;
import static org.briefing.hostile.Fixtures.source;
import static org.briefing.hostile.Fixtures.sourceBytes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of a source: invisible and odd Unicode (kept, exit 0), bytes that are not UTF-8 (exit 2 with
 * file:line:col), and sizes and depths meant to exhaust the stack, the heap or the clock (exit 0, the
 * text kept, or exit 2 naming the line).
 */
final class SourceTextCases {
    private static final String FAMILY = "source";

    private SourceTextCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        unicode(cases);
        invalidUtf8(cases);
        depth(cases);
        size(cases);
        return cases;
    }

    private static void unicode(List<HostileCase> cases) {
        Map<String, String> odd = new java.util.LinkedHashMap<>();
        odd.put("ZWJ emoji family", "fam\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67ily");
        odd.put("ZWNJ", "zero\u200Cwidth");
        odd.put("variation selector 16", "star\u2B50\uFE0F");
        odd.put("variation selector 1 alone", "x\uFE00y");
        odd.put("BOM in the middle", "mid\uFEFFdle");
        odd.put("line and paragraph separators", "a\u2028b\u2029c");
        odd.put("right-to-left override", "abc\u202Edef\u202Cghi");
        odd.put("300 combining acutes", "e" + repeat("\u0301", 300));
        odd.put("private use and noncharacters", "\uE000\uFDD0\uFFFE\uFFFF");
        odd.put("replacement character", "bad\uFFFDchar");
        odd.put("astral tag characters", "flag\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F");
        odd.put("soft hyphens only", repeat("\u00AD", 500));
        odd.put("ideographic space and NBSP run", repeat("\u3000\u00A0", 400));
        for (Map.Entry<String, String> entry : odd.entrySet()) {
            cases.addAll(Cases.pdfAndEpub(FAMILY, entry.getKey(), source(bodyLine("Text " + entry.getValue() + " end.")),
                    Expect.ok()));
        }
        cases.add(Cases.pdf(FAMILY, "BOM at the start", sourceBytes(
                ("\uFEFF# Memo\n\nText.\n").getBytes(StandardCharsets.UTF_8)), Expect.ok()));
    }

    private static void invalidUtf8(List<HostileCase> cases) {
        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("lone high surrogate (CESU)", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        bad.put("lone low surrogate", new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80});
        bad.put("overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF});
        bad.put("overlong NUL", new byte[] {(byte) 0xC0, (byte) 0x80});
        bad.put("overlong 3-byte", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF});
        bad.put("overlong 4-byte", new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF});
        bad.put("beyond U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        bad.put("stray continuation", new byte[] {(byte) 0x80});
        bad.put("FE and FF", new byte[] {(byte) 0xFE, (byte) 0xFF});
        bad.put("Latin-1 e-acute", new byte[] {(byte) 0xE9});
        for (Map.Entry<String, byte[]> entry : bad.entrySet()) {
            // "# Memo\n\nab" then the bad bytes: line 3, column 3.
            cases.add(Cases.pdf(FAMILY, "invalid UTF-8 " + entry.getKey(), sourceBytes(bytes("# Memo\n\nab",
                    entry.getValue(), "cd\n")), Expect.bad("memo.md:3:3")));
        }
        cases.add(Cases.epub(FAMILY, "invalid UTF-8 truncated sequence at the end", sourceBytes(bytes("# Memo\n\nab",
                new byte[] {(byte) 0xE2, (byte) 0x82}, "")), Expect.bad("memo.md:3:3")));
        cases.add(Cases.epub(FAMILY, "invalid UTF-8 in the front matter", sourceBytes(bytes("---\ntitle: ab",
                new byte[] {(byte) 0xC0, (byte) 0xAF}, "\n---\n\nText.\n")), Expect.bad("memo.md:2:10")));
        cases.add(Cases.pdf(FAMILY, "UTF-16 source with BOM", sourceBytes("\uFEFF# Memo\n\nText.\n"
                .getBytes(StandardCharsets.UTF_16LE)), Expect.bad("memo.md:1")));
    }

    private static void depth(List<HostileCase> cases) {
        int deep = 5000;
        Map<String, String> nests = new java.util.LinkedHashMap<>();
        nests.put("5000 nested quotes", repeat("> ", deep) + "deep");
        nests.put("5000 nested bullet markers", repeat("- ", deep) + "deep");
        nests.put("5000 nested ordered markers", repeat("1. ", deep) + "deep");
        nests.put("5000 alternating quote and list", repeat("> - ", deep / 2) + "deep");
        for (Map.Entry<String, String> nest : nests.entrySet()) {
            // The guard rail flattens past 32 levels, keeps the text and warns with the line (docs/reliability.md).
            cases.addAll(Cases.pdfAndEpub(FAMILY, nest.getKey(), source(bodyLine(nest.getValue())),
                    Expect.warns("memo.md:3")));
        }
        // Each line one level deeper: the source grows with the square of the depth, so 500 levels (250 kB).
        StringBuilder indented = new StringBuilder("# Memo\n\n");
        for (int level = 0; level < 500; level++) {
            indented.append("  ".repeat(level)).append("- item ").append(level).append('\n');
        }
        cases.addAll(Cases.pdfAndEpub(FAMILY, "500 lines each indented one level deeper",
                source(indented.toString()), Expect.ok()));
        Map<String, String> inline = new java.util.LinkedHashMap<>();
        inline.put("5000 nested emphasis", repeat("*", deep) + "deep" + repeat("*", deep));
        inline.put("5000 nested strong and emphasis", repeat("**_", deep / 3) + "deep" + repeat("_**", deep / 3));
        inline.put("5000 nested link brackets", repeat("[", deep) + "deep" + repeat("](u)", deep));
        inline.put("5000 nested strikethrough", repeat("~~", deep) + "deep" + repeat("~~", deep));
        inline.put("5000 unclosed emphasis openers", repeat("*a ", deep) + "deep");
        for (Map.Entry<String, String> nest : inline.entrySet()) {
            cases.addAll(Cases.pdfAndEpub(FAMILY, nest.getKey(), source(bodyLine(nest.getValue())), Expect.ok()));
        }
    }

    private static void size(List<HostileCase> cases) {
        int length = 100_000;
        cases.addAll(Cases.pdfAndEpub(FAMILY, "one 100k-char word", source(bodyLine(repeat("x", length))), Expect.ok()));
        cases.add(Cases.pdf(FAMILY, "100k-char line of short words", source(bodyLine(repeat("ab ", length / 3))),
                Expect.ok()).and(Checks.NO_VERAPDF));
        cases.add(Cases.epub(FAMILY, "100k-char line of short words", source(bodyLine(repeat("ab ", length / 3))),
                Expect.ok()));
        cases.add(Cases.pdf(FAMILY, "100k-char heading", source("# " + repeat("h", length) + "\n\nText.\n"), Expect.ok()).and(Checks.NO_VERAPDF));
        cases.add(Cases.pdf(FAMILY, "100k-char link address", source(bodyLine("[x](https://e.org/" + repeat("a", length)
                + ")")), Expect.ok()).and(Checks.NO_VERAPDF));
        cases.add(Cases.pdf(FAMILY, "100k-char code line", source("# C\n\n```\n" + repeat("c", length) + "\n```\n"),
                Expect.ok()).and(Checks.NO_VERAPDF));
        cases.add(Cases.epub(FAMILY, "100k-char title", source(Fixtures.frontMatter("title: " + repeat("t", length))),
                Expect.ok()));
        cases.add(Cases.pdf(FAMILY, "100k-char table cell", source("# T\n\n| a | b |\n|---|---|\n| "
                + repeat("w", length) + " | y |\n"), Expect.ok()).and(Checks.NO_VERAPDF));
        StringBuilder rows = new StringBuilder("# T\n\n| a | b | c | d | e |\n|---|---|---|---|---|\n");
        for (int row = 0; row < 3000; row++) {
            rows.append("| ").append(row).append(" | b | c | d | e |\n");
        }
        cases.addAll(Cases.pdfAndEpub(FAMILY, "table of 3000 rows", source(rows.toString()), Expect.ok()));
        String wide = "# T\n\n|" + repeat(" c |", 300) + "\n|" + repeat("---|", 300) + "\n|" + repeat(" x |", 300) + "\n";
        cases.addAll(Cases.pdfAndEpub(FAMILY, "table of 300 columns", source(wide), Expect.ok()));
        cases.add(Cases.pdf(FAMILY, "table with ragged rows", source("# T\n\n| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n"),
                Expect.ok()));
        StringBuilder notes = new StringBuilder("# F\n\n");
        StringBuilder definitions = new StringBuilder();
        for (int n = 1; n <= 2000; n++) {
            notes.append("Word[^n").append(n).append("] ");
            definitions.append("\n[^n").append(n).append("]: Note ").append(n).append('.');
        }
        cases.addAll(Cases.pdfAndEpub(FAMILY, "2000 footnotes in one paragraph",
                source(notes + "\n" + definitions + "\n"), Expect.ok()));
        cases.addAll(Cases.pdfAndEpub(FAMILY, "undefined footnote", source(bodyLine("Claim.[^missing]")),
                Expect.warns("memo.md:3")));
        cases.add(Cases.pdf(FAMILY, "footnote defined twice", source(bodyLine("A[^a].") + "\n[^a]: One.\n\n[^a]: Two.\n"),
                Expect.warns("memo.md:7")));
        cases.add(Cases.epub(FAMILY, "footnote referring to itself", source(bodyLine("A[^a].") + "\n[^a]: See[^a].\n"),
                Expect.ok()));
        cases.add(Cases.pdf(FAMILY, "one footnote referenced 3000 times", source(bodyLine(repeat("x[^a] ", 3000))
                + "\n[^a]: Once.\n"), Expect.ok()).and(Checks.NO_VERAPDF));
        StringBuilder headings = new StringBuilder();
        for (int h = 0; h < 6000; h++) {
            headings.append("## Heading\n\n");
        }
        cases.addAll(Cases.pdfAndEpub(FAMILY, "6000 headings of the same text", source(headings.toString()), Expect.ok()));
        cases.addAll(Cases.pdfAndEpub(FAMILY, "empty file", source(""), Expect.ok()));
        cases.add(Cases.pdf(FAMILY, "only whitespace", source(" \n\t\n   \n"), Expect.ok()));
        cases.addAll(Cases.pdfAndEpub(FAMILY, "only front matter", source("---\ntitle: Only\n---\n"), Expect.ok()));
        cases.add(Cases.print(FAMILY, "empty file", source(""), Expect.ok()));
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

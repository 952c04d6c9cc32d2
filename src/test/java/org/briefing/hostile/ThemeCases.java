package org.briefing.hostile;

import static org.briefing.hostile.Fixtures.bodyLine;
import static org.briefing.hostile.Fixtures.lineOf;
import static org.briefing.hostile.Fixtures.themeExtendingMemo;
import static org.briefing.hostile.Fixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Themes ({@code --style theme.yaml}) that make no page, no text area or no sense: each is bad input whose
 * error names {@code theme.yaml:line} (exit 2), and a theme may never make the program read or show a
 * file it should not.
 */
final class ThemeCases {
    private static final String FAMILY = "theme";
    private static final String BODY = bodyLine("Some text in a paragraph long enough to need a line or two.");

    private ThemeCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        bad(cases, "tiny page 20x20 pt", "page:\n  size: custom\n  width: 20\n  height: 20", "width");
        bad(cases, "margins leaving no text area", "page:\n  margin: {top: 150mm, right: 120mm, bottom: 150mm, left: 120mm}",
                "margin");
        bad(cases, "negative margins", "page:\n  margin: {top: -20, right: -20, bottom: -20, left: -20}", "margin");
        bad(cases, "list indent 10000 pt", "roles:\n  list: {indent: 10000, space-after: 3}", "indent");
        bad(cases, "page 100000 pt", "page:\n  size: custom\n  width: 100000\n  height: 100000", "width");
        bad(cases, "custom page without width", "page:\n  size: custom\n  height: 500", "size");
        bad(cases, "margin as a fraction", "page:\n  margin: {top: 1/2, right: 20, bottom: 20, left: 20}", "margin");
        bad(cases, "unknown page size", "page:\n  size: A99", "size");
        bad(cases, "unknown key", "roles:\n  body: {colour: red}", "colour");
        bad(cases, "font size a word", "roles:\n  body: {size: big}", "size");
        bad(cases, "font size zero", "roles:\n  body: {size: 0}", "size");
        bad(cases, "font size negative", "roles:\n  body: {size: -3}", "size");
        bad(cases, "font size 1e9", "roles:\n  body: {size: 1e9}", "size");
        bad(cases, "leading a list", "roles:\n  body: {leading: [1, 2]}", "leading");
        bad(cases, "leading zero", "roles:\n  body: {size: 10, leading: 0}", "leading");
        bad(cases, "colour not hex", "colors:\n  text: \"#zzzzzz\"", "text");
        bad(cases, "colour name unknown", "roles:\n  body: {color: nosuchcolour}", "nosuchcolour");
        bad(cases, "align sideways", "roles:\n  body: {align: sideways}", "sideways");
        bad(cases, "widows negative", "typography:\n  widows: -1", "widows");
        bad(cases, "footnotes sometimes", "footnotes: sometimes", "footnotes");
        bad(cases, "roles a list", "roles: [body, h1]", "roles");
        bad(cases, "duplicate key", "roles:\n  body: {size: 10}\n  body: {size: 11}", "  body: {size: 11}");
        bad(cases, "billion laughs", "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
                + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
                // SnakeYAML stops an alias bomb without a position: the error names the document's first line.
                "extends: memo");
        whole(cases, "empty theme", "", Expect.bad("theme.yaml"));
        whole(cases, "theme a YAML list", "- page\n- fonts\n", Expect.bad("theme.yaml:1"));
        whole(cases, "theme a scalar", "memo\n", Expect.bad("theme.yaml:1"));
        whole(cases, "extends ../../../etc/passwd", "extends: ../../../../../../../../etc/passwd\n",
                Expect.bad("theme.yaml:1"));
        whole(cases, "extends /etc/passwd", "extends: /etc/passwd\n", Expect.bad("theme.yaml:1"));
        whole(cases, "extends a folder", "extends: /tmp\n", Expect.bad("theme.yaml:1"));
        whole(cases, "extends itself", "extends: theme.yaml\n", Expect.bad("theme.yaml:1"));
        HostileCase.Setup cycle = dir -> {
            write(dir, "theme.yaml", "extends: other.yaml\n");
            write(dir, "other.yaml", "extends: theme.yaml\n");
        };
        // The error names the extends line that closes the circle.
        cases.add(Cases.pdf(FAMILY, "extends cycle of two", both(cycle), Expect.bad("other.yaml:1"),
                "--style", "theme.yaml"));
        HostileCase.Setup latin1 = dir -> Files.write(dir.resolve("theme.yaml"),
                ("extends: memo\n# caf\u00E9\n").getBytes(StandardCharsets.ISO_8859_1));
        cases.add(Cases.pdf(FAMILY, "not UTF-8", both(latin1), Expect.bad("theme.yaml:2"), "--style", "theme.yaml"));
        cases.add(Cases.pdf(FAMILY, "missing theme file", Fixtures.source(BODY), Expect.bad("nope.yaml"),
                "--style", "nope.yaml"));
        cases.add(Cases.epub(FAMILY, "theme is a folder", dir -> {
            Fixtures.source(BODY).prepare(dir);
            Files.createDirectories(dir.resolve("folder.yaml"));
        }, Expect.bad("folder.yaml"), "--style", "folder.yaml"));
        cases.add(Cases.pdf(FAMILY, "style name with a path", Fixtures.source(BODY), Expect.bad(null),
                "--style", "../../../../etc/passwd").and(Checks.errorLacks("root:")));
        return cases;
    }

    /** A theme extending memo.yaml with {@code yaml}; bad input naming the line that holds {@code marker}. */
    private static void bad(List<HostileCase> cases, String name, String yaml, String marker) {
        String theme = themeExtendingMemo(yaml);
        Expect expect = Expect.bad("theme.yaml:" + lineOf(theme, marker));
        HostileCase.Setup setup = both(dir -> write(dir, "theme.yaml", theme));
        cases.add(Cases.pdf(FAMILY, name, setup, expect, "--style", "theme.yaml").and(Checks.errorLacks("root:")));
        cases.add(Cases.epub(FAMILY, name, setup, expect, "--style", "theme.yaml"));
    }

    /** A whole theme file (no extends added). */
    private static void whole(List<HostileCase> cases, String name, String theme, Expect expect) {
        cases.add(Cases.pdf(FAMILY, name, both(dir -> write(dir, "theme.yaml", theme)), expect, "--style", "theme.yaml")
                .and(Checks.errorLacks("root:")));
    }

    private static HostileCase.Setup both(HostileCase.Setup theme) {
        return dir -> {
            Fixtures.source(BODY).prepare(dir);
            theme.prepare(dir);
        };
    }
}

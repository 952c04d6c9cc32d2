package org.briefing.hostile;

import static org.briefing.hostile.Fixtures.frontMatter;
import static org.briefing.hostile.Fixtures.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The front matter: dates that do not exist, YAML that is not a mapping, keys given twice, values of the
 * wrong shape and alias bombs. Each is bad input naming the source's line (exit 2), never a crash or a
 * guess.
 */
final class FrontMatterCases {
    private static final String FAMILY = "front matter";

    private FrontMatterCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String date : List.of("2017-02-30", "2017-02-29", "0000-01-01", "2023-13-01", "2023-00-10", "2023-04-31",
                "99999-01-01", "-0001-01-01", "2017-02-30T10:00:00Z", "yesterday")) {
            // Line 3: the title is on line 2.
            cases.addAll(Cases.pdfAndEpub(FAMILY, "date " + date, source(frontMatter("title: T\ndate: " + date)),
                    Expect.bad("memo.md:3")));
        }
        cases.add(Cases.epub(FAMILY, "date as a list", source(frontMatter("date: [2017, 2]")), Expect.bad("memo.md:2")));
        cases.add(Cases.pdf(FAMILY, "date as a number", source(frontMatter("date: 20170230")), Expect.bad("memo.md:2")));
        cases.addAll(Cases.pdfAndEpub(FAMILY, "a list, not a mapping", source("---\n- title\n- date\n---\n\nText.\n"),
                Expect.bad("memo.md:2")));
        // CommonMark reads this as a rule and a level-2 heading "just words": nothing is lost either way.
        cases.addAll(Cases.pdfAndEpub(FAMILY, "a scalar, not a mapping", source("---\njust words\n---\n\nText.\n"),
                Expect.okOrBad("memo.md:2")));
        cases.add(Cases.pdf(FAMILY, "empty", source("---\n---\n\nText.\n"), Expect.ok()));
        cases.add(Cases.pdf(FAMILY, "null document", source("---\n~\n---\n\nText.\n"), Expect.okOrBad("memo.md:2")));
        cases.addAll(Cases.pdfAndEpub(FAMILY, "title given twice", source(frontMatter("title: One\ntitle: Two")),
                Expect.bad("memo.md:3")));
        cases.add(Cases.epub(FAMILY, "participant key given twice",
                source(frontMatter("participants:\n  - name: A\n    name: B")), Expect.bad("memo.md:4")));
        cases.addAll(Cases.pdfAndEpub(FAMILY, "participants: Alice", source(frontMatter("participants: Alice")),
                Expect.bad("memo.md:2")));
        cases.add(Cases.pdf(FAMILY, "participant name a list",
                source(frontMatter("participants:\n  - name: [a, b]")), Expect.bad("memo.md:3")));
        cases.add(Cases.epub(FAMILY, "participants a mapping", source(frontMatter("participants: {name: A}")),
                Expect.bad("memo.md:2")));
        cases.add(Cases.pdf(FAMILY, "keywords a mapping", source(frontMatter("keywords: {a: b}")), Expect.bad("memo.md:2")));
        cases.add(Cases.epub(FAMILY, "title a mapping", source(frontMatter("title: {nested: map}")),
                Expect.bad("memo.md:2")));
        cases.add(Cases.epub(FAMILY, "lang not a language tag", source(frontMatter("lang: \"no tag!\"")),
                Expect.bad("memo.md:2")));
        cases.add(Cases.pdf(FAMILY, "lang path-like", source(frontMatter("lang: ../../etc/passwd")), Expect.bad("memo.md:2")));
        String laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
                + "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\ntitle: T";
        cases.addAll(Cases.pdfAndEpub(FAMILY, "billion laughs aliases", source(frontMatter(laughs)),
                Expect.bad("memo.md:")));
        cases.add(Cases.print(FAMILY, "billion laughs aliases", source(frontMatter(laughs)), Expect.bad("memo.md:")));
        cases.add(Cases.epub(FAMILY, "alias as the title", source(frontMatter("x: &x [a, b]\ntitle: *x")),
                Expect.bad("memo.md:2")));
        cases.add(Cases.pdf(FAMILY, "undefined alias", source(frontMatter("title: *nowhere")), Expect.bad("memo.md:2")));
        // The YAML is only composed, never constructed: a tag cannot create an object, the value stays text.
        cases.add(Cases.pdf(FAMILY, "Java type tag", source(frontMatter("title: !!java.lang.Runtime x")),
                Expect.okOrBad("memo.md:2")));
        cases.add(Cases.epub(FAMILY, "binary tag", source(frontMatter("title: !!binary AAAA")),
                Expect.okOrBad("memo.md:2")));
        cases.add(Cases.pdf(FAMILY, "merge key", source(frontMatter("base: &b {title: T}\n<<: *b")),
                Expect.okOrBad("memo.md:2")));
        cases.addAll(Cases.pdfAndEpub(FAMILY, "unclosed", source("---\ntitle: Open\n\n# Heading\n\nText.\n"),
                Expect.bad("memo.md:1")));
        // A lone "---" is a thematic break in CommonMark, not an unclosed front matter.
        cases.add(Cases.pdf(FAMILY, "unclosed at end of file", source("---\n"), Expect.ok()));
        cases.add(Cases.epub(FAMILY, "YAML syntax error", source(frontMatter("title: [unclosed\nkind: memo")),
                Expect.bad("memo.md:")));
        cases.add(Cases.pdf(FAMILY, "tab indentation", source(frontMatter("participants:\n\t- name: A")),
                Expect.bad("memo.md:3")));
        cases.add(Cases.epub(FAMILY, "10000 keywords", source(frontMatter("keywords: [" + "k, ".repeat(10_000) + "k]")),
                Expect.ok()));
        cases.add(Cases.pdf(FAMILY, "300 participants", source(frontMatter("participants:\n"
                + "  - {name: Person, bio: A bio.}\n".repeat(300))), Expect.ok()));
        return cases;
    }
}

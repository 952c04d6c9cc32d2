package org.briefing.hostile;

import static org.briefing.hostile.Fixtures.bodyLine;
import static org.briefing.hostile.Fixtures.frontMatter;
import static org.briefing.hostile.Fixtures.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Control characters (C0 U+0001–U+001F, DEL and C1 U+007F–U+009F) in the body, the title and the other
 * front matter. XML cannot hold most of them, a PDF font has no glyph for them and a terminal acts on
 * them; the issue allows dropping them (exit 0) or refusing the source with its file:line (exit 2).
 */
final class ControlCharacterCases {
    private static final String FAMILY = "control";
    /** The ones that do the most harm: NUL-like, bell, backspace, tabs/feeds, escape, DEL, NEL, CSI. */
    private static final int[] NOTABLE = {0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F};

    private ControlCharacterCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (int c = 0x01; c <= 0x9F; c = c == 0x1F ? 0x7F : c + 1) {
            if (c == '\n') {
                continue;  // the line break itself
            }
            // Every one in the body of a PDF: the renderer must not ask a font for a glyph that is not there.
            cases.add(Cases.pdf(FAMILY, "body " + name(c), source(bodyLine("Before" + (char) c + "after.")),
                    Expect.okOrBad("memo.md:3")));
        }
        for (int c : NOTABLE) {
            cases.add(Cases.epub(FAMILY, "body " + name(c), source(bodyLine("Before" + (char) c + "after.")),
                    Expect.okOrBad("memo.md:3")));
            cases.add(Cases.print(FAMILY, "body " + name(c), source(bodyLine("Before" + (char) c + "after.")),
                    Expect.okOrBad("memo.md:3")));
            // YAML's escape (\xNN) puts the character into the value past the YAML parser's own check.
            String escaped = frontMatter("title: \"Memo\\x" + String.format("%02x", c) + "title\"");
            cases.addAll(Cases.pdfAndEpub(FAMILY, "title escaped " + name(c), source(escaped),
                    Expect.okOrBad("memo.md:2")));
        }
        for (int c : new int[] {0x07, 0x1B, 0x7F, 0x9B}) {
            // Raw in a YAML scalar: YAML forbids it, so the error must name the line, not the parser's offset.
            cases.addAll(Cases.pdfAndEpub(FAMILY, "title raw " + name(c),
                    source(frontMatter("title: Memo" + (char) c + "title")), Expect.okOrBad("memo.md:2")));
        }
        cases.add(Cases.print(FAMILY, "title escaped ESC[2J", source(frontMatter("title: \"\\e[2JCleared\"")),
                Expect.okOrBad("memo.md:2")));
        for (String key : List.of("subtitle", "organization", "kind", "distribution", "short-title", "summary")) {
            String yaml = key + ": \"A\\x1bB\\x85C\\x07D\"";
            cases.addAll(Cases.pdfAndEpub(FAMILY, key + " escaped ESC NEL BEL", source(frontMatter(yaml)),
                    Expect.okOrBad("memo.md:2")));
        }
        String participant = "participants:\n  - name: \"Li\\x08 Bin\"\n    bio: \"Bio\\x0c text\"";
        cases.addAll(Cases.pdfAndEpub(FAMILY, "participant name and bio escaped BS FF", source(frontMatter(participant)),
                Expect.okOrBad("memo.md:3")));
        cases.add(Cases.epub(FAMILY, "keywords escaped NUL", source(frontMatter("keywords: [\"a\\0b\", c]")),
                Expect.okOrBad("memo.md:2")));
        cases.add(Cases.pdf(FAMILY, "heading ESC", source("# Head\u001bing\n\nText.\n"), Expect.okOrBad("memo.md:1")));
        cases.add(Cases.epub(FAMILY, "table cell BEL", source("# T\n\n| a | b |\n|---|---|\n| x\u0007 | y |\n"),
                Expect.okOrBad("memo.md:5")));
        cases.add(Cases.epub(FAMILY, "link text and address DEL",
                source(bodyLine("[li\u007Fnk](https://example.org/a\u007Fb)")), Expect.okOrBad("memo.md:3")));
        cases.add(Cases.epub(FAMILY, "code block VT", source("# C\n\n```\ncode\u000Bhere\n```\n"),
                Expect.okOrBad("memo.md:4")));
        return cases;
    }

    private static String name(int c) {
        return String.format("U+%04X", c);
    }
}

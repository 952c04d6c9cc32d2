package org.briefing.hyphen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one-pass reader of TeX pattern files: comments, whitespace of every kind, both groups. */
class HyphenationPatternsTest {
    @Test
    void readsPatternsAndExceptionsAroundComments() {
        HyphenationPatterns parsed = HyphenationPatterns.parse("""
                % a comment with \\patterns{fake1} inside
                \\patterns{ % trailing comment
                .ach4\t1ba
                \u000Bn2at%comment glued to a pattern
                \r\f.x5y}
                \\hyphenation{ta-ble as-so-ciate % and a comment
                }
                """);
        assertArrayEquals(new byte[] {0, 0, 0, 0, 4}, parsed.pattern(".ach"));
        assertArrayEquals(new byte[] {1, 0, 0}, parsed.pattern("ba"));
        assertArrayEquals(new byte[] {0, 2, 0, 0}, parsed.pattern("nat"));
        assertArrayEquals(new byte[] {0, 0, 5, 0}, parsed.pattern(".xy"));
        assertNull(parsed.pattern("fake"));
        assertNull(parsed.pattern("comment"));
        assertEquals(4, parsed.longestPattern());
        assertArrayEquals(new int[] {2}, parsed.exception("table"));
        assertArrayEquals(new int[] {2, 4}, parsed.exception("associate"));
        assertNull(parsed.exception("and"));
    }

    @Test
    void theBundledFilesLoad() {
        HyphenationPatterns us = HyphenationPatterns.load("hyph-en-us.tex");
        assertArrayEquals(new byte[] {0, 0, 0, 0, 4}, us.pattern(".ach"));
        assertEquals(9, us.longestPattern()); // the longest pattern has nine letters
    }
}

package org.briefing.read.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefing.model.Heading;
import org.briefing.model.PlainText;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;

/** {@code number-sections}: numbers as pandoc 3 gives them (its test command/5071.md), with {@code {-}}. */
class SectionNumbersTest {
    private static final String NUMBERED = "---\nnumber-sections: true\n---\n\n";

    /** Each top-level heading as "number text", the number left out when there is none. */
    private static List<String> numbered(String markdown) {
        return new MarkdownReader().parse(markdown, "t.md").blocks().stream()
                .filter(Heading.class::isInstance).map(Heading.class::cast)
                .map(h -> (h.number() + " " + PlainText.of(h.content())).strip()).toList();
    }

    @Test
    void levelsCountDownAndASkippedLevelShowsAsZero() {
        assertEquals(List.of("1 A", "1.1 B", "1.1.1 C", "1.2 D", "2 E", "2.1 F"),
                numbered(NUMBERED + "# A\n## B\n### C\n## D\n# E\n## F\n"));
        assertEquals(List.of("1 First", "1.1 Subhead", "1.1.0.1 Gap", "2 Second"),
                numbered(NUMBERED + "## First\n### Subhead\n##### Gap\n## Second\n"),
                "the highest level used is numbered 1 whatever it is");
        assertEquals(List.of("0.1 First", "0.1.1 Subhead", "1 Higher", "1.1 Sub"),
                numbered(NUMBERED + "## First\n### Subhead\n# Higher\n## Sub\n"));
    }

    @Test
    void anUnnumberedHeadingAndItsSubheadingsNeitherTakeNorAdvanceTheCount() {
        assertEquals(List.of("Preface", "1 One", "1.1 Sub", "Aside", "Under aside", "1.2 Next", "2 Two", "Annex",
                        "Annex part", "3 Three"),
                numbered(NUMBERED + "# Preface {-}\n# One\n## Sub\n## Aside {.unnumbered}\n### Under aside\n"
                        + "## Next\n# Two\n# Annex {-}\n## Annex part\n# Three\n"));
    }

    @Test
    void withoutTheKeyNothingIsNumbered() {
        assertEquals(List.of("A", "B"), numbered("# A\n## B\n"));
        assertEquals(List.of("A", "B"), numbered("---\nnumber-sections: false\n---\n\n# A\n## B\n"));
    }

    @Test
    void headingsInQuotesAndNotesAreNotSections() {
        var document = new MarkdownReader().parse(NUMBERED + "# A[^1]\n\n> # Quoted\n\n[^1]: Note.\n\n"
                + "    # not a heading\n", "t.md");
        var quote = (org.briefing.model.BlockQuote) document.blocks().get(1);
        assertEquals("", ((Heading) quote.blocks().get(0)).number());
        assertEquals("1", ((Heading) document.blocks().get(0)).number());
    }
}

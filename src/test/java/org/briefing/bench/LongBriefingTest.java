package org.briefing.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefing.model.Document;
import org.briefing.model.Heading;
import org.briefing.model.PlainText;
import org.briefing.read.MarkdownReader;
import org.junit.jupiter.api.Test;

/** The long benchmark document: N copies of the seed body, same metadata, no two headings alike. */
class LongBriefingTest {
    private static String seed() throws Exception {
        return Files.readString(Path.of("source/north-korea-us-china-cooperation.md"), StandardCharsets.UTF_8);
    }

    @Test
    void repeatsTheBodyWithDistinctHeadings() throws Exception {
        Document one = new MarkdownReader().parse(seed(), "seed.md");
        Document ten = new MarkdownReader().parse(LongBriefing.of(seed(), 10), "long.md");
        assertEquals(one.metadata(), ten.metadata());
        List<String> headings = ten.blocks().stream().filter(b -> b instanceof Heading)
                .map(b -> PlainText.of(((Heading) b).content())).toList();
        long seedHeadings = one.blocks().stream().filter(b -> b instanceof Heading).count();
        assertEquals(10 * (seedHeadings + 1), headings.size());
        Set<String> distinct = new HashSet<>(headings);
        assertEquals(headings.size(), distinct.size(), "headings: " + headings);
        assertEquals(10 * one.blocks().size() + 10, ten.blocks().size());
    }

    @Test
    void oneCopyIsTheSeedItself() throws Exception {
        assertEquals(seed(), LongBriefing.of(seed(), 1));
        assertThrows(IllegalArgumentException.class, () -> LongBriefing.of(seed(), 0));
    }
}

package org.briefing.read.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void yamlAndBodyKeepFileLineNumbers() {
        FrontMatter split = FrontMatter.split("---\r\ntitle: T\r\n---\r\n# H\r\ntext\rmore\n", "a.md");
        assertEquals("title: T\n", split.yaml());
        assertEquals("\n\n\n# H\ntext\nmore\n", split.body());
    }

    @Test
    void aLeadingRuleWithoutAKeyIsMarkdown() {
        String text = "---\n# not a key\n\nText\n---\n";
        FrontMatter split = FrontMatter.split(text, "a.md");
        assertNull(split.yaml());
        assertEquals(text, split.body());
    }

    @Test
    void anUnclosedFrontMatterNamesTheFile() {
        InputException e = assertThrows(InputException.class, () -> FrontMatter.split("---\ntitle: T\n", "a.md"));
        assertEquals(true, e.getMessage().contains("a.md"), e.getMessage());
    }

    /** The split scans only to the closing fence; it must agree with splitting the whole source into lines. */
    @Test
    void agreesWithSplittingEveryLine() {
        List<String> lines = List.of("---", "...", "--- ", "title: T", "# note", "", " ", "text", "key:", "k: v", "*x*");
        List<String> ends = List.of("\n", "\r\n", "\r");
        Random random = new Random(8);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "" : "---" + ends.get(random.nextInt(3)));
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                text.append(lines.get(random.nextInt(lines.size())));
                if (i < count - 1 || random.nextBoolean()) {
                    text.append(ends.get(random.nextInt(3)));
                }
            }
            String source = text.toString();
            Object expected;
            try {
                expected = byEveryLine(source);
            } catch (InputException e) {
                expected = "error";
            }
            Object actual;
            try {
                actual = FrontMatter.split(source, "r.md");
            } catch (InputException e) {
                actual = "error";
            }
            assertEquals(expected, actual, source.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    /** The straightforward split the scanner replaced: every line first, then look for the fences. */
    private static FrontMatter byEveryLine(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length < 2 || !lines[0].stripTrailing().equals("---")) {
            return new FrontMatter(null, text);
        }
        int first = 1;
        while (first < lines.length && lines[first].strip().startsWith("#")) {
            first++;
        }
        if (first == lines.length || !lines[first].strip().matches("[\\p{L}_][\\p{L}\\p{N}_-]*\\s*:(\\s.*|$)")) {
            return new FrontMatter(null, text);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int j = 1; j < i; j++) {
                    yaml.append(lines[j]).append('\n');
                }
                return new FrontMatter(yaml.toString(), "\n".repeat(i + 1) + String.join("\n",
                        java.util.Arrays.asList(lines).subList(i + 1, lines.length)));
            }
        }
        throw InputException.at("r.md", 1, 1, "never closed");
    }
}

package org.briefing.read;

import org.briefing.Golden;
import org.briefing.corpus.SpecExample;
import org.junit.jupiter.api.Test;

/**
 * The model of every CommonMark 0.31.2 and GFM example, dumped in one reviewed golden file: any change to
 * how the reader calls Flexmark, or a guard rail firing on ordinary Markdown, shows up in the diff.
 */
class CorpusModelGoldenTest {
    @Test
    void everyExampleReadsAsReviewed() {
        MarkdownReader reader = new MarkdownReader();
        StringBuilder all = new StringBuilder();
        for (SpecExample example : SpecExample.all()) {
            all.append("=== ").append(example).append('\n');
            String dump = DocumentDump.of(reader.parse(example.markdown(), "example-" + example.number() + ".md"));
            // The metadata line is the same fallback title for every example: only the body is compared.
            all.append(dump, dump.indexOf('\n') + 1, dump.length());
        }
        Golden.assertMatches("read/corpus-examples.dump", all.toString());
    }
}

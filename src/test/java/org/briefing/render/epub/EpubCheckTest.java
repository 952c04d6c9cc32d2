package org.briefing.render.epub;

import org.briefing.validate.EpubChecker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.adobe.epubcheck.messages.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The books pass EPUBCheck 5.2.1 as EPUB 3.3 with no fatal error, error, warning or info. */
class EpubCheckTest {
    @TempDir
    Path temp;

    @Test
    void seedBookIsCleanEpub33() throws Exception {
        assertClean(EpubFixtures.render(EpubFixtures.SEED));
    }

    @Test
    void everyBlockBookIsCleanEpub33() throws Exception {
        assertClean(EpubFixtures.render(EpubFixtures.EVERY_BLOCK));
    }

    @Test
    void bookWithATitleAndNothingElseIsCleanEpub33() throws Exception {
        org.briefing.model.Document bare = new org.briefing.model.Document("bare.md",
                org.briefing.model.Metadata.titled("Only a title"), List.of(), List.of());
        assertClean(EpubFixtures.render(bare, org.briefing.render.Resources.NONE, new java.util.ArrayList<>()));
    }

    @Test
    void headingsThatClashWithOurOwnIdsAndNestedHeadingsAreCleanEpub33() throws Exception {
        String markdown = "## lead\n\ntext[^1]\n\n# Front participants\n\n> ## Quoted heading\n\n"
                + "# Front participants\n\n[^1]: note\n";
        assertClean(EpubFixtures.render(new MarkdownDocument(markdown).document(),
                org.briefing.render.Resources.NONE, new java.util.ArrayList<>()));
    }

    private void assertClean(byte[] epub) throws Exception {
        EpubChecker.Result result = EpubChecker.check(epub, temp);
        System.out.println("EPUBCheck: " + result.counts());
        assertEquals("3.3", result.version(), "EPUBCheck's view of the version");
        for (Severity severity : new Severity[] {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            assertEquals(0, result.count(severity), severity + " messages:\n" + result);
        }
        // The one usage note left is CSS-028, "Use of Font-face declaration": EPUBCheck notes every embedded
        // font, and embedding the theme's fonts is the point.
        List<String> otherUsages = result.messages().stream()
                .filter(m -> m.startsWith("USAGE") && !m.startsWith("USAGE CSS-028 ")).toList();
        assertEquals(List.of(), otherUsages);
    }
}

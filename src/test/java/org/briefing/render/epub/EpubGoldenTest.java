package org.briefing.render.epub;

import java.util.Map;
import org.briefing.Golden;
import org.junit.jupiter.api.Test;

/**
 * The every-block book's package, navigation, content documents and stylesheet, compared with reviewed
 * golden files ({@code mvn test -Dbriefing.updateGolden=true} rewrites them).
 */
class EpubGoldenTest {
    @Test
    void everyBlockBookMatchesGoldenFiles() throws Exception {
        Map<String, byte[]> book = EpubFixtures.entries(EpubFixtures.render(EpubFixtures.EVERY_BLOCK));
        for (String name : book.keySet()) {
            if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx") || name.endsWith(".css")) {
                Golden.assertMatches("epub/every-block/" + name.substring(name.lastIndexOf('/') + 1),
                        EpubFixtures.text(book, name));
            }
        }
    }
}

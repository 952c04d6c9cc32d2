package org.briefing.render.epub;

import org.briefing.validate.EpubChecker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.adobe.epubcheck.messages.Severity;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.IntFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.corpus.PathologicalInputs;
import org.briefing.render.Resources;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile shapes of input (cmark's pathological tests) still give a valid book. */
class PathologicalEpubIT {
    @TempDir
    Path temp;

    static Iterable<String> shapes() {
        return PathologicalInputs.all().keySet();
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void hostileInputGivesAValidBook(String shape) throws Exception {
        IntFunction<String> generator = PathologicalInputs.all().get(shape);
        String markdown = generator.apply(300);
        byte[] epub = EpubFixtures.render(new MarkdownDocument(markdown).document(), Resources.NONE, new ArrayList<>());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Map.Entry<String, byte[]> entry : EpubFixtures.entries(epub).entrySet()) {
            if (entry.getKey().endsWith(".xhtml")) {
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(entry.getValue()));
            }
        }
        EpubChecker.Result result = EpubChecker.check(epub, temp);
        for (Severity severity : new Severity[] {Severity.FATAL, Severity.ERROR, Severity.WARNING}) {
            assertEquals(0, result.count(severity), shape + ": " + result);
        }
    }
}

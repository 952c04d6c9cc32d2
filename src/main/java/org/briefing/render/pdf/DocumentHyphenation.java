package org.briefing.render.pdf;

import java.util.Optional;
import org.briefing.hyphen.Hyphenator;
import org.briefing.model.Warnings;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.style.Typography;

/** Picks a document's hyphenation from its language and the theme's typography settings. */
final class DocumentHyphenation {
    private DocumentHyphenation() {
    }

    /**
     * Liang hyphenation for {@code lang} with the theme's exceptions, or none when the theme turns it off
     * or no patterns are bundled for the language (then with a warning naming the source).
     */
    static Hyphenation of(Typography typography, String lang, String sourceName, Warnings warnings) {
        if (!typography.hyphenate()) {
            return Hyphenation.NONE;
        }
        String tag = lang == null || lang.isBlank() ? "en" : lang.strip();
        Optional<Hyphenator> found = Hyphenator.forLanguage(tag);
        if (found.isEmpty()) {
            if (breaksBetweenCharacters(tag)) {
                return Hyphenation.NONE; // Chinese, Japanese and Korean lines break between characters instead
            }
            warnings.warn(sourceName + ": no hyphenation patterns for language '" + tag
                    + "'; the PDF is set without hyphenation");
            return Hyphenation.NONE;
        }
        Hyphenator hyphenator = found.get().withExceptions(typography.hyphenationExceptions());
        return hyphenator::points;
    }

    private static boolean breaksBetweenCharacters(String tag) {
        String primary = tag.toLowerCase(java.util.Locale.ROOT).split("[-_]", 2)[0];
        return primary.equals("zh") || primary.equals("ja") || primary.equals("ko");
    }
}

package org.briefing.read.build;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Gives each heading a document-unique anchor id derived from its text, clear of the ids authors wrote. */
final class HeadingIds {
    private final Set<String> used = new HashSet<>();
    private final Predicate<String> authored;

    HeadingIds(Predicate<String> authored) {
        this.authored = authored;
    }

    String next(String text) {
        String base = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "section" + (base.isEmpty() ? "" : "-" + base);
        }
        String id = base;
        for (int n = 2; authored.test(id) || !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}

package org.briefing.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Inputs shaped like cmark's pathological tests, each generated at a chosen size so that time can be
 * compared between sizes (see {@code PathologicalBenchmark}).
 */
public final class PathologicalInputs {
    private PathologicalInputs() {
    }

    /** Generators by name; the argument is the repetition count. */
    public static Map<String, IntFunction<String>> all() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("nested brackets", n -> "[".repeat(n) + "a" + "]".repeat(n));
        shapes.put("nested block quotes", n -> ">".repeat(n) + " a\n");
        shapes.put("unclosed emphasis openers", n -> "*a _b ".repeat(n));
        shapes.put("unclosed links", n -> "[a](b ".repeat(n));
        shapes.put("mismatched link openers", n -> "[a".repeat(n) + "]".repeat(n / 2));
        shapes.put("deep lists", n -> "- ".repeat(n) + "item\n");
        shapes.put("many list items", n -> "- item\n  1. sub\n".repeat(n));
        shapes.put("many backtick runs", n -> "e`".repeat(n) + "\n\n" + "`a``".repeat(n));
        shapes.put("huge table", n -> {
            StringBuilder s = new StringBuilder("| a | b | c |\n|---|:-:|--:|\n");
            for (int i = 0; i < n; i++) {
                s.append("| cell ").append(i).append(" | x | ").append(i * 7).append(" |\n");
            }
            return s.toString();
        });
        shapes.put("long word", n -> "word".repeat(n / 4 + 1) + "\n");
        shapes.put("many footnotes", n -> {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append("Claim ").append(i).append(".[^").append(i).append("] ");
            }
            s.append("\n\n");
            for (int i = 0; i < n; i++) {
                s.append("[^").append(i).append("]: Source ").append(i).append(".\n");
            }
            return s.toString();
        });
        shapes.put("emoji rtl combining", n -> ("👩‍👩‍👧‍👦 🇺🇳 مرحبا بالعالم שלום e\u0301\u0302\u0303 Z\u0336\u0337 ").repeat(n) + "\n");
        shapes.put("nested emphasis", n -> "*a **b ".repeat(n) + "c" + "** d*".repeat(n));
        // Backslash escapes and character references, tens of thousands in one paragraph.
        shapes.put("many escapes", n -> "\\*a \\*\\*b ".repeat(n) + "\n");
        shapes.put("many entity references", n -> "&amp;a &#42;&#x2A;b &copy; ".repeat(n) + "\n");
        // cmark's "backticks": runs of 1, 2, 3, ... backticks, each after an e, none closed; the runs grow
        // until the paragraph holds 64 n characters (n = 30 000 is about 2 MB).
        shapes.put("distinct backtick runs", n -> {
            StringBuilder s = new StringBuilder();
            for (int run = 1; s.length() < 64L * n; run++) {
                s.append('e').append("`".repeat(run));
            }
            return s.append('\n').toString();
        });
        // Thousands of top-level headings: a long flat outline, one EPUB chapter each (issue 15).
        shapes.put("many headings", n -> manyHeadings(n, 1));
        return shapes;
    }

    /** n headings of levels 1 to {@code levels} in turn, each with a short paragraph. */
    public static String manyHeadings(int n, int levels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("#".repeat(1 + i % levels)).append(" H").append(i).append("\n\nText ").append(i).append(".\n\n");
        }
        return s.toString();
    }
}

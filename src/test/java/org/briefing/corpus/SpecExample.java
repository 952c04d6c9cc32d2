package org.briefing.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One example of the CommonMark spec (or of our GFM examples): its Markdown and expected HTML.
 *
 * @param number 1-based, across the file
 */
public record SpecExample(String file, int number, String section, String markdown, String html) {
    private static final String FENCE = "````````````````````````````````";

    /** The CommonMark 0.31.2 examples followed by our GFM extension examples. */
    public static List<SpecExample> all() {
        List<SpecExample> all = new ArrayList<>(load("spec-0.31.2.txt"));
        all.addAll(load("gfm-examples.txt"));
        return all;
    }

    static List<SpecExample> load(String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("src/test/resources/commonmark", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SpecExample> examples = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            } else if (line.startsWith(FENCE + " example")) {
                StringBuilder markdown = new StringBuilder();
                StringBuilder html = new StringBuilder();
                StringBuilder target = markdown;
                for (i++; i < lines.size() && !lines.get(i).startsWith(FENCE); i++) {
                    if (lines.get(i).equals(".") && target == markdown) {
                        target = html;
                    } else {
                        target.append(lines.get(i).replace('→', '\t')).append('\n');
                    }
                }
                examples.add(new SpecExample(name, examples.size() + 1, section, markdown.toString(), html.toString()));
            }
        }
        return examples;
    }

    @Override
    public String toString() {
        return file + " #" + number + " (" + section + ")";
    }
}

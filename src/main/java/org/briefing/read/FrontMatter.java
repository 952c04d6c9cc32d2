package org.briefing.read;

import org.briefing.model.InputException;

/**
 * A source split into its YAML front matter and its Markdown body. The body keeps the front matter's
 * lines as blank lines so that Markdown line numbers are file line numbers.
 *
 * @param yaml the YAML text between the fences, or null when the source has no front matter
 */
record FrontMatter(String yaml, String body) {
    /** Lines before the YAML text in the file (the opening fence). */
    static final int YAML_LINE_OFFSET = 1;
    private static final java.util.regex.Pattern KEY_LINE =
            java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_-]*\\s*:(\\s|$)");

    /**
     * Front matter starts with a {@code key:} line (after comments). Without one, a leading {@code ---}
     * is Markdown's thematic break or setext underline, as CommonMark says.
     */
    private static boolean startsWithKey(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                continue;
            }
            return KEY_LINE.matcher(line).lookingAt();
        }
        return false;
    }

    static FrontMatter split(String text, String fileName) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length < 2 || !lines[0].stripTrailing().equals("---") || !startsWithKey(lines)) {
            return new FrontMatter(null, text);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int j = 1; j < i; j++) {
                    yaml.append(lines[j]).append('\n');
                }
                StringBuilder body = new StringBuilder();
                body.append("\n".repeat(i + 1));
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]);
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return new FrontMatter(yaml.toString(), body.toString());
            }
        }
        throw InputException.at(fileName, 1, 1, "front matter opened with '---' is never closed (expected a line '---')");
    }
}

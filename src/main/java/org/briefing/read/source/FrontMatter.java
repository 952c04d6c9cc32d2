package org.briefing.read.source;

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
    private static boolean startsWithKey(String text, int from) {
        for (int at = from; at < text.length(); at = next(text, end(text, at))) {
            String line = text.substring(at, end(text, at)).strip();
            if (!line.startsWith("#")) {
                return KEY_LINE.matcher(line).lookingAt();
            }
        }
        return false;
    }

    /**
     * Scans line by line only as far as the closing fence: the body after it is copied whole, with its line
     * ends made {@code \n} (splitting a long source into lines was several percent of reading it).
     */
    static FrontMatter split(String text, String fileName) {
        int firstEnd = end(text, 0);
        if (firstEnd == text.length() || !text.substring(0, firstEnd).stripTrailing().equals("---")
                || !startsWithKey(text, next(text, firstEnd))) {
            return new FrontMatter(null, text);
        }
        StringBuilder yaml = new StringBuilder();
        int fenceLine = 1;
        for (int at = next(text, firstEnd); at <= text.length(); fenceLine++) {
            int end = end(text, at);
            String line = text.substring(at, end);
            String trimmed = line.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String body = "\n".repeat(fenceLine + 1) + newlines(text, next(text, end));
                return new FrontMatter(yaml.toString(), body);
            }
            yaml.append(line).append('\n');
            if (end == text.length()) {
                break;
            }
            at = next(text, end);
        }
        throw InputException.at(fileName, 1, 1, "front matter opened with '---' is never closed (expected a line '---')");
    }

    /**
     * Refuses a source that opens with what can only be meant as front matter but is not a mapping: a
     * {@code ---} line, then lines with no blank one among them, then a closing fence, where the lines are a
     * YAML list ({@code - a}, {@code [a, b]}), a quoted string, or are closed by YAML's own {@code ...}.
     * Markdown would read it as rules around a list and print the author's metadata as text. A bare line
     * between two {@code ---} stays what CommonMark says it is, a heading after a rule.
     * Called when {@link #split} found no front matter.
     */
    static void refuseNonMapping(String text, String fileName) {
        int firstEnd = end(text, 0);
        if (firstEnd == text.length() || !text.substring(0, firstEnd).stripTrailing().equals("---")) {
            return;
        }
        int firstContent = 0;
        String content = null;
        int lineNumber = 2;
        for (int at = next(text, firstEnd); at <= text.length(); lineNumber++) {
            int end = end(text, at);
            String line = text.substring(at, end).stripTrailing();
            if (line.isBlank()) {
                return;
            }
            if (line.equals("---") || line.equals("...")) {
                if (content != null && (line.equals("...") || isYamlOnly(content))) {
                    throw InputException.at(fileName, firstContent, 1, "the front matter must be a mapping of "
                            + "keys to values (e.g. 'title: Quarterly review' on its own line), found "
                            + (content.startsWith("-") || content.startsWith("[") ? "a list"
                            : "the text '" + content + "'")
                            + "; to start with a rule instead, leave a blank line after the first '---'");
                }
                return;
            }
            if (content == null && !line.strip().startsWith("#")) {
                content = line.strip();
                firstContent = lineNumber;
            }
            at = next(text, end);
        }
    }

    /** A first line that only YAML would write: a list item, a flow list or mapping, a quoted string. */
    private static boolean isYamlOnly(String line) {
        return line.equals("-") || line.startsWith("- ") || line.startsWith("[") || line.startsWith("{")
                || line.startsWith("\"") || line.startsWith("'");
    }

    /** Where the line starting at {@code at} ends: its CR or LF, or the end of the text. */
    private static int end(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    /** Where the next line starts after a line ending at {@code end} (CR LF counts as one line end). */
    private static int next(String text, int end) {
        if (end >= text.length()) {
            return text.length() + 1;
        }
        return text.startsWith("\r\n", end) ? end + 2 : end + 1;
    }

    /** The text from {@code from} with every CR LF and lone CR made LF. */
    private static String newlines(String text, int from) {
        if (from > text.length()) {
            return "";
        }
        String rest = text.substring(from);
        return rest.indexOf('\r') < 0 ? rest : rest.replace("\r\n", "\n").replace('\r', '\n');
    }
}

package org.briefing.read.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pandoc attribute list, {@code {#id .class key=value key="quoted value"}}, read from the source text.
 * Values keep their offsets so that an error about one names its line and column. Our own small parser rather
 * than flexmark-ext-attributes: that extension keeps a malformed list as silent text, cannot say where a list
 * went wrong, and would have to be taught to work with our linear inline parser.
 *
 * @param start  the offset of the opening brace
 * @param end    the offset just past the closing brace
 * @param id     the {@code #id}, or empty
 * @param values  the {@code key=value} pairs by key (a later pair wins)
 * @param classes the {@code .class} names; pandoc's {@code -} is written as {@code unnumbered}, as it means
 */
record AttributeList(int start, int end, String id, Map<String, Value> values, Set<String> classes) {
    /** Pandoc's class for a heading left out of the numbering. */
    static final String UNNUMBERED = "unnumbered";

    /** A value as written, unquoted and unescaped, with the offset of its first character. */
    record Value(String text, int offset) {
    }

    /** The value of {@code key}, or null. */
    Value get(String key) {
        return values.get(key);
    }

    /**
     * Parses the list whose opening brace is at {@code open} in {@code text}, reading no further than
     * {@code limit}; a list that is not closed by then, or that holds anything but attributes, is an error.
     */
    static AttributeList parse(CharSequence text, int open, int limit, SourceErrors errors) {
        String id = "";
        Map<String, Value> values = new HashMap<>();
        Set<String> classes = new TreeSet<>();
        int i = open + 1;
        while (true) {
            i = skipSpace(text, i, limit);
            if (i >= limit) {
                throw errors.at(open, "attribute list not closed: a '}' is missing");
            }
            char c = text.charAt(i);
            if (c == '}') {
                return new AttributeList(open, i + 1, id, Map.copyOf(values), Set.copyOf(classes));
            }
            int nameEnd = nameEnd(text, i + 1, limit);
            if (isBareDash(text, i, limit)) {
                classes.add(UNNUMBERED);
                i++;
            } else if (c == '#' || c == '.') {
                if (nameEnd == i + 1) {
                    throw errors.at(i, "'" + c + "' without a name in an attribute list");
                }
                String name = text.subSequence(i + 1, nameEnd).toString();
                if (c == '#') {
                    id = name;
                } else {
                    classes.add(name);
                }
                i = nameEnd;
            } else if (isNameStart(c) && nameEnd < limit && text.charAt(nameEnd) == '=') {
                String key = text.subSequence(i, nameEnd).toString();
                i = value(text, nameEnd + 1, limit, key, values, errors);
            } else {
                throw errors.at(i, "expected #id, .class or key=value in an attribute list, found '"
                        + Character.toString(Character.codePointAt(text, i)) + "'");
            }
            if (i < limit && !isSpace(text.charAt(i)) && text.charAt(i) != '}') {
                throw errors.at(i, "attributes are separated by spaces; found '"
                        + Character.toString(Character.codePointAt(text, i)) + "'");
            }
        }
    }

    /** Reads a value starting at {@code i} into {@code values}; returns the offset just past it. */
    private static int value(CharSequence text, int i, int limit, String key, Map<String, Value> values,
                             SourceErrors errors) {
        if (i < limit && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            char quote = text.charAt(i);
            StringBuilder value = new StringBuilder();
            for (int j = i + 1; j < limit; j++) {
                char c = text.charAt(j);
                if (c == '\\' && j + 1 < limit && (text.charAt(j + 1) == quote || text.charAt(j + 1) == '\\')) {
                    value.append(text.charAt(++j));
                } else if (c == quote) {
                    values.put(key, new Value(value.toString(), i + 1));
                    return j + 1;
                } else {
                    value.append(c);
                }
            }
            throw errors.at(i, "value of " + key + " not closed: a " + quote + " is missing");
        }
        int end = i;
        while (end < limit && !isSpace(text.charAt(end)) && text.charAt(end) != '}'
                && text.charAt(end) != '"' && text.charAt(end) != '\'') {
            end++;
        }
        if (end == i) {
            throw errors.at(i, key + "= without a value; write " + key + "=value or " + key + "=\"a value\"");
        }
        values.put(key, new Value(text.subSequence(i, end).toString(), i));
        return end;
    }

    /**
     * The offset of the last brace in {@code text[from, end)} that opens what looks like an attribute list (a
     * {@code #}, {@code .} or {@code key=} follows it), or -1: a caption may end in one, or in braces of its own.
     */
    static int lastCandidate(CharSequence text, int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            if (text.charAt(i) == '{') {
                int j = skipSpace(text, i + 1, end);
                if (j < end && (text.charAt(j) == '#' || text.charAt(j) == '.' || isKeyValue(text, j, end)
                        || isBareDash(text, j, end))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Pandoc's {@code -} for {@code .unnumbered}: a dash standing alone, as in {@code {-}} or {@code {- #id}}. */
    private static boolean isBareDash(CharSequence text, int i, int limit) {
        return text.charAt(i) == '-' && (i + 1 >= limit || isSpace(text.charAt(i + 1)) || text.charAt(i + 1) == '}');
    }

    private static boolean isKeyValue(CharSequence text, int i, int end) {
        int nameEnd = nameEnd(text, i, end);
        return nameEnd > i && isNameStart(text.charAt(i)) && nameEnd < end && text.charAt(nameEnd) == '=';
    }

    private static int skipSpace(CharSequence text, int i, int limit) {
        while (i < limit && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int nameEnd(CharSequence text, int i, int limit) {
        while (i < limit && isNameChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    /** Pandoc's identifier characters: letters, digits and {@code - _ : .}. */
    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
    }
}

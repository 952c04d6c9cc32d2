package org.briefing.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.model.InputException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** One YAML value with its source position; typed accessors fail with a located message. */
public final class YamlValue {
    private final Node node;
    private final String file;
    private final int lineOffset;
    private final String path;

    YamlValue(Node node, String file, int lineOffset, String path) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.path = path;
    }

    /** The dotted key path of this value, e.g. {@code page.margin.top}. */
    public String path() {
        return path;
    }

    /** 1-based line in the file. */
    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(0);
    }

    /** 1-based column. */
    public int column() {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    /** An input error located at this value: {@code file:line:column: key: message}. */
    public InputException error(String message) {
        String prefix = path.isEmpty() ? "" : "'" + path + "': ";
        return InputException.at(file, line(), column(), prefix + message);
    }

    public boolean isNull() {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /** A scalar as text. Numbers and booleans are accepted and given as written. */
    public String asString() {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        throw error("expected text, found " + describe());
    }

    /** A number (integer or decimal). */
    public double asNumber() {
        if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            try {
                return Double.parseDouble(s.getValue());
            } catch (NumberFormatException e) {
                throw error("expected a number, found " + quoted(s.getValue()));
            }
        }
        throw error("expected a number, found " + describe());
    }

    /** An integer. */
    public int asInt() {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Integer.parseInt(s.getValue());
            } catch (NumberFormatException e) {
                throw error("expected a whole number, found " + quoted(s.getValue()));
            }
        }
        throw error("expected a whole number, found " + describe());
    }

    /** {@code true} or {@code false}. */
    public boolean asBoolean() {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
        }
        throw error("expected true or false, found " + describe());
    }

    /** One of the given words (case-insensitive), returned in lower case. */
    public String asChoice(String... allowed) {
        String value = asString().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw error("expected one of " + String.join(", ", allowed) + ", found " + quoted(asString()));
    }

    /** A mapping. */
    public YamlMap asMap() {
        if (node instanceof MappingNode m) {
            return new YamlMap(m, file, lineOffset, path, this);
        }
        throw error("expected a mapping (key: value lines), found " + describe());
    }

    /** A sequence; a single scalar is not promoted. */
    public List<YamlValue> asList() {
        if (node instanceof SequenceNode seq) {
            List<YamlValue> items = new ArrayList<>();
            List<Node> children = seq.getValue();
            for (int i = 0; i < children.size(); i++) {
                items.add(new YamlValue(children.get(i), file, lineOffset, path + "[" + i + "]"));
            }
            return List.copyOf(items);
        }
        throw error("expected a list, found " + describe());
    }

    /** A list of texts; a single text counts as a list of one, which is what authors expect. */
    public List<String> asStringList() {
        if (node instanceof ScalarNode) {
            return List.of(asString());
        }
        return asList().stream().map(YamlValue::asString).toList();
    }

    /**
     * A value as quoted in a message: the start of a long one only, so that an error about a file that is
     * not YAML at all (a theme pointing at some other file) does not print that file.
     */
    static String quoted(String value) {
        int limit = 40;
        if (value.length() <= limit) {
            return "'" + value + "'";
        }
        int end = Character.isHighSurrogate(value.charAt(limit - 1)) ? limit - 1 : limit;
        return "'" + value.substring(0, end) + "…' (" + value.length() + " characters)";
    }

    String describe() {
        if (node instanceof MappingNode) {
            return "a mapping";
        } else if (node instanceof SequenceNode) {
            return "a list";
        } else if (node instanceof ScalarNode s) {
            if (s.getTag().equals(Tag.NULL)) {
                return "nothing";
            }
            String kind = s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT) ? "the number"
                    : s.getTag().equals(Tag.BOOL) ? "the boolean" : "the text";
            return kind + " " + quoted(s.getValue());
        }
        return "an unsupported value";
    }
}

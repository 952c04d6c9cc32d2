package org.briefing.yaml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.model.InputException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A YAML mapping with text keys, in source order, whose values know where they were written. */
public final class YamlMap {
    private final Map<String, YamlValue> entries = new LinkedHashMap<>();
    private final Map<String, YamlValue> keyNodes = new LinkedHashMap<>();
    private final YamlValue self;

    YamlMap(MappingNode node, String file, int lineOffset, String path, YamlValue self) {
        this.self = self;
        for (NodeTuple tuple : node.getValue()) {
            YamlValue keyValue = new YamlValue(tuple.getKeyNode(), file, lineOffset, path);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw keyValue.error("keys must be plain words, found " + keyValue.describe());
            }
            String key = keyNode.getValue();
            String childPath = path.isEmpty() ? key : path + "." + key;
            YamlValue located = new YamlValue(tuple.getKeyNode(), file, lineOffset, childPath);
            YamlValue first = keyNodes.get(key);
            if (first != null) {
                // SnakeYAML's own duplicate check lives in its constructor, which we do not use: without this
                // the last of two equal keys would silently win.
                throw located.error("duplicate key (first at line " + first.line() + ")");
            }
            keyNodes.put(key, located);
            entries.put(key, new YamlValue(tuple.getValueNode(), file, lineOffset, childPath));
        }
    }

    /** The keys in source order. */
    public Set<String> keys() {
        return entries.keySet();
    }

    /** Fails at the first key not in {@code allowed}, listing what is allowed. */
    public YamlMap requireOnly(Collection<String> allowed) {
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                throw keyNodes.get(key).error("unknown key; allowed here: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return this;
    }

    /** The value of a key that is present and not null. */
    public Optional<YamlValue> get(String key) {
        YamlValue value = entries.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** The value of a key as written, a null value included (for a located error about it); null when absent. */
    public YamlValue written(String key) {
        return entries.get(key);
    }

    /** The value of a key that must be present. */
    public YamlValue require(String key) {
        return get(key).orElseThrow(() -> self.error("missing required key '" + key + "'"));
    }

    /** The value of a key as text, if present. */
    public Optional<String> string(String key) {
        return get(key).map(YamlValue::asString);
    }

    /** This mapping as a value, for located errors about the mapping as a whole. */
    public YamlValue asValue() {
        return self;
    }

    /** An error located at the given key (or at the mapping when the key is absent). */
    public InputException errorAt(String key, String message) {
        YamlValue at = keyNodes.get(key);
        return (at != null ? at : self).error(message);
    }
}

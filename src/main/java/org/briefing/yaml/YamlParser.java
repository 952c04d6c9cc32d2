package org.briefing.yaml;

import java.util.Optional;
import org.briefing.model.InputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Parses YAML text into located values; syntax errors become {@link InputException}s at file:line:column. */
public final class YamlParser {
    /**
     * One immutable set of settings for every parse: building them makes a JSON schema (regexes) only
     * for setSchema to replace it, a measurable part of loading the theme in a cold run (profile).
     * The label is not per file: our messages name the file themselves and never show SnakeYAML's label.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("yaml")
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(10)
            .setCodePointLimit(1 << 22)
            .build();

    /**
     * Held while SnakeYAML composes. A run may read a theme and a source's front matter on two threads at
     * once (the CLI's start-up work); one at a time, SnakeYAML's classes are never initialised by both
     * threads together, which could deadlock on a cycle between their static initialisers.
     */
    private static final Object COMPOSING = new Object();

    private YamlParser() {
    }

    /**
     * Parses one YAML document.
     *
     * @param text       the YAML text
     * @param file       the file name for messages
     * @param lineOffset lines before the text in the file (front matter starts after the {@code ---} line)
     * @return the root value, or empty for an empty document
     */
    public static Optional<YamlValue> parse(String text, String file, int lineOffset) {
        try {
            Optional<Node> root;
            synchronized (COMPOSING) {
                root = new Compose(SETTINGS).composeString(text);
            }
            return root.map(node -> new YamlValue(node, file, lineOffset, ""));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            if (e.getContext() != null) {
                problem = e.getContext() + ", " + problem;
            }
            if (mark == null) {
                throw InputException.at(file, lineOffset + 1, 1, "invalid YAML: " + problem);
            }
            throw InputException.at(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1,
                    "invalid YAML: " + problem);
        } catch (YamlEngineException e) {
            // Limits (aliases, size) carry no position: they concern the whole document, so name where it starts.
            throw InputException.at(file, lineOffset + 1, 1, "invalid YAML: " + e.getMessage());
        }
    }
}

package org.briefing.read.build;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.Inline;
import org.briefing.model.Text;

/**
 * Pandoc's heading attributes, {@code # Method {#sec:method}} or {@code ## Annex {-}}, at the end of an ATX or
 * setext heading: read for every heading of the document before any is converted, so that the ids derived from
 * headings' text can keep clear of the ids authors wrote, wherever those come. An author's id used twice is an
 * error naming both lines.
 */
final class HeadingLabels {
    /** The attribute list a heading ends in, and the offsets its content skips (a closing {@code ##} too). */
    private record Label(AttributeList attributes, int skipFrom) {
    }

    private final Map<Heading, Label> labels = new IdentityHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    /** Reads the attributes of every heading in {@code tree}; errors and lines come from {@code inlines}. */
    HeadingLabels(Document tree, InlineConverter inlines) {
        for (Node node : tree.getDescendants()) {
            if (node instanceof Heading heading) {
                Label label = label(heading, inlines::errorAt);
                if (label != null) {
                    labels.put(heading, label);
                    claim(label.attributes(), heading, inlines);
                }
            }
        }
    }

    /** Whether an author wrote {@code id} on some heading; derived ids must not take it. */
    boolean isAuthored(String id) {
        return lines.containsKey(id);
    }

    /** The author's id for {@code heading}, or empty. */
    String id(Heading heading) {
        Label label = labels.get(heading);
        return label == null ? "" : label.attributes().id();
    }

    /** Whether {@code heading} takes part in section numbering: not {@code {-}} or {@code {.unnumbered}}. */
    boolean numbered(Heading heading) {
        Label label = labels.get(heading);
        return label == null || !label.attributes().classes().contains(AttributeList.UNNUMBERED);
    }

    /** The heading's inlines without its attribute list. */
    List<Inline> content(Heading heading, InlineConverter inlines) {
        Label label = labels.get(heading);
        return label == null ? inlines.children(heading)
                : trimEnd(inlines.childrenSkipping(heading, label.skipFrom(), label.attributes().end()));
    }

    private void claim(AttributeList attributes, Heading heading, InlineConverter inlines) {
        String id = attributes.id();
        if (id.isEmpty()) {
            return;
        }
        int line = inlines.line(heading);
        Integer first = lines.putIfAbsent(id, line);
        if (first != null) {
            throw inlines.errorAt(attributes.start(), "the id #" + id + " is used twice: on line " + first
                    + " and on line " + line + "; each heading needs its own");
        }
    }

    /** The attribute list {@code heading}'s text ends in, or null when it ends in none. */
    private static Label label(Heading heading, SourceErrors errors) {
        BasedSequence text = heading.getText();
        if (text.isEmpty()) {
            return null;
        }
        BasedSequence chars = heading.getDocument().getChars();
        int start = text.getStartOffset();
        int end = start + text.trimEnd().length();
        if (end == start || chars.charAt(end - 1) != '}') {
            return null;
        }
        int open = AttributeList.lastCandidate(chars, start, end);
        if (open < 0) {
            return null;
        }
        AttributeList attributes = AttributeList.parse(chars, open, end, errors);
        if (attributes.end() != end) {
            return null;
        }
        return new Label(attributes, heading.isAtxHeading() ? closingSequence(chars, start, open) : open);
    }

    /** Pandoc allows {@code ## Heading ## {#id}}: the closing hashes before the attributes are markup too. */
    private static int closingSequence(BasedSequence chars, int start, int open) {
        int end = open;
        while (end > start && isSpace(chars.charAt(end - 1))) {
            end--;
        }
        int hashes = end;
        while (hashes > start && chars.charAt(hashes - 1) == '#') {
            hashes--;
        }
        return hashes < end && hashes > start && isSpace(chars.charAt(hashes - 1)) ? hashes : open;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** {@code content} without white space at its end, where an attribute list or caption markup stood. */
    static List<Inline> trimEnd(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text last) {
            String rest = last.text().stripTrailing();
            if (rest.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Text(rest));
            }
        }
        return out;
    }
}

package org.briefing.model;

import java.util.List;

/** Flattens inlines to the plain text a reader sees (for alt text, bookmarks, metadata, search). */
public final class PlainText {
    private PlainText() {
    }

    /** The visible text of the inlines: breaks become spaces, markup is dropped, footnote refs vanish. */
    public static String of(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        // An explicit stack instead of recursion: inline nesting depth is unbounded in hostile input.
        java.util.ArrayDeque<Inline> stack = new java.util.ArrayDeque<>();
        for (int i = inlines.size() - 1; i >= 0; i--) {
            stack.push(inlines.get(i));
        }
        while (!stack.isEmpty()) {
            Inline inline = stack.pop();
            List<Inline> children = childrenOf(inline);
            if (children != null) {
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            } else if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Code c) {
                out.append(c.code());
            } else if (inline instanceof Image img) {
                out.append(img.alt());
            } else if (inline instanceof SoftBreak || inline instanceof HardBreak) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The child inlines of a container inline, or null for a leaf. */
    public static List<Inline> childrenOf(Inline inline) {
        if (inline instanceof Emphasis e) {
            return e.content();
        } else if (inline instanceof Strong s) {
            return s.content();
        } else if (inline instanceof Strikethrough s) {
            return s.content();
        } else if (inline instanceof Link l) {
            return l.content();
        }
        return null;
    }
}

package org.briefing.render.pdf.paint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves note elements next to their first references in the structure tree, all at once: moving them one by
 * one (remove from the notes section, find the reference among its siblings, insert after it) scanned and
 * shifted whole kid lists per note, quadratic in the number of footnotes. Here every affected kid list is
 * rebuilt once, so the work is the total length of those lists. The result is the one-by-one result.
 */
final class NoteMoves {
    /** Notes to place right after each reference, by reference (identity), in the order they were added. */
    private final Map<TagElement, List<TagElement>> notesAfter = new IdentityHashMap<>();
    /** The order moves were added in (a reference missing from its parent's kids sends its note to the end). */
    private final List<TagElement> references = new ArrayList<>();
    private long kidsVisited;

    /** Schedules {@code note} to move right after {@code reference}, under the reference's parent. */
    void add(TagElement note, TagElement reference) {
        notesAfter.computeIfAbsent(reference, r -> {
            references.add(r);
            return new ArrayList<>(1);
        }).add(0, note); // a later note for the same reference lands right after it, before the earlier one
    }

    /** Performs every scheduled move. */
    void apply() {
        Set<TagElement> moving = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<TagElement, Boolean> oldParents = new LinkedHashMap<>();
        for (List<TagElement> notes : notesAfter.values()) {
            for (TagElement note : notes) {
                moving.add(note);
                oldParents.put(note.parent, Boolean.TRUE);
            }
        }
        // Identity keys: TagElement keeps Object's equals, so a LinkedHashMap is an ordered identity set here.
        for (TagElement parent : oldParents.keySet()) {
            kidsVisited += parent.kids.size();
            parent.kids.removeIf(kid -> kid instanceof TagElement e && moving.contains(e));
        }
        Map<TagElement, List<TagElement>> byNewParent = new LinkedHashMap<>();
        for (TagElement reference : references) {
            byNewParent.computeIfAbsent(reference.parent, p -> new ArrayList<>()).add(reference);
        }
        for (Map.Entry<TagElement, List<TagElement>> entry : byNewParent.entrySet()) {
            place(entry.getKey(), entry.getValue());
        }
    }

    /** How many kids were looked at: about the size of the lists touched, not notes × list size. */
    long kidsVisited() {
        return kidsVisited;
    }

    private void place(TagElement parent, List<TagElement> referencesHere) {
        Set<TagElement> pending = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.addAll(referencesHere);
        List<Object> rebuilt = new ArrayList<>(parent.kids.size() + referencesHere.size());
        for (Object kid : parent.kids) {
            kidsVisited++;
            rebuilt.add(kid);
            if (kid instanceof TagElement reference && pending.remove(reference)) {
                attach(parent, notesAfter.get(reference), rebuilt);
            }
        }
        for (TagElement reference : referencesHere) {
            if (pending.contains(reference)) {
                attach(parent, notesAfter.get(reference), rebuilt);
            }
        }
        parent.kids.clear();
        parent.kids.addAll(rebuilt);
    }

    private static void attach(TagElement parent, List<TagElement> notes, List<Object> kids) {
        for (TagElement note : notes) {
            note.parent = parent;
            kids.add(note);
        }
    }
}

package org.briefing.render.pdf.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Notes move next to their references as moving them one by one would, in work linear in the lists. */
class NoteMovesTest {
    @Test
    void thousandsOfNotesInterleaveWithTheirReferencesInLinearWork() {
        int n = 20_000;
        TagElement root = new TagElement("Document", null);
        TagElement paragraph = root.child("P");
        TagElement section = root.child("Sect");
        NoteMoves moves = new NoteMoves();
        List<TagElement> refs = new ArrayList<>();
        List<TagElement> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            refs.add(paragraph.child("Reference"));
            notes.add(section.child("Note"));
        }
        for (int i = 0; i < n; i++) {
            moves.add(notes.get(i), refs.get(i));
        }
        moves.apply();
        assertTrue(section.kids.isEmpty());
        assertEquals(2 * n, paragraph.kids.size());
        for (int i = 0; i < n; i++) {
            assertSame(refs.get(i), paragraph.kids.get(2 * i));
            assertSame(notes.get(i), paragraph.kids.get(2 * i + 1));
            assertSame(paragraph, notes.get(i).parent);
        }
        // One pass over the notes section and one over the paragraph; one by one it was about n * n / 2.
        assertTrue(moves.kidsVisited() <= 3L * n, "visited " + moves.kidsVisited());
    }

    @Test
    void sameTreeAsMovingOneByOne() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            long seed = random.nextLong();
            Tree batch = Tree.random(seed);
            Tree single = Tree.random(seed);
            NoteMoves moves = new NoteMoves();
            for (int[] move : batch.moves) {
                moves.add(batch.elements.get(move[0]), batch.elements.get(move[1]));
            }
            moves.apply();
            for (int[] move : single.moves) {
                moveAfter(single.elements.get(move[0]), single.elements.get(move[1]));
            }
            assertEquals(single.describe(), batch.describe(), "seed " + seed);
        }
    }

    /** The one-by-one move the batch replaces, kept here as the reference behaviour. */
    private static void moveAfter(TagElement note, TagElement reference) {
        note.parent.kids.remove(note);
        TagElement newParent = reference.parent;
        int at = newParent.kids.indexOf(reference);
        newParent.kids.add(at < 0 ? newParent.kids.size() : at + 1, note);
        note.parent = newParent;
    }

    /** A random little tree of paragraphs with references, a notes section, and moves of distinct notes. */
    private record Tree(List<TagElement> elements, List<int[]> moves) {
        static Tree random(long seed) {
            Random random = new Random(seed);
            TagElement root = new TagElement("Document", null);
            List<TagElement> elements = new ArrayList<>(List.of(root));
            List<TagElement> references = new ArrayList<>();
            List<TagElement> notes = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(3); p++) {
                TagElement paragraph = root.child("P");
                elements.add(paragraph);
                for (int r = 0; r < random.nextInt(5); r++) {
                    TagElement kid = paragraph.child(random.nextBoolean() ? "Reference" : "Span");
                    elements.add(kid);
                    if (kid.type.equals("Reference")) {
                        references.add(kid);
                    }
                }
            }
            TagElement section = root.child("Sect");
            elements.add(section);
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                TagElement note = section.child("Note");
                elements.add(note);
                notes.add(note);
                if (random.nextBoolean()) {
                    // A note citing another note, as "[^a]: see [^b]" does.
                    TagElement inner = note.child("P").child("Reference");
                    elements.add(inner.parent);
                    elements.add(inner);
                    references.add(inner);
                }
            }
            List<int[]> moves = new ArrayList<>();
            java.util.Collections.shuffle(notes, random);
            java.util.Collections.shuffle(references, random);
            for (int i = 0; i < Math.min(notes.size(), references.size()); i++) {
                TagElement note = notes.get(i);
                TagElement reference = references.get(i);
                if (!inside(reference, note)) {
                    moves.add(new int[] {elements.indexOf(note), elements.indexOf(reference)});
                }
            }
            return new Tree(elements, moves);
        }

        private static boolean inside(TagElement e, TagElement ancestor) {
            for (TagElement a = e; a != null; a = a.parent) {
                if (a == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** The tree as text, elements named by their index. */
        String describe() {
            Map<TagElement, Integer> index = new IdentityHashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                index.put(elements.get(i), i);
            }
            StringBuilder s = new StringBuilder();
            for (TagElement e : elements) {
                s.append(index.get(e)).append(' ').append(e.type).append(" parent ")
                        .append(e.parent == null ? "-" : index.get(e.parent)).append(" kids");
                for (Object kid : e.kids) {
                    s.append(' ').append(kid instanceof TagElement k ? index.get(k) : kid);
                }
                s.append('\n');
            }
            return s.toString();
        }
    }
}

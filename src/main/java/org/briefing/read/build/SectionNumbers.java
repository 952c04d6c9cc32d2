package org.briefing.read.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.briefing.model.Block;
import org.briefing.model.Heading;

/**
 * Section numbers as pandoc gives them ({@code number-sections}, pandoc 3): the document's highest heading
 * level is numbered 1, 2, 3 whatever level it is, each level below adds a part (1.1, 1.1.1), a level skipped
 * shows as 0 (1.1.0.1), and so does a top level not yet begun (a level-2 heading before the first level-1 one
 * is 0.1). A heading left out
 * ({@code {-}}) neither takes a number nor advances the count, and the headings under it go unnumbered too.
 * Only the body's top-level headings are sections; headings inside quotes, lists and notes are not.
 */
final class SectionNumbers {
    private SectionNumbers() {
    }

    /** {@code body} with each section heading numbered; {@code numbered} says whether a heading takes part. */
    static List<Block> number(List<Block> body, Predicate<Heading> numbered) {
        int top = body.stream().filter(Heading.class::isInstance).mapToInt(b -> ((Heading) b).level())
                .min().orElse(1);
        int[] counts = new int[7];
        int leftOutAt = 0;
        List<Block> out = new ArrayList<>(body.size());
        for (Block block : body) {
            if (!(block instanceof Heading heading)) {
                out.add(block);
                continue;
            }
            if (leftOutAt > 0 && heading.level() > leftOutAt) {
                out.add(heading);
                continue;
            }
            leftOutAt = 0;
            if (!numbered.test(heading)) {
                leftOutAt = heading.level();
                out.add(heading);
                continue;
            }
            int depth = heading.level() - top;
            counts[depth]++;
            Arrays.fill(counts, depth + 1, counts.length, 0);
            StringBuilder number = new StringBuilder();
            for (int i = 0; i <= depth; i++) {
                number.append(i == 0 ? "" : ".").append(counts[i]);
            }
            out.add(new Heading(heading.level(), heading.content(), heading.id(), number.toString()));
        }
        return out;
    }
}

package org.briefing.render.pdf.layout.inline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Total-fit line breaking after Knuth and Plass, "Breaking Paragraphs into Lines" (1981): chooses the
 * breaks that minimise the paragraph's total demerits. Three passes, as TeX does: without hyphenation at a
 * strict tolerance, with hyphenation at a looser one, and an emergency pass that always succeeds (a box
 * wider than the measure then sits alone on an overfull line). Active nodes are pruned as soon as a line
 * from them would be overfull, so long paragraphs take time linear in their length.
 */
public final class KnuthPlassLineBreaker implements LineBreaker {
    private static final double LINE_PENALTY = 10;
    private static final double FLAGGED_DEMERITS = 3000;
    private static final double FITNESS_DEMERITS = 3000;
    private static final double EMERGENCY_DEMERITS = 1e12;
    /** Consecutive hyphenated lines allowed; a third in a row is never chosen. */
    private static final int MAX_HYPHEN_RUN = 2;

    private final double firstTolerance;
    private final double secondTolerance;

    /** The breaker with TeX-like tolerances: adjustment ratio at most 1 without hyphens, 2 with them. */
    public KnuthPlassLineBreaker() {
        this(1, 2);
    }

    /**
     * @param firstTolerance  largest stretch ratio accepted in the pass without hyphenation
     * @param secondTolerance largest stretch ratio accepted in the pass with hyphenation
     */
    public KnuthPlassLineBreaker(double firstTolerance, double secondTolerance) {
        this.firstTolerance = firstTolerance;
        this.secondTolerance = secondTolerance;
    }

    @Override
    public List<Line> breakLines(List<Item> items, IntToDoubleFunction lineWidth) {
        if (items.isEmpty()) {
            return List.of();
        }
        Sums sums = new Sums(items);
        Node best = run(items, sums, lineWidth, firstTolerance, false, false);
        if (best == null) {
            best = run(items, sums, lineWidth, secondTolerance, true, false);
        }
        if (best == null) {
            best = run(items, sums, lineWidth, Double.POSITIVE_INFINITY, true, true);
        }
        return lines(best, items, sums, lineWidth);
    }

    /**
     * Ragged text skips the pass without hyphenation (TeX's {@code \pretolerance=-1}): that pass nearly
     * always succeeds on a ragged edge, which would leave hyphenation unused however ragged the lines. The
     * hyphen's penalty and the ragged line ends' badness then decide together where a word splits.
     */
    @Override
    public List<Line> breakRagged(List<Item> items, IntToDoubleFunction lineWidth) {
        if (items.isEmpty()) {
            return List.of();
        }
        Sums sums = new Sums(items);
        Node best = run(items, sums, lineWidth, secondTolerance, true, false);
        if (best == null) {
            best = run(items, sums, lineWidth, Double.POSITIVE_INFINITY, true, true);
        }
        return lines(best, items, sums, lineWidth);
    }

    /** A feasible break: where it is, which line it ends, and the best way to reach it. */
    private record Node(int position, int line, int fitness, int hyphenRun, double demerits, Node previous) {
    }

    private Node run(List<Item> items, Sums sums, IntToDoubleFunction lineWidth, double tolerance,
                     boolean hyphenate, boolean emergency) {
        List<Node> active = new ArrayList<>();
        active.add(new Node(-1, 0, 1, 0, 0, null));
        int n = items.size();
        // One array of best candidates per (fitness, hyphen run), cleared at each break rather than made anew.
        Node[] candidates = new Node[4 * (MAX_HYPHEN_RUN + 1)];
        for (int b = 0; b < n && !active.isEmpty(); b++) {
            Item item = items.get(b);
            double penalty = 0;
            boolean flagged = false;
            double breakWidth = 0;
            double breakStretch = 0;
            if (item instanceof Penalty p) {
                if (p.penalty() >= Penalty.FORBID || (p.flagged() && !hyphenate)) {
                    continue;
                }
                penalty = p.penalty();
                flagged = p.flagged();
                breakWidth = p.width();
                breakStretch = p.stretch();
            } else if (!(item instanceof Glue) || b == 0 || !(items.get(b - 1) instanceof Box)) {
                continue;
            }
            boolean forced = penalty <= Penalty.FORCE;
            java.util.Arrays.fill(candidates, null);
            List<Node> survivors = new ArrayList<>(active.size());
            Node bestOverfull = null;
            for (Node a : active) {
                int from = sums.after(a.position);
                double width = sums.width(from, b) + breakWidth;
                double target = lineWidth.applyAsDouble(a.line);
                double ratio = ratio(width, target, sums.stretch(from, b) + breakStretch, sums.shrink(from, b));
                boolean overfull = ratio < -1 - 1e-9; // a line shrunk exactly to its limit still fits
                if (!overfull && !forced) {
                    survivors.add(a);
                }
                if (overfull) {
                    // The latest such node gives the least overfull line.
                    if (emergency && (bestOverfull == null || a.position > bestOverfull.position
                            || a.position == bestOverfull.position && a.demerits < bestOverfull.demerits)) {
                        bestOverfull = a;
                    }
                    continue;
                }
                if (ratio > tolerance && !emergency) {
                    continue;
                }
                int run = flagged ? a.hyphenRun + 1 : 0;
                if (run > MAX_HYPHEN_RUN) {
                    continue;
                }
                int fitness = fitness(ratio);
                double demerits = a.demerits + demerits(ratio, penalty, forced);
                if (flagged && a.hyphenRun > 0) {
                    demerits += FLAGGED_DEMERITS;
                }
                if (Math.abs(fitness - a.fitness) > 1) {
                    demerits += FITNESS_DEMERITS;
                }
                int slot = fitness * (MAX_HYPHEN_RUN + 1) + run;
                if (candidates[slot] == null || demerits < candidates[slot].demerits) {
                    candidates[slot] = new Node(b, a.line + 1, fitness, run, demerits, a);
                }
            }
            boolean any = false;
            for (Node c : candidates) {
                if (c != null) {
                    survivors.add(c);
                    any = true;
                }
            }
            if (!any && bestOverfull != null && survivors.isEmpty()) {
                // Nothing fits: set the overfull line rather than fail, and go on from here.
                survivors.add(new Node(b, bestOverfull.line + 1, 0, 0, bestOverfull.demerits + EMERGENCY_DEMERITS,
                        bestOverfull));
            }
            active = survivors;
        }
        Node best = null;
        for (Node a : active) {
            if (a.position == n - 1 && (best == null || a.demerits < best.demerits)) {
                best = a;
            }
        }
        return best;
    }

    private static double ratio(double width, double target, double stretch, double shrink) {
        if (width < target) {
            return stretch > 0 ? (target - width) / stretch : Double.POSITIVE_INFINITY;
        }
        if (width > target) {
            return shrink > 0 ? (target - width) / shrink : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }

    private static double demerits(double ratio, double penalty, boolean forced) {
        double badness = Double.isInfinite(ratio) ? 10_000 : Math.min(10_000, 100 * Math.pow(Math.abs(ratio), 3));
        double base = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
        if (penalty >= 0) {
            return base + penalty * penalty;
        }
        return forced ? base : base - penalty * penalty;
    }

    /** TeX's fitness classes: tight, decent, loose, very loose. */
    private static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 0;
        } else if (ratio <= 0.5) {
            return 1;
        } else if (ratio <= 1) {
            return 2;
        }
        return 3;
    }

    private static List<Line> lines(Node last, List<Item> items, Sums sums, IntToDoubleFunction lineWidth) {
        List<Node> chain = new ArrayList<>();
        for (Node node = last; node != null && node.previous != null; node = node.previous) {
            chain.add(node);
        }
        Collections.reverse(chain);
        List<Line> lines = new ArrayList<>(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            Node node = chain.get(i);
            int from = sums.after(node.previous.position);
            Penalty at = items.get(node.position) instanceof Penalty p ? p : null;
            double ratio = ratio(sums.width(from, node.position) + (at == null ? 0 : at.width()),
                    lineWidth.applyAsDouble(i), sums.stretch(from, node.position) + (at == null ? 0 : at.stretch()),
                    sums.shrink(from, node.position));
            if (Double.isInfinite(ratio)) {
                ratio = 0;
            }
            lines.add(new Line(from, node.position, Math.max(-1, ratio), i == chain.size() - 1));
        }
        return lines;
    }

    /** Prefix sums of width, stretch and shrink, so any line's totals cost O(1). */
    private static final class Sums {
        private final double[] width;
        private final double[] stretch;
        private final double[] shrink;
        private final int[] lineStart;

        Sums(List<Item> items) {
            int n = items.size();
            lineStart = new int[n + 1];
            lineStart[n] = n;
            for (int i = n - 1; i >= 0; i--) {
                boolean kept = items.get(i) instanceof Box || items.get(i) instanceof Penalty p && p.penalty() <= Penalty.FORCE;
                lineStart[i] = kept ? i : lineStart[i + 1];
            }
            width = new double[n + 1];
            stretch = new double[n + 1];
            shrink = new double[n + 1];
            for (int i = 0; i < n; i++) {
                Item item = items.get(i);
                width[i + 1] = width[i] + (item instanceof Penalty ? 0 : item.width());
                stretch[i + 1] = stretch[i] + (item instanceof Glue g ? g.stretch() : 0);
                shrink[i + 1] = shrink[i] + (item instanceof Glue g ? g.shrink() : 0);
            }
        }

        /** The first item of a line that starts after a break at {@code position}: discardables vanish. */
        int after(int position) {
            return position < 0 ? 0 : lineStart[position + 1];
        }

        double width(int from, int to) {
            return to > from ? width[to] - width[from] : 0;
        }

        double stretch(int from, int to) {
            return to > from ? stretch[to] - stretch[from] : 0;
        }

        double shrink(int from, int to) {
            return to > from ? shrink[to] - shrink[from] : 0;
        }
    }
}

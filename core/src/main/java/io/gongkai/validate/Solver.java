package io.gongkai.validate;

import io.gongkai.model.CellRef;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interval constraint propagation over the identities of a document. Every cell is an interval in 元: exact for a
 * clean value, {@code [79980.00, 79980.09]} for a truncated {@code 79,980.0}, unbounded for a lost one. Each
 * identity narrows the intervals of its cells from the others until nothing changes; a cell narrowed to one value is
 * recovered, with the identity that pinned it. Identities over rounded figures (万元, whole 元) only recover a single
 * unknown, since their sums hold only within rounding; an unknown printed to 分 among them is only narrowed.
 */
final class Solver {
    private static final int MAX_PASSES = 50;

    /** A cell's unknown: its interval in 元, its scale (元 per printed unit), whether it is printed rounded (coarser than 分). */
    static final class Var {
        /** What the source showed where the value is not exact. */
        enum Origin { VALUE, BLANK, TRUNCATED, UNCERTAIN, CUT_OFF }

        Interval value;
        final BigDecimal scale;
        final boolean rounded;
        /** Half the rounding step of the printed value, in 元 (0 for a value to 分): 0.5 for whole 元, 50 for 0.01 万元, 500 for 6.4 万元. */
        BigDecimal half = BigDecimal.ZERO;
        /** Decimals the value is printed with, where rounded. */
        int decimals = 2;
        final boolean initiallyExact;
        final Origin origin;
        String pinnedBy;
        /** Set when phase two or three assumed the value (a blank read as 0, a truncated amount under 1 元 read as 0; in phase three a 0 read in doubt). */
        boolean assumed;
        /** An OCR reading in doubt that reads 0 (a lone {@code o} for the digit, {@code L 0}): phase three takes it as 0, after the blanks. */
        boolean readZero;

        Var(Interval value, BigDecimal scale, boolean rounded, Origin origin) {
            this.value = value;
            this.scale = scale;
            this.rounded = rounded;
            this.initiallyExact = value.isExact();
            this.origin = origin;
        }

        Var copy() {
            Var v = new Var(value, scale, rounded, origin, initiallyExact);
            v.pinnedBy = pinnedBy;
            v.assumed = assumed;
            v.readZero = readZero;
            v.half = half;
            v.decimals = decimals;
            return v;
        }

        private Var(Interval value, BigDecimal scale, boolean rounded, Origin origin, boolean initiallyExact) {
            this.value = value;
            this.scale = scale;
            this.rounded = rounded;
            this.initiallyExact = initiallyExact;
            this.origin = origin;
        }
    }

    private final Map<CellRef, Var> vars;

    Solver(Map<CellRef, Var> vars) {
        this.vars = vars;
    }

    /** Propagates until stable; returns the cells pinned to one value that were not exact before. */
    Map<CellRef, Var> solve(List<Equation> equations) {
        // worklist: an equation is revisited only when one of its cells narrowed
        Map<CellRef, List<Equation>> uses = new HashMap<>();
        for (Equation e : equations) {
            if (!e.missing().isEmpty()) continue;
            uses.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
            for (CellRef r : e.terms()) uses.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
        }
        java.util.ArrayDeque<Equation> work = new java.util.ArrayDeque<>();
        java.util.Set<Equation> queued = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Equation e : equations) if (e.missing().isEmpty() && queued.add(e)) work.add(e);
        int budget = MAX_PASSES * Math.max(1, equations.size());
        while (!work.isEmpty() && budget-- > 0) {
            Equation e = work.poll();
            queued.remove(e);
            Map<CellRef, Interval> before = new LinkedHashMap<>(); // in the equation's order: what is requeued first does not hang on hashes
            for (CellRef r : cellsOf(e)) if (vars.containsKey(r)) before.put(r, vars.get(r).value);
            if (!propagate(e)) continue;
            before.forEach((r, v) -> {
                if (!vars.get(r).value.equals(v)) for (Equation other : uses.getOrDefault(r, List.of())) if (queued.add(other)) work.add(other);
            });
        }
        Map<CellRef, Var> pinned = new LinkedHashMap<>();
        vars.forEach((ref, v) -> {
            if (!v.initiallyExact && v.value.isExact()) pinned.put(ref, v);
        });
        return pinned;
    }

    private static List<CellRef> cellsOf(Equation e) {
        List<CellRef> all = new ArrayList<>(e.terms());
        all.add(e.target());
        return all;
    }

    private boolean propagate(Equation e) {
        List<CellRef> refs = new ArrayList<>();
        List<Integer> coef = new ArrayList<>();
        refs.add(e.target());
        coef.add(1);
        for (int i = 0; i < e.terms().size(); i++) {
            refs.add(e.terms().get(i));
            coef.add(-e.signs().get(i));
        }
        Map<CellRef, Integer> seen = new HashMap<>();
        for (CellRef r : refs) {
            if (!vars.containsKey(r)) return false;
            if (seen.merge(r, 1, Integer::sum) > 1) return false; // a cell twice: not a plain sum, leave it
        }
        boolean rounded = refs.stream().anyMatch(r -> vars.get(r).rounded);
        long open = refs.stream().filter(r -> !vars.get(r).value.isExact()).count();
        if (refs.stream().anyMatch(r -> vars.get(r).origin == Var.Origin.CUT_OFF)) return false; // a sum over a cut row proves nothing
        if (open == 0 || (rounded && open > 1)) return false;
        boolean changed = false;
        for (int j = 0; j < refs.size(); j++) {
            Var vj = vars.get(refs.get(j));
            if (vj.value.isExact() || vj.origin == Var.Origin.CUT_OFF) continue; // a cut-off cell is never recovered
            Interval rest = Interval.exact(BigDecimal.ZERO);
            for (int i = 0; i < refs.size(); i++) {
                if (i != j) rest = rest.plus(vars.get(refs.get(i)).value, coef.get(i));
            }
            Interval candidate = coef.get(j) > 0 ? rest.negate() : rest;
            if (rounded && candidate.isExact() && vj.rounded) {
                BigDecimal inUnit = candidate.lo().divide(vj.scale, vj.decimals, RoundingMode.HALF_UP);
                candidate = Interval.exact(inUnit.multiply(vj.scale));
            } else if (rounded && candidate.isExact()) {
                // an exact cell (分) from figures rounded coarser (whole 元 beside 分): known only within their rounding
                BigDecimal slack = BigDecimal.ZERO;
                for (int i = 0; i < refs.size(); i++) if (i != j) slack = slack.add(vars.get(refs.get(i)).half);
                candidate = new Interval(candidate.lo().subtract(slack), candidate.lo().add(slack));
            }
            Interval next = vj.value.intersect(candidate);
            if (next.isEmpty()) continue; // contradiction: the check will report it
            if (next.narrowerThan(vj.value)) {
                vj.value = next;
                if (next.isExact()) vj.pinnedBy = e.id();
                changed = true;
            }
        }
        return changed;
    }
}

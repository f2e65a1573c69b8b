package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.CellRef;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Table;
import io.gongkai.normalize.DigitConfusion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OCR figures that lost ink in many places at once, read again together. On a 1-bit scan or a photocopy every 4 of a
 * page may lose its crossbar and read 1 (21,531,159 for 24,531,459; 127,886,819 for 127,886,849): a row's total and
 * two of its parts each misread, no identity is left that one figure alone could make hold, and {@link DigitRepair},
 * which reads one figure again at a time, finds nothing — or worse, one figure whose new reading makes two identities
 * hold by chance beside other figures misread too. Here the OCR figures of the failing identities, and those tied to
 * them through identities that hold, are one puzzle: each figure may be as read or have any of its 1s printed as 4s
 * (the first confusion {@link DigitConfusion#printedFor} names; the others stay {@link DigitRepair}'s), and a reading
 * of them all is sought under which every failing identity of the puzzle holds and none that held or could not be
 * decided fails (identities over a figure already in doubt are left out: they decide nothing). One such reading is
 * found, then for each figure whether another reads it otherwise; a figure whose search runs out of steps (among
 * figures nothing ties down, every one of them mended) stands as read, and the others are still decided each by its own
 * search (a bw scan of 万里街道25 p27: 303 and its 项 read 275,160 by both engines, 275,460 mended, and the totals mended
 * right, all left to the identities, which gave 275,160 and made the right totals wrong, because one of 45 figures' searches
 * ran out). Where readings differ on a figure it stands as read: 12,029,501.81 read again as
 * 42,029,501.84 beside a 16,140,000 kept, or as 12,029,501.84 beside 46,140,000; 88,282,511 as 88,282,541, or the 4
 * lost in 303 and in the one 项 that restates it — one change against four, and the four were right (a scan whose 4s
 * all lose their crossbars loses them everywhere: fewest changes is no evidence). A figure every reading agrees on is
 * read again where at least {@link DigitRepair#CONFIRMATIONS} identities that failed, over figures all readings agree
 * on, hold with it (or with a figure it restates). Validation then checks every figure anew.
 *
 * <p>Source of the rule: the scan matrix (README → Performance): on its black-and-white condition 167 of the 194
 * misread figures of the real budgets were 4s read as 1, in tables where several figures of one identity are
 * misread; with this, real budgets' amounts exact on bw-200 68.5% → 74.4%, photocopy-200 79.0% → 83.3%, none wrong
 * unflagged (taking the reading that changes fewest digits: 5 wrong values verified on bw-200).
 */
final class JointDigitRepair {
    /** Figures in one puzzle at most (a page of hundreds of failing OCR figures is no lost crossbar). */
    static final int MAX_FIGURES = 160;
    /**
     * Steps of one search at most (a puzzle searches once, then once per figure): past them nothing is taken when it is
     * the first, and the figure stands as read when it is the search for another reading of it.
     */
    static final long MAX_STEPS = 400_000;
    /**
     * Steps of all the searches for another reading of one puzzle's figures at most: past them the figures not yet
     * looked at stand as read (a bw page's 45 figures, most of them mended, spent 15 searches: 0.7 s).
     */
    static final long MAX_ALTERNATIVE_STEPS = 12 * MAX_STEPS;
    /** 1s of one figure read as 4 at most (2^n readings). */
    private static final int MAX_ONES = 6;

    private JointDigitRepair() {
    }

    /**
     * The figures to read again, each changed figure its own {@link DigitRepair.Fix}.
     *
     * @param equations the identities (each decidable: no table of unknown unit in it)
     * @param vars      every cell's value in 元 as read (not modified)
     * @param cells     the document's cells
     * @param byRef     its tables by reference
     */
    static List<DigitRepair.Fix> find(List<Equation> equations, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells, Map<String, Table> byRef) {
        Map<Equation, CheckStatus> before = new LinkedHashMap<>();
        Map<CellRef, List<Equation>> uses = new HashMap<>();
        for (Equation e : equations) {
            if (!e.missing().isEmpty()) continue;
            before.put(e, IdentityEngine.evaluate(e, vars, false).status());
            for (CellRef r : cells(e)) uses.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
        }
        // the figures: OCR figures with a 1 to read again, in a failing identity or tied to one through identities that
        // hold (a 类 and its one 款 read alike: both lost the 4, or neither); a figure without a 1 stands as read
        Set<CellRef> figures = new LinkedHashSet<>();
        java.util.ArrayDeque<CellRef> todo = new java.util.ArrayDeque<>();
        for (Map.Entry<Equation, CheckStatus> e : before.entrySet()) {
            if (e.getValue() != CheckStatus.FAIL) continue;
            for (CellRef r : cells(e.getKey())) if (readable(r, vars, cells, byRef) && figures.add(r)) todo.add(r);
        }
        if (figures.isEmpty()) return List.of();
        while (!todo.isEmpty() && figures.size() <= 4 * MAX_FIGURES) {
            for (Equation e : uses.getOrDefault(todo.pop(), List.of())) {
                for (CellRef r : cells(e)) if (readable(r, vars, cells, byRef) && figures.add(r)) todo.add(r);
            }
        }
        // puzzles: figures joined by the identities they share
        Map<CellRef, CellRef> parent = new HashMap<>();
        for (CellRef f : figures) parent.put(f, f);
        for (Equation e : before.keySet()) {
            CellRef first = null;
            for (CellRef r : cells(e)) {
                if (!figures.contains(r)) continue;
                if (first == null) first = r;
                else parent.put(root(parent, r), root(parent, first));
            }
        }
        Map<CellRef, List<CellRef>> puzzles = new LinkedHashMap<>();
        for (CellRef f : figures) puzzles.computeIfAbsent(root(parent, f), k -> new ArrayList<>()).add(f);
        List<DigitRepair.Fix> out = new ArrayList<>();
        for (List<CellRef> p : puzzles.values()) {
            if (p.size() > MAX_FIGURES || !inCents(p, before, vars, cells)) continue;
            out.addAll(new Puzzle(ordered(p, before, uses), before, uses, vars, cells,
                    r -> mended(r, vars, cells, byRef),
                    r -> DigitRepair.ocrFigure(r, vars, cells, byRef) && !DigitRepair.candidate(r, vars, cells, byRef)).solve());
        }
        return out;
    }

    /**
     * The puzzle's figures in the order they are chosen: each next the one that completes most identities over those
     * before it (then: shares most with them), so that a wrong choice fails soon.
     */
    private static List<CellRef> ordered(List<CellRef> figures, Map<Equation, CheckStatus> before, Map<CellRef, List<Equation>> uses) {
        Set<CellRef> left = new LinkedHashSet<>(figures), done = new LinkedHashSet<>();
        while (!left.isEmpty()) {
            CellRef best = null;
            long bestScore = -1;
            for (CellRef f : left) {
                long completes = 0, shares = 0;
                for (Equation e : uses.getOrDefault(f, List.of())) {
                    if (!before.containsKey(e)) continue;
                    boolean complete = true, shared = false;
                    for (CellRef r : cells(e)) {
                        if (r.equals(f) || !left.contains(r)) { shared |= done.contains(r); continue; }
                        complete = false;
                    }
                    if (complete) completes++;
                    if (shared) shares++;
                }
                long score = completes * 1000 + shares * 10 + uses.getOrDefault(f, List.of()).size();
                if (score > bestScore) { bestScore = score; best = f; }
            }
            left.remove(best);
            done.add(best);
        }
        return List.copyOf(done);
    }

    /**
     * An OCR figure standing as read ({@link DigitRepair#candidate}) with a 1 that may be a 4, or one {@link #mended}
     * with a 1 or 4 that may be either.
     */
    private static boolean readable(CellRef r, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells, Map<String, Table> byRef) {
        return DigitRepair.candidate(r, vars, cells, byRef) && cells.get(r).number().toPlainString().indexOf('1') >= 0
                || mended(r, vars, cells, byRef);
    }

    /**
     * An OCR figure in doubt because an extractor read it otherwise than the engines did, from its glyphs
     * ({@link io.gongkai.model.Confidence#MENDED}: a 1-bit scan's 1 read as 4 from the crossbar's dot beside its stem):
     * each of its 1s and 4s may be the other. (OCR's own doubtful readings keep the rule of the others: a 4 read is
     * ink on the paper, never a 1.)
     */
    static boolean mended(CellRef r, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells, Map<String, Table> byRef) {
        if (!DigitRepair.ocrFigure(r, vars, cells, byRef)) return false;
        Cell c = cells.get(r);
        String digits = c.number().toPlainString();
        return c.status() == io.gongkai.model.CellStatus.SUSPECT && io.gongkai.model.Confidence.mended(c.confidence())
                && c.repairs().stream().anyMatch(x -> x.kind().equals(RepairKind.OCR_ILLEGIBLE))
                && (digits.indexOf('1') >= 0 || digits.indexOf('4') >= 0);
    }

    private static CellRef root(Map<CellRef, CellRef> parent, CellRef r) {
        while (!parent.get(r).equals(r)) r = parent.get(r);
        return r;
    }

    private static List<CellRef> cells(Equation e) {
        List<CellRef> all = new ArrayList<>(e.terms());
        all.add(e.target());
        return all;
    }

    /**
     * The figures {@code n} may have been printed as where 4s lost their crossbars (not {@code n}): any of its 1s as 4s;
     * with {@code either} (a figure {@link #mended}), its 1s and 4s each the other.
     */
    static List<BigDecimal> readings(BigDecimal n, boolean either) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        String s = n.abs().toPlainString();
        List<Integer> ones = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '1' || either && s.charAt(i) == '4') ones.add(i);
        if (ones.size() <= MAX_ONES) {
            for (int mask = 1; mask < 1 << ones.size(); mask++) {
                char[] c = s.toCharArray();
                for (int b = 0; b < ones.size(); b++) if ((mask & 1 << b) != 0) c[ones.get(b)] = c[ones.get(b)] == '1' ? '4' : '1';
                BigDecimal v = new BigDecimal(new String(c));
                out.add(n.signum() < 0 ? v.negate() : v);
            }
        }
        out.remove(n);
        return List.copyOf(out);
    }

    /** The largest amount a puzzle reads, in 元 (a thousand times China's whole budget; cents of it fit a long). */
    private static final BigDecimal MOST = new BigDecimal("1e16");

    /**
     * Whether every number of a puzzle's figures and of the identities over them is an amount at all ({@link #MOST} or
     * less in 元): noise OCR read as a run of 20 digits in a 7 pt table is none, and overflowed the cents the puzzle
     * counts in (a noisy 300 dpi scan of the seed's 公开05表 ended with an internal error).
     */
    private static boolean inCents(List<CellRef> figures, Map<Equation, CheckStatus> before, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells) {
        Set<CellRef> all = new HashSet<>(figures);
        for (Equation e : before.keySet()) {
            List<CellRef> over = cells(e);
            if (over.stream().anyMatch(figures::contains)) all.addAll(over);
        }
        for (CellRef r : all) {
            Cell c = cells.get(r);
            Solver.Var v = vars.get(r);
            if (c == null || c.number() == null) continue;
            BigDecimal yuan = v == null ? c.number() : c.number().multiply(v.scale);
            if (yuan.abs().compareTo(MOST) > 0) return false;
        }
        return true;
    }

    /** Amounts in 元 as whole cents. */
    private static long cents(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** One puzzle: its figures, their readings, the identities over them, searched depth first. */
    private static final class Puzzle {
        private final List<CellRef> figures;
        private final Map<CellRef, Integer> index = new HashMap<>();
        /** Per figure: its readings (as read first), in the table's unit and in 元 cents. */
        private final List<List<BigDecimal>> readings = new ArrayList<>();
        private final List<long[]> values = new ArrayList<>();
        /** The identities over the figures: their figures' indexes and signs, the rest as a constant range, the tolerance, whether each must come to hold. */
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<List<Constraint>> byFigure = new ArrayList<>();
        private final int[] choice;
        private long steps;

        private record Constraint(Equation equation, int[] figures, int[] signs, long lo, long hi, long tolerance, boolean mustHold) {
        }

        /**
         * @param mended OCR figures read with little confidence ({@link JointDigitRepair#mended}): their 1s and 4s each may be the other
         * @param unsure OCR figures in doubt already (a reading that breaks the grouping of digits, one engine against
         *               the other): an identity over one of them says nothing of the others, and is left out
         */
        Puzzle(List<CellRef> figures, Map<Equation, CheckStatus> before, Map<CellRef, List<Equation>> uses, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells,
               java.util.function.Predicate<CellRef> mended, java.util.function.Predicate<CellRef> unsure) {
            this.figures = figures;
            this.choice = new int[figures.size()];
            for (int i = 0; i < figures.size(); i++) {
                CellRef r = figures.get(i);
                index.put(r, i);
                BigDecimal n = cells.get(r).number(), scale = vars.get(r).scale;
                List<BigDecimal> rs = new ArrayList<>();
                rs.add(n);
                rs.addAll(readings(n, mended.test(r)));
                readings.add(rs);
                long[] v = new long[rs.size()];
                for (int k = 0; k < v.length; k++) v[k] = cents(rs.get(k).multiply(scale));
                values.add(v);
                byFigure.add(new ArrayList<>());
            }
            Set<Equation> touched = new LinkedHashSet<>();
            for (CellRef r : figures) touched.addAll(uses.getOrDefault(r, List.of()));
            for (Equation e : touched) {
                List<Integer> fs = new ArrayList<>(), ss = new ArrayList<>();
                BigDecimal lo = BigDecimal.ZERO, hi = BigDecimal.ZERO;
                boolean bounded = true, inDoubt = false;
                Solver.Var t = vars.get(e.target());
                BigDecimal tolerance = t.half;
                List<CellRef> all = cells(e);
                for (int k = 0; k < all.size(); k++) {
                    CellRef r = all.get(k);
                    int sign = k == all.size() - 1 ? 1 : -e.signs().get(k); // diff = target − Σ sign·term
                    Solver.Var v = vars.get(r);
                    if (k < all.size() - 1) tolerance = tolerance.add(v.half);
                    Integer f = index.get(r);
                    if (f != null) {
                        fs.add(f);
                        ss.add(sign);
                        continue;
                    }
                    inDoubt |= unsure.test(r);
                    if (v.value.lo() == null || v.value.hi() == null) { bounded = false; continue; }
                    BigDecimal a = sign > 0 ? v.value.lo() : v.value.hi().negate(), b = sign > 0 ? v.value.hi() : v.value.lo().negate();
                    lo = lo.add(a);
                    hi = hi.add(b);
                }
                boolean mustHold = before.get(e) == CheckStatus.FAIL;
                if (inDoubt || !bounded) continue; // over a figure in doubt or not known at all: it decides nothing here
                Constraint c = new Constraint(e, fs.stream().mapToInt(Integer::intValue).toArray(), ss.stream().mapToInt(Integer::intValue).toArray(),
                        cents(lo), cents(hi), cents(tolerance), mustHold);
                constraints.add(c);
                for (int f : c.figures()) byFigure.get(f).add(c);
            }
        }


        List<DigitRepair.Fix> solve() {
            if (constraints.stream().noneMatch(Constraint::mustHold)) return List.of();
            // one reading; then, figure by figure, whether another reading differs from it there (not every reading:
            // two figures nothing ties but each other may change together or not, and such pairs multiply them)
            int[] reading = find(-1, -1);
            if (reading == null) return List.of();
            boolean[] agreed = new boolean[reading.length];
            java.util.Arrays.fill(agreed, true);
            long spent = 0;
            for (int i = 0; i < reading.length; i++) {
                if (!agreed[i]) continue;
                if (spent > MAX_ALTERNATIVE_STEPS) {
                    // the puzzle's time is spent: the figures not yet looked at stand as read
                    agreed[i] = false;
                    continue;
                }
                int[] other = find(i, reading[i]);
                spent += steps;
                if (searchSpent) {
                    // whether another reading differs here is not known (the search ran out of steps among figures
                    // that nothing ties down): this figure stands as read; the others are decided each by its own search
                    searchSpent = false;
                    agreed[i] = false;
                    continue;
                }
                if (other == null) continue;
                for (int j = 0; j < reading.length; j++) if (other[j] != reading[j]) agreed[j] = false;
            }
            // where the readings differ (a 4 that may be in either of two figures that nothing else tells apart), the
            // figures they agree on are read again, the others stand as read
            int[] s = reading.clone();
            for (int i = 0; i < s.length; i++) if (!agreed[i]) s[i] = 0;
            // a figure and its copies in its row, read alike and read again alike, are confirmed together
            Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < figures.size(); i++) {
                if (s[i] == 0) continue;
                CellRef r = figures.get(i);
                groups.computeIfAbsent(List.of(r.table(), r.row(), readings.get(i).get(0), readings.get(i).get(s[i])), k -> new ArrayList<>()).add(i);
            }
            // the confirmations of a group: the identities over it that failed and now hold, and those of the groups it
            // restates (a 款 and its one 项 read alike: an identity that held over the two before holds after)
            List<List<Integer>> gs = new ArrayList<>(groups.values());
            Map<Integer, Integer> groupOf = new HashMap<>();
            for (int k = 0; k < gs.size(); k++) for (int i : gs.get(k)) groupOf.put(i, k);
            int[] link = new int[gs.size()];
            for (int k = 0; k < link.length; k++) link[k] = k;
            for (Constraint c : constraints) {
                if (c.mustHold() || c.lo() != 0 || c.hi() != 0 || c.figures().length < 2 || !all(c, agreed)) continue;
                // (every figure of it read again, alike: one standing as read restates nothing, and is in no group)
                Integer first = groupOf.get(c.figures()[0]);
                boolean restates = first != null;
                for (int f : c.figures()) {
                    if (!restates) break;
                    Integer k = groupOf.get(f);
                    restates = k != null && readings.get(f).get(s[f]).compareTo(readings.get(gs.get(first).get(0)).get(s[gs.get(first).get(0)])) == 0;
                }
                if (!restates) continue;
                for (int f : c.figures()) link[find(link, groupOf.get(f))] = find(link, first);
            }
            Map<Integer, Set<String>> confirms = new HashMap<>();
            for (int k = 0; k < gs.size(); k++) {
                Set<String> confirm = confirms.computeIfAbsent(find(link, k), x -> new LinkedHashSet<>());
                for (int i : gs.get(k)) for (Constraint c : byFigure.get(i)) if (c.mustHold() && all(c, agreed)) confirm.add(c.equation().id());
            }
            List<DigitRepair.Fix> out = new ArrayList<>();
            for (int k = 0; k < gs.size(); k++) {
                List<Integer> g = gs.get(k);
                Set<String> confirm = confirms.get(find(link, k));
                if (confirm.size() < DigitRepair.CONFIRMATIONS) continue; // stands as read; its identities fail and say so
                int i0 = g.get(0);
                out.add(new DigitRepair.Fix(g.stream().map(figures::get).toList(), readings.get(i0).get(0), readings.get(i0).get(s[i0]), List.copyOf(confirm)));
            }
            return out;
        }

        /** Whether every reading found agrees on each figure of {@code c}: it holds alike in all of them. */
        private static boolean all(Constraint c, boolean[] agreed) {
            for (int f : c.figures()) if (!agreed[f]) return false;
            return true;
        }

        private static int find(int[] link, int k) {
            while (link[k] != k) k = link[k];
            return k;
        }

        /**
         * A reading of all the figures that changes one at least and under which every identity holds as it must, with
         * figure {@code except} not read as its reading {@code not} (none excepted for -1); null when there is none, or
         * when the search ran out of steps ({@link #searchSpent}). Depth first over the figures in order, each as read
         * first; each identity checked as soon as its last figure is chosen.
         */
        private int[] find(int except, int not) {
            java.util.Arrays.fill(choice, -1);
            found = null;
            steps = 0;
            this.except = except;
            this.not = not;
            search(0, false);
            if (steps > MAX_STEPS) searchSpent = true;
            return searchSpent ? null : found;
        }

        private int except = -1, not = -1;
        private int[] found;
        /** Set when a search ran out of steps: nothing of the puzzle is taken. */
        private boolean searchSpent;

        private void search(int at, boolean changed) {
            if (found != null || ++steps > MAX_STEPS) return;
            if (at == figures.size()) {
                if (changed) found = choice.clone();
                return;
            }
            long[] v = values.get(at);
            for (int k = 0; k < v.length && found == null && steps <= MAX_STEPS; k++) {
                if (at == except && k == not) continue;
                choice[at] = k;
                if (consistent(at)) search(at + 1, changed || k != 0);
            }
            choice[at] = -1;
        }

        /** Whether every identity whose figures are all chosen (the one just chosen among them) holds as it must. */
        private boolean consistent(int just) {
            for (Constraint c : byFigure.get(just)) {
                long sum = 0;
                boolean complete = true;
                for (int i = 0; i < c.figures().length; i++) {
                    int f = c.figures()[i];
                    if (choice[f] < 0) { complete = false; break; }
                    sum += c.signs()[i] * values.get(f)[choice[f]];
                }
                if (!complete) continue;
                long lo = c.lo() + sum, hi = c.hi() + sum;
                if (c.mustHold()) {
                    // exact and within rounding: |diff| ≤ tolerance
                    if (lo != hi || Math.abs(lo) > c.tolerance()) return false;
                } else if (hi < -c.tolerance() || lo > c.tolerance()) {
                    return false;
                }
            }
            return true;
        }
    }
}

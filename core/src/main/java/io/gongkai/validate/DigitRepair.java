package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.CellRef;
import io.gongkai.model.CellStatus;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Table;
import io.gongkai.normalize.DigitConfusion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OCR figures with one digit misread, put right by the identities they fail. A photocopy breaks the thin strokes of a
 * 4 and both engines read it 1 ({@code 4,608,515} as {@code 1,608,515}): the figure's row total and its column's sum
 * then fail by the same 3,000,000. A figure read by OCR (confidence below 1, a text layer's never) is given the reading
 * one digit away that the scan may have lost ink from ({@link DigitConfusion#printedFor}: 1 for 4, never 4 for 1) that makes at least {@link #CONFIRMATIONS} failing identities
 * hold and breaks none that held or could not be decided; the same figure read alike in several cells of one row (a
 * total and its copy under 基本支出) is put right in all of them at once. Where another figure of one of those
 * identities, one digit that lost ink off, would make that identity hold too without breaking any (a copy pair in the next
 * row with a 1 where this one has its 1; a 类 and its one 款 that both lost the stroke, changed together), or two
 * readings of one figure would each do, nothing is taken: the identities fail as before and say so.
 *
 * <p>Source of the rule: the scan matrix (README → Performance): on the photocopy condition most misread figures of
 * the real budgets are such a 4; the identities that pin one are independent of the reading.
 */
final class DigitRepair {
    /**
     * Failing identities a new reading must make hold: one could hold by chance (a difference that one digit happens to
     * make up) — except one that compares two OCR readings of the same figure, where the reading with the stroke the
     * other lost is taken (its other identities still verify it, or contradict it and it stays flagged).
     */
    static final int CONFIRMATIONS = 2;
    /** Figures considered at most (a page of thousands of failing OCR cells is no misread digit). */
    private static final int MAX_CANDIDATES = 2_000;

    /** One figure's new reading, in every cell of its group. */
    record Fix(List<CellRef> cells, BigDecimal from, BigDecimal to, List<String> identities) {
        /** Which digit was read for which: "4 read as 1". */
        String digitSaid() {
            String a = from.abs().toPlainString(), b = to.abs().toPlainString();
            for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
                if (a.charAt(i) != b.charAt(i)) return b.charAt(i) + " read as " + a.charAt(i)
                        + (DigitConfusion.printedFor(a.charAt(i)).indexOf(b.charAt(i)) >= 0 ? ", a stroke lost" : ", a speck taken for a stroke");
            }
            return "one digit misread";
        }
    }

    private DigitRepair() {
    }

    /**
     * The figures to read again: each {@link Fix} the only new reading that makes its identities hold.
     *
     * @param equations the identities (each decidable: no table of unknown unit in it)
     * @param vars      every cell's value in 元 as read, blanks as 0, nothing pinned by an identity (not modified: entries are
     *                  restored)
     * @param cells     the document's cells
     * @param byRef     its tables by reference
     */
    static List<Fix> find(List<Equation> equations, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells, Map<String, Table> byRef) {
        return new Search(equations, vars, cells, byRef).fixes();
    }

    /** One search over a document's identities: the values as validation sees them, changed and restored in turn. */
    private static final class Search {
        private final Map<CellRef, Solver.Var> vars;
        private final Map<CellRef, Cell> cells;
        private final Map<String, Table> byRef;
        private final Map<CellRef, List<Equation>> uses = new HashMap<>();
        private final Map<Equation, CheckStatus> before = new HashMap<>();
        private final Set<CellRef> failing = new java.util.LinkedHashSet<>();
        /** The cells of each identity's rows, by table and row (a figure's copies are looked up there, not among all cells). */
        private final Map<List<String>, List<CellRef>> byRow = new HashMap<>();

        // (identities are evaluated with blanks as 0, the tables' convention: 合计 1,608,515 beside 人员经费 4,608,515 and a
        // blank 公用经费 fails, where validation, which cannot tell a lost figure from a 0, calls it undecided)
        Search(List<Equation> equations, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells, Map<String, Table> byRef) {
            this.vars = vars;
            this.cells = cells;
            this.byRef = byRef;
            for (Equation e : equations) {
                if (!e.missing().isEmpty()) continue;
                CheckStatus s = IdentityEngine.evaluate(e, vars, false).status();
                before.put(e, s);
                uses.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
                for (CellRef r : e.terms()) uses.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
                if (s == CheckStatus.FAIL) {
                    failing.add(e.target());
                    failing.addAll(e.terms());
                }
            }
            for (CellRef r : uses.keySet()) byRow.computeIfAbsent(List.of(r.table(), r.row()), k -> new ArrayList<>()).add(r);
        }

        List<Fix> fixes() {
            if (failing.isEmpty()) return List.of();
            // groups: one OCR figure, and the cells of its row that read the same figure
            Set<List<CellRef>> groups = new java.util.LinkedHashSet<>();
            for (CellRef ref : failing) {
                if (!candidate(ref, vars, cells, byRef)) continue;
                groups.add(List.of(ref));
                List<CellRef> same = copies(ref);
                if (same.size() > 1) groups.add(same);
                if (groups.size() > MAX_CANDIDATES) return List.of();
            }
            List<Fix> found = new ArrayList<>();
            for (List<CellRef> group : groups) {
                BigDecimal from = cells.get(group.get(0)).number();
                for (BigDecimal to : readings(from)) {
                    List<Equation> fixed = change(group, to, null);
                    if (fixed == null || fixed.isEmpty()) continue;
                    // one identity is enough where it compares two readings of one figure (合计 = 基本支出 + 0): the reading
                    // with the stroke the other lost is the figure; its column's sum still decides whether it is verified
                    if (fixed.size() < CONFIRMATIONS && !(group.size() == 1 && restatesAfter(fixed.get(0), group, to))) continue;
                    // another figure of one of these identities, one digit that lost ink off, may account for its difference
                    // as well (a 1 for a 4 in the next row, whose copies leave their row total holding): nothing says which
                    if (fixed.stream().anyMatch(e -> explainedElsewhere(e, group))) continue;
                    found.add(new Fix(group, from, to, fixed.stream().map(Equation::id).toList()));
                }
            }
            // a reading is taken only where it is the one way to make its identities hold: two fixes sharing an identity
            // or a cell (two digits of one figure, the same figure as a group and alone) cancel each other
            Map<String, Integer> claims = new HashMap<>();
            Map<CellRef, Integer> cellClaims = new HashMap<>();
            for (Fix f : found) {
                for (String id : f.identities()) claims.merge(id, 1, Integer::sum);
                for (CellRef r : f.cells()) cellClaims.merge(r, 1, Integer::sum);
            }
            List<Fix> out = new ArrayList<>();
            for (Fix f : found) {
                if (f.identities().stream().allMatch(id -> claims.get(id) == 1) && f.cells().stream().allMatch(r -> cellClaims.get(r) == 1)) out.add(f);
            }
            return out;
        }

        /** The OCR figures of {@code ref}'s row that read the same figure as it (itself included), by column. */
        private List<CellRef> copies(CellRef ref) {
            List<CellRef> same = new ArrayList<>();
            BigDecimal n = cells.get(ref).number();
            for (CellRef other : byRow.getOrDefault(List.of(ref.table(), ref.row()), List.of())) {
                if (ocrFigure(other, vars, cells, byRef) && cells.get(other).number().compareTo(n) == 0) same.add(other);
            }
            same.sort(java.util.Comparator.comparing(CellRef::column));
            return List.copyOf(same);
        }

        /**
         * The identities that failed and hold with {@code group} read as {@code to}, or null when one that held or could not
         * be decided then fails; with {@code only}, just whether that one then holds (an empty list when it does not).
         */
        private List<Equation> change(List<CellRef> group, BigDecimal to, Equation only) {
            Set<Equation> touched = new java.util.LinkedHashSet<>();
            for (CellRef r : group) touched.addAll(uses.getOrDefault(r, List.of()));
            Map<CellRef, Solver.Var> saved = new LinkedHashMap<>();
            for (CellRef r : group) {
                Solver.Var v = vars.get(r), w = v.copy();
                w.value = Interval.exact(to.multiply(v.scale));
                saved.put(r, v);
                vars.put(r, w);
            }
            try {
                List<Equation> fixed = new ArrayList<>();
                for (Equation e : touched) {
                    CheckStatus was = before.get(e), now = IdentityEngine.evaluate(e, vars, false).status();
                    if (was != CheckStatus.FAIL && now == CheckStatus.FAIL) return null;
                    if (was == CheckStatus.FAIL && now.holds() && (only == null || only == e)) fixed.add(e);
                }
                return fixed;
            } finally {
                vars.putAll(saved);
            }
        }

        /** Whether {@code e}, with {@code group} read as {@code to}, says one OCR figure equals another: target = the one non-zero term. */
        private boolean restatesAfter(Equation e, List<CellRef> group, BigDecimal to) {
            List<CellRef> all = new ArrayList<>(e.terms());
            all.add(e.target());
            BigDecimal figure = null;
            int nonZero = 0;
            for (CellRef r : all) {
                BigDecimal v;
                if (group.contains(r)) v = to;
                else {
                    Cell c = cells.get(r);
                    Solver.Var var = vars.get(r);
                    if (var == null || !var.value.isExact()) return false;
                    if (var.value.lo().signum() == 0) continue;
                    if (c == null || c.number() == null || c.confidence() >= 1) return false;
                    v = c.number();
                }
                if (v.signum() == 0) continue;
                nonZero++;
                if (figure != null && figure.compareTo(v) != 0) return false;
                figure = v;
            }
            return nonZero == 2;
        }

        /**
         * The OCR cells that restate {@code ref}'s figure through identities that hold (a 类 of one 款, 合计 = 基本支出 +
         * 0), and theirs in turn, with the copies of each row: one figure printed in several places, which a photocopy
         * breaks the same way in all of them (303 and its one 项 30302 both read 254,910 for 254,940: changed alone, either
         * breaks the identity between them, changed together they make the column's sum hold).
         */
        private List<CellRef> restated(CellRef ref) {
            BigDecimal n = cells.get(ref).number();
            Set<CellRef> out = new java.util.LinkedHashSet<>(copies(ref));
            java.util.ArrayDeque<CellRef> todo = new java.util.ArrayDeque<>(out);
            while (!todo.isEmpty()) {
                CellRef x = todo.pop();
                for (Equation e : uses.getOrDefault(x, List.of())) {
                    CheckStatus was = before.get(e);
                    if (was == null || !was.holds()) continue;
                    List<CellRef> nonZero = new ArrayList<>();
                    List<CellRef> all = new ArrayList<>(e.terms());
                    all.add(e.target());
                    boolean same = true;
                    for (CellRef r : all) {
                        Cell c = cells.get(r);
                        if (c == null || c.number() == null || c.number().signum() == 0) continue;
                        nonZero.add(r);
                        same &= c.number().compareTo(n) == 0 && ocrFigure(r, vars, cells, byRef);
                    }
                    if (!same || nonZero.size() != 2) continue;
                    for (CellRef y : nonZero) {
                        for (CellRef z : copies(y)) if (out.add(z)) todo.add(z);
                    }
                }
            }
            return List.copyOf(out);
        }

        /** Whether one lost-ink digit of another OCR figure of {@code e} (with its copies) makes it hold and breaks nothing. */
        private boolean explainedElsewhere(Equation e, List<CellRef> group) {
            List<CellRef> all = new ArrayList<>(e.terms());
            all.add(e.target());
            for (CellRef r : all) {
                if (group.contains(r) || !ocrFigure(r, vars, cells, byRef)) continue;
                // (a figure in doubt from its glyphs, its 1s and 4s each maybe the other, may be the one misread: a fax's
                // 商品和服务支出 read 15,384,432 at 0.3 beside a 办公费 read right, 5,811,753, at 0.95, and the 办公费 was
                // "put right" to 5,814,753 to make 302 hold, both verified)
                List<BigDecimal> alternatives = new ArrayList<>(readings(cells.get(r).number()));
                if (JointDigitRepair.mended(r, vars, cells, byRef)) alternatives.addAll(JointDigitRepair.readings(cells.get(r).number(), true));
                for (List<CellRef> other : List.of(List.of(r), copies(r), restated(r))) {
                    for (BigDecimal alt : alternatives) {
                        List<Equation> fixed = change(other, alt, e);
                        if (fixed != null && !fixed.isEmpty()) return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Whether an identity over a column of a table may fail for a row it cannot see: among the rows it spans (from its
     * first row to its last, in the table's order) stands a row that lost its place (its code doubtful or lost, its
     * label doubtful) with a figure in one of the identity's columns, and the identity fails by that figure (or by all
     * such figures), as read. Such an identity confirms no new reading: a 302 whose 款 read 30201 twice, the second (差旅费's
     * 80,000) keyed apart as doubtful, failed by 80,000, and a right 607,849 was "put right" to 687,849 to make 302 and
     * its 公用经费 column hold. An identity within one row (a row total) sees its whole row.
     */
    static boolean incomplete(Equation e, Map<String, Table> byRef, Map<CellRef, Solver.Var> vars) {
        BigDecimal difference = null; // evaluated once, where a placeless row is found
        List<CellRef> refs = new ArrayList<>(e.terms());
        refs.add(e.target());
        Map<String, Set<String>> rows = new HashMap<>();
        Map<String, Set<String>> columns = new HashMap<>();
        for (CellRef r : refs) {
            rows.computeIfAbsent(r.table(), k -> new HashSet<>()).add(r.row());
            columns.computeIfAbsent(r.table(), k -> new HashSet<>()).add(r.column());
        }
        for (Map.Entry<String, Set<String>> t : rows.entrySet()) {
            Table table = byRef.get(t.getKey());
            if (table == null || t.getValue().size() < 2) continue;
            Set<String> cols = columns.get(t.getKey());
            // the identity's rows span the table from its first to its last (a 类's from its own row to its last 项's)
            int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
            for (String key : t.getValue()) {
                java.util.Optional<io.gongkai.model.Row> r = table.row(key);
                if (r.isEmpty()) continue;
                first = Math.min(first, r.get().line());
                last = Math.max(last, r.get().line());
            }
            BigDecimal placed = BigDecimal.ZERO;
            for (io.gongkai.model.Row row : table.rows()) {
                if (t.getValue().contains(row.key().value()) || !placeless(row) || row.line() <= first || row.line() >= last) continue;
                for (Cell c : row.cells()) {
                    if (!cols.contains(c.column()) || c.number() == null || c.number().signum() == 0) continue;
                    if (difference == null) {
                        io.gongkai.model.Check now = IdentityEngine.evaluate(e, vars, false);
                        if (now.difference() == null) return true;
                        difference = now.difference().abs();
                    }
                    // the identity fails by this figure (or by all of them): the figure may be its missing term
                    if (close(difference, c.number().abs())) return true;
                    placed = placed.add(c.number().abs());
                }
            }
            if (placed.signum() > 0 && close(difference, placed)) return true;
        }
        return false;
    }

    /** Whether two amounts differ by less than a 分 or a 万元's rounding (0.02). */
    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(new BigDecimal("0.02")) <= 0;
    }

    /** A row whose code or label its check found doubtful, or whose code was lost: where it belongs is not known. */
    private static boolean placeless(io.gongkai.model.Row row) {
        return IdentityEngine.keyDoubtful(row.repairs()) || row.repairs().stream().anyMatch(x -> x.kind() == io.gongkai.model.RepairKind.CODE_MISSING);
    }

    /** An amount read by OCR, standing as read (not recovered, not in doubt), of a money or count column. */
    static boolean candidate(CellRef ref, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells, Map<String, Table> byRef) {
        if (!ocrFigure(ref, vars, cells, byRef)) return false;
        Cell c = cells.get(ref);
        Solver.Var v = vars.get(ref);
        return (c.status() == CellStatus.OK || c.status() == CellStatus.REPAIRED) && v.origin == Solver.Var.Origin.VALUE && v.value.isExact();
    }

    /** A figure OCR read (as it stands, or in doubt: {@code 1,755.518}), of a money or count column, in some identity. */
    static boolean ocrFigure(CellRef ref, Map<CellRef, Solver.Var> vars, Map<CellRef, Cell> cells, Map<String, Table> byRef) {
        Cell c = cells.get(ref);
        Solver.Var v = vars.get(ref);
        Table t = byRef.get(ref.table());
        if (c == null || v == null || t == null || c.number() == null || c.confidence() >= 1) return false;
        if (v.origin == Solver.Var.Origin.BLANK || v.origin == Solver.Var.Origin.CUT_OFF) return false;
        Column.Kind kind = t.column(ref.column()).map(Column::kind).orElse(Column.Kind.MONEY);
        return kind == Column.Kind.MONEY || kind == Column.Kind.COUNT;
    }

    /** The figures {@code n} may have been printed as, one digit that lost ink away ({@link DigitConfusion#printedFor}), with its decimals (no new leading 0; none for 0). */
    static List<BigDecimal> readings(BigDecimal n) {
        List<BigDecimal> out = new ArrayList<>();
        if (n.signum() == 0) return out; // a 0 is read right, or lost whole: no digit of it to put right
        String s = n.abs().toPlainString();
        for (String alt : DigitConfusion.oneLost(s)) {
            if (alt.length() > 1 && alt.charAt(0) == '0' && alt.charAt(1) != '.') continue;
            BigDecimal v = new BigDecimal(alt);
            out.add(n.signum() < 0 ? v.negate() : v);
        }
        return out;
    }
}

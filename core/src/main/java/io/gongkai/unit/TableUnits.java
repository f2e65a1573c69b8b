package io.gongkai.unit;

import io.gongkai.model.Cell;
import io.gongkai.model.CellRef;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import io.gongkai.template.IdentityExpression;
import io.gongkai.template.IdentitySpec;
import io.gongkai.template.TemplateCatalog;
import io.gongkai.validate.IdentityEngine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where each table's money unit is decided, from evidence only, in this order:
 *
 * <ol>
 *   <li><b>Printed</b> with the table ({@link PrintedUnit}: a unit line above its grid or in its header rows, else a
 *       unit on its own labels); the assembler reads it.</li>
 *   <li><b>Identity</b>: a cross-table identity ({@code templates/cross-*.json}) between this table and a table of
 *       known unit that holds with this table in one unit and fails in the other (a factor of 10,000 between 元 and
 *       万元). The identities are evaluated by the {@link IdentityEngine} with its own tolerances (an amount in 万元 is
 *       good to ±0.005 万元, in whole 元 to ±0.5 元, in 元 with 分 exact); only an identity over printed figures
 *       counts (no blank or dash taken as 0, no value an identity recovered, not 0 = 0). A table so established is
 *       known for the others (T06 from T05, then T07 from T06), tables taken in reading order until nothing
 *       changes.</li>
 *   <li><b>Rounding</b>: with no such identity, two or more of the table's own sums, sharing no cell, that hold in
 *       万元 only within its rounding (a total 0.01–0.02 off its printed parts) and fail in 元: amounts in 元 with 分
 *       add up exactly. One such sum is not enough (a single misread cent makes one, or two sharing that cell).</li>
 * </ol>
 * Evidence for both units, or for none: {@link MoneyUnit#UNKNOWN}, said in the table's and the document's
 * diagnostics, and {@link #flagUnknown} marks every amount of the table {@link CellStatus#SUSPECT}. Never another
 * table's unit, never the document's majority. Thread-safe.
 */
public final class TableUnits {
    private static final List<MoneyUnit> UNITS = List.of(MoneyUnit.YUAN, MoneyUnit.WAN_YUAN);
    /** How many sums, sharing no cell, must show the rounding of 万元 before it counts as evidence. */
    static final int ROUNDING_SUMS = 2;

    private final TemplateCatalog catalog;
    private final IdentityEngine identities;

    /** @param catalog the templates, whose cross-table identities are the evidence; {@code identities} evaluates them */
    public TableUnits(TemplateCatalog catalog, IdentityEngine identities) {
        this.catalog = catalog;
        this.identities = identities;
    }

    /**
     * @param doc a document before validation: tables with the unit they print, or {@link MoneyUnit#UNKNOWN}
     * @return the document with every table's unit and {@link UnitSource} decided, the document's summary unit (the
     *         one most tables with amounts are in), a diagnostic on each table with amounts saying where its unit
     *         comes from, and on the document for each whose unit is not printed
     */
    public Document decide(Document doc) {
        List<Table> tables = new ArrayList<>(doc.tables());
        tables.replaceAll(TableUnits::doubtfulYuan);
        Map<String, Evidence> undecided = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < tables.size(); i++) {
                Table t = tables.get(i);
                if (t.unit().known() || !needsUnit(t) || undecided.containsKey(t.ref()) && undecided.get(t.ref()).conflict()) continue;
                Evidence e = evidence(doc, tables, i);
                if (e.unit().known()) {
                    tables.set(i, t.withUnit(e.unit(), e.source()));
                    undecided.remove(t.ref());
                    changed = true;
                } else {
                    undecided.put(t.ref(), e);
                }
            }
        }
        List<Diagnostic> notes = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            if (!needsUnit(t)) continue;
            if (t.unitSource().printed()) {
                // said on the table only: the document's diagnostics name the tables whose unit is not printed
                tables.set(i, t.withDiagnostics(List.of(new Diagnostic(Diagnostic.Severity.INFO, t.ref(), t.ref() + ": unit "
                        + t.unit().label() + " as printed (" + t.unitSource().kind().id() + "): " + t.unitSource().detail()))));
                continue;
            }
            Diagnostic d;
            if (t.unit().known()) {
                d = new Diagnostic(Diagnostic.Severity.INFO, t.ref(), t.ref() + ": unit " + t.unit().label() + " inferred (" + t.unitSource().kind().id()
                        + "): the table prints none; " + t.unitSource().detail());
            } else {
                UnitSource none = new UnitSource(UnitSource.Kind.NONE, undecided.get(t.ref()).source().detail());
                t = t.withUnit(MoneyUnit.UNKNOWN, none);
                tables.set(i, t);
                d = new Diagnostic(Diagnostic.Severity.WARNING, t.ref(), t.ref() + ": unit unknown: " + none.detail() + "; its " + t.amountCount()
                        + " amounts are flagged suspect (元 or 万元: a factor of 10,000)");
            }
            tables.set(i, t.withDiagnostics(List.of(d)));
            notes.add(d);
        }
        return doc.withUnits(tables, summaryUnit(tables), notes);
    }

    /** Below this largest amount (元), a table OCR read in 元 is one few departments print; see {@link #doubtfulYuan}. */
    static final java.math.BigDecimal SMALL_FOR_YUAN = java.math.BigDecimal.valueOf(10_000);

    /**
     * A table OCR read as printed in 元 whose amounts, with 分 printed, are all under {@link #SMALL_FOR_YUAN}: a 万 lost
     * from its 单位：万元 reads so (a newcomer's red seal ring crossed the 万 of a "三公" table's unit line: 10.71 万元 and
     * 184.59 万元 came out as 元, ok and verified). The unit is left to the evidence ({@link #decide}:
     * identities with tables of known unit, else unknown and every amount flagged). A text layer's unit is as printed.
     */
    private static Table doubtfulYuan(Table t) {
        if (t.unit() != MoneyUnit.YUAN || !t.unitSource().printed()) return t;
        java.math.BigDecimal max = null;
        boolean ocr = false, cents = false;
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                if (!t.isAmount(c)) continue;
                ocr |= c.confidence() < 1;
                cents |= c.number().stripTrailingZeros().scale() > 0;
                java.math.BigDecimal a = c.number().abs();
                if (max == null || a.compareTo(max) > 0) max = a;
            }
        }
        if (!ocr || !cents || max == null || max.compareTo(SMALL_FOR_YUAN) >= 0) return t;
        String why = "read by OCR as " + t.unitSource().detail() + ", but its largest amount is " + max.toPlainString()
                + " with 分: a department's table in 元 is rarely so small, and a 万 lost from 万元 (under a seal, a stain) reads so";
        return t.withUnit(MoneyUnit.UNKNOWN, new UnitSource(UnitSource.Kind.NONE, why));
    }

    /**
     * Every amount (a number in a money column) of a table of unknown unit made {@link CellStatus#SUSPECT}, with a
     * {@link RepairKind#UNIT_UNKNOWN} repair saying why. Run after validation: the table's own identities are checked on
     * its amounts as printed.
     */
    public static Document flagUnknown(Document doc) {
        if (doc.tables().stream().allMatch(t -> t.unit().known())) return doc;
        List<Table> tables = new ArrayList<>();
        for (Table t : doc.tables()) {
            if (t.unit().known()) { tables.add(t); continue; }
            String why = "the table's unit (元 or 万元) is unknown: " + t.unitSource().detail();
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (Cell c : r.cells()) {
                    cells.add(t.isAmount(c) ? c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.UNIT_UNKNOWN, c.status().id(), why)) : c);
                }
                rows.add(r.withCells(cells));
            }
            tables.add(t.withRows(rows));
        }
        return doc.withTables(tables, doc.checks());
    }

    /** What the identities say of table {@code at}'s unit, the other tables as they stand. */
    private Evidence evidence(Document doc, List<Table> tables, int at) {
        Table u = tables.get(at);
        List<Table> involved = involved(doc, tables, at);
        Map<MoneyUnit, Document> tried = new LinkedHashMap<>();
        for (MoneyUnit unit : UNITS) {
            List<Table> hypothesis = new ArrayList<>(involved);
            hypothesis.replaceAll(t -> t == u ? u.withUnit(unit, new UnitSource(UnitSource.Kind.NONE, "hypothesis")) : t);
            tried.put(unit, identities.validate(doc.withTables(hypothesis, List.of())));
        }
        Document inYuan = tried.get(MoneyUnit.YUAN), inWan = tried.get(MoneyUnit.WAN_YUAN);
        Map<CellRef, Cell> yuanCells = inYuan.cellsByRef(), wanCells = inWan.cellsByRef();
        List<String> forYuan = new ArrayList<>(), forWan = new ArrayList<>();
        List<Check> yuanCross = inYuan.checks(), wanCross = inWan.checks();
        Map<CellRef, Cell> asRead = doc.cellsByRef();
        for (int i = 0; i < Math.min(yuanCross.size(), wanCross.size()); i++) {
            Check y = yuanCross.get(i), w = wanCross.get(i);
            if (!y.identity().equals(w.identity()) || !reads(y, u.ref())) continue;
            // over figures as read, an identity that holds in one unit cannot, ×10,000, in the other: there it fails, or is
            // unverifiable where OCR's doubt of a figure let it take that figure as unknown (a newcomer's specky fax of
            // 司法局26: its 总表's unit line illegible, T02's 收入总计 confirmed in 元 only, 28 amounts of unknown unit)
            if (holdsAsRead(y, yuanCells, asRead) && !w.status().holds()) forYuan.add(because(y, u.ref(), tables, MoneyUnit.YUAN));
            if (holdsAsRead(w, wanCells, asRead) && !y.status().holds()) forWan.add(because(w, u.ref(), tables, MoneyUnit.WAN_YUAN));
        }
        List<String> rounding = roundingSums(inYuan.tableByRef(u.ref()).orElseThrow(), inWan.tableByRef(u.ref()).orElseThrow(), wanCells);
        boolean byRounding = rounding.size() >= ROUNDING_SUMS;
        if (!forYuan.isEmpty() && (!forWan.isEmpty() || byRounding)) {
            List<String> wan = new ArrayList<>(forWan);
            if (byRounding) wan.add("its sums round like 万元: " + String.join(", ", rounding));
            return Evidence.conflict("the evidence disagrees: in 元 " + String.join("; ", forYuan) + "; in 万元 " + String.join("; ", wan));
        }
        if (!forYuan.isEmpty()) return new Evidence(MoneyUnit.YUAN, new UnitSource(UnitSource.Kind.IDENTITY, String.join("; ", forYuan)), false);
        if (!forWan.isEmpty()) return new Evidence(MoneyUnit.WAN_YUAN, new UnitSource(UnitSource.Kind.IDENTITY, String.join("; ", forWan)), false);
        if (byRounding) {
            return new Evidence(MoneyUnit.WAN_YUAN, new UnitSource(UnitSource.Kind.ROUNDING, rounding.size()
                    + " of its sums, sharing no cell, hold in 万元 only within its rounding and fail in 元: " + String.join(", ", rounding)), false);
        }
        String why = (u.unitSource().kind() == UnitSource.Kind.NONE && !u.unitSource().equals(PrintedUnit.NOT_PRINTED)
                ? u.unitSource().detail() : PrintedUnit.NOT_PRINTED.detail()) + ", and no identity with a table of known unit tells 元 from 万元";
        if (rounding.size() == 1) why += " (one sum is off by a rounding step of 万元: " + rounding.get(0) + "; one is not enough)";
        return new Evidence(MoneyUnit.UNKNOWN, new UnitSource(UnitSource.Kind.NONE, why), false);
    }

    /**
     * The tables whose identities can say something of table {@code at}'s unit, in reading order: itself, and when it
     * is the first of its template (a cross-table identity binds the first table of each template), the first table
     * of every template that shares a cross-table identity with it. The others would only cost time.
     */
    private List<Table> involved(Document doc, List<Table> tables, int at) {
        Table u = tables.get(at);
        Set<String> templates = new HashSet<>();
        boolean first = u.templateId() != null && tables.stream().filter(t -> u.templateId().equals(t.templateId())).findFirst().orElseThrow() == u;
        if (first) {
            for (IdentitySpec spec : catalog.crossIdentities(doc.kind())) {
                IdentityExpression e = IdentityExpression.parse(spec.expr());
                Set<String> named = new HashSet<>();
                named.add(e.target().template());
                e.terms().forEach(term -> named.add(term.ref().template()));
                if (named.contains(u.templateId())) templates.addAll(named);
            }
        }
        Set<String> taken = new HashSet<>();
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            if (t == u || t.templateId() != null && templates.contains(t.templateId()) && taken.add(t.templateId())) out.add(t);
        }
        return out;
    }

    /**
     * The table's own sums that hold in 万元 only within its rounding (ROUNDING, a difference that is not 0) over
     * printed figures and fail in 元, as many as share no cell.
     */
    private static List<String> roundingSums(Table inYuan, Table inWan, Map<CellRef, Cell> wanCells) {
        List<String> out = new ArrayList<>();
        Set<CellRef> used = new HashSet<>();
        List<Check> y = inYuan.checks(), w = inWan.checks();
        for (int i = 0; i < Math.min(y.size(), w.size()); i++) {
            Check cy = y.get(i), cw = w.get(i);
            if (!cy.identity().equals(cw.identity()) || cw.status() != CheckStatus.ROUNDING || cy.status() != CheckStatus.FAIL) continue;
            if (!printedHolds(cw, wanCells) || cw.cells().stream().anyMatch(used::contains)) continue;
            used.addAll(cw.cells());
            out.add(cw.identity() + " (difference " + cw.difference().stripTrailingZeros().toPlainString() + ")");
        }
        return out;
    }

    /** The check reads an amount of this table. */
    private static boolean reads(Check c, String ref) {
        return c.cells().stream().anyMatch(r -> r.table().equals(ref));
    }

    /**
     * Holds over figures the source prints: no blank or dash taken as 0 (a blank where the template prints 0 as blank
     * is a figure), no value an identity recovered or one in doubt, not 0 = 0.
     */
    private static boolean printedHolds(Check c, Map<CellRef, Cell> cells) {
        if (!c.status().holds() || !c.noFigure().isEmpty()) return false;
        if (c.expected() == null || c.actual() == null || c.expected().signum() == 0 && c.actual().signum() == 0) return false;
        for (CellRef r : c.cells()) {
            Cell cell = cells.get(r);
            if (cell == null || cell.status() == CellStatus.RECOVERED || cell.status() == CellStatus.SUSPECT) return false;
        }
        return true;
    }

    /**
     * Holds over figures as they were read: none blank or a dash taken as 0, none an identity recovered or changed, not
     * 0 = 0. A figure OCR was in doubt of, or that its identities hold over without proving its digits (a total restating
     * a figure of another table), counts: what it says of the unit is that its digits, as read, hold in one unit and,
     * ×10,000, cannot in the other (a newcomer's fax of 商务委员会25: 收入总计 371,514,655.00 read alike in the 总表 and the
     * 财政拨款收支总表, both left unverified as a restated figure, and the second table's unit left unknown).
     */
    private static boolean holdsAsRead(Check c, Map<CellRef, Cell> cells, Map<CellRef, Cell> asRead) {
        if (!c.status().holds() || !c.noFigure().isEmpty()) return false;
        if (c.expected() == null || c.actual() == null || c.expected().signum() == 0 && c.actual().signum() == 0) return false;
        for (CellRef r : c.cells()) {
            Cell now = cells.get(r), read = asRead.get(r);
            if (now == null || read == null || now.status() == CellStatus.RECOVERED || read.status() == CellStatus.RECOVERED) return false;
            if (now.number() == null || read.number() == null || now.number().compareTo(read.number()) != 0) return false;
        }
        return true;
    }

    /** E.g. {@code cross/summary-income with T02 (元, header) holds in 元 and fails in 万元: T01[…].1 = T02[…].1}. */
    private static String because(Check c, String ref, List<Table> tables, MoneyUnit holdsIn) {
        Set<String> others = new java.util.TreeSet<>();
        for (CellRef r : c.cells()) if (!r.table().equals(ref)) others.add(r.table());
        List<String> with = new ArrayList<>();
        for (String o : others) {
            Table t = tables.stream().filter(x -> x.ref().equals(o)).findFirst().orElseThrow();
            with.add(o + " (" + t.unit().label() + ", " + t.unitSource().kind().id() + ")");
        }
        MoneyUnit other = holdsIn == MoneyUnit.YUAN ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
        return c.identity() + " with " + String.join(", ", with) + " holds in " + holdsIn.label() + " and fails in " + other.label() + ": " + c.description();
    }

    /** A table whose amounts need a unit: some number in a money column. */
    private static boolean needsUnit(Table t) {
        return t.amountCount() > 0;
    }

    /**
     * The unit most tables with amounts are in (ties: the first in reading order); unknown when none has a known one. A
     * table of unknown unit counts for unknown: a summary in 元 of unknown unit beside a 三公 table in 万元 (whose one row
     * is read since single-row tables keep an unlabelled row) does not make the document 万元.
     */
    static MoneyUnit summaryUnit(List<Table> tables) {
        Map<MoneyUnit, Integer> votes = new LinkedHashMap<>();
        for (Table t : tables) if (needsUnit(t)) votes.merge(t.unit(), 1, Integer::sum);
        MoneyUnit best = MoneyUnit.UNKNOWN;
        int most = 0;
        for (Map.Entry<MoneyUnit, Integer> e : votes.entrySet()) {
            if (e.getValue() > most) { best = e.getKey(); most = e.getValue(); }
        }
        return best;
    }

    /** What the identities said of one table: a unit (or unknown) and why; a conflict is not looked at again. */
    private record Evidence(MoneyUnit unit, UnitSource source, boolean conflict) {
        static Evidence conflict(String why) {
            return new Evidence(MoneyUnit.UNKNOWN, new UnitSource(UnitSource.Kind.NONE, why), true);
        }
    }
}

package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.CellRef;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateCatalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every identity of a document and recovers what OCR lost where the identities pin it.
 *
 * <ol>
 *   <li>Each template's identities (row and column sums, 类 = Σ款 = Σ项 trees) and the document kind's cross-table
 *       identities are expanded over the cells the document has.</li>
 *   <li>Interval propagation ({@link Solver}) pins lost, truncated or doubtful cells; each becomes {@code recovered}
 *       (or {@code repaired} when it confirms an uncertain reading), with the identity named in its repairs.</li>
 *   <li>Every identity is evaluated: PASS, ROUNDING (within the rounding of its figures: half a unit of each figure's
 *       last printed digit, see {@code printedDecimals}), FAIL, UNVERIFIABLE. A FAIL
 *       is never "fixed": a recovered cell that takes part in one is downgraded to {@code suspect}.</li>
 * </ol>
 * Before that, an OCR figure with one digit misread (a photocopy's 4 read as 1) that two failing identities pin is
 * read again ({@link DigitRepair}, {@code repaired}, {@link RepairKind#OCR_DIGIT}) and the document checked anew.
 * Thread-safe.
 */
public final class IdentityEngine {
    private final TemplateCatalog catalog;

    public IdentityEngine(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    public Document validate(Document doc) {
        return validate(doc, MAX_DIGIT_ROUNDS);
    }

    /** Rounds of {@link DigitRepair} (each puts right what the last one's fixes let the identities pin). */
    private static final int MAX_DIGIT_ROUNDS = 6;

    private Document validate(Document doc, int digitRounds) {
        EquationBuilder builder = new EquationBuilder(doc.tables(), catalog);
        List<Equation> equations = new ArrayList<>();
        for (Table t : doc.tables()) {
            if (t.templateId() == null) continue;
            Optional<Template> tpl = catalog.of(t);
            tpl.ifPresent(template -> equations.addAll(builder.forTable(t, template.identities())));
        }
        Map<String, Table> byRef = new HashMap<>();
        for (Table t : doc.tables()) byRef.put(t.ref(), t);
        // a cross-table identity over amounts of a table whose unit is unknown cannot be decided (nor solve anything):
        // the two sides are in no known ratio
        List<Equation> all = new ArrayList<>(equations);
        Map<Equation, String> unitless = new java.util.IdentityHashMap<>();
        for (Equation e : builder.cross(catalog.crossIdentities(doc.kind()))) {
            all.add(e);
            String unknown = unknownUnitTables(e, byRef);
            if (unknown.isEmpty()) equations.add(e);
            else unitless.put(e, unknown);
        }
        Map<CellRef, Cell> cellAt = doc.cellsByRef();
        Set<String> blankIsZero = new HashSet<>();
        for (Table t : doc.tables()) {
            if (catalog.of(t).map(Template::blankMeansZero).orElse(false)) blankIsZero.add(t.ref());
        }
        Map<CellRef, Solver.Var> strict = new LinkedHashMap<>();
        for (Equation e : equations) {
            variable(e.target(), byRef, cellAt, strict, blankIsZero);
            e.terms().forEach(r -> variable(r, byRef, cellAt, strict, blankIsZero));
        }
        // the figures as read (blanks as 0, a reading in doubt as it was read: 3,503.499 as 3,503,499), before any identity
        // pins an unknown: a value pinned to make one identity hold absorbs whatever else is wrong in it, and would hide a
        // misread digit's failure. Only a document with OCR figures has digits to put right (a text layer's are as printed:
        // nothing is copied or searched for it)
        boolean ocrFigures = digitRounds > 0 && cellAt.values().stream().anyMatch(c -> c.number() != null && c.confidence() < 1);
        Map<CellRef, Solver.Var> asRead = new LinkedHashMap<>();
        if (ocrFigures) strict.forEach((ref, v) -> {
            Solver.Var w = assume(v.copy(), false);
            Cell c = cellAt.get(ref);
            if (w.origin == Solver.Var.Origin.UNCERTAIN && c != null && c.number() != null) w.value = Interval.exact(c.number().multiply(w.scale));
            asRead.put(ref, w);
        });
        // phase one: only what the source shows
        new Solver(strict).solve(equations);
        List<Check> strictChecks = equations.stream().map(e -> evaluate(e, strict)).toList();
        // phase two: blank amounts and truncated amounts under 1 元 taken as 0 (the convention of these tables),
        // kept only where no identity that phase one did not fail fails under the assumption
        Map<CellRef, Solver.Var> assumed = new LinkedHashMap<>();
        strict.forEach((ref, v) -> assumed.put(ref, assume(v.copy(), false)));
        new Solver(assumed).solve(equations);
        List<Check> assumedChecks = equations.stream().map(e -> evaluate(e, assumed)).toList();
        Map<CellRef, Solver.Var> blanksTaken = choose(equations, strict, strictChecks, assumed, assumedChecks);
        // phase three: OCR zeros in doubt taken as 0 too, kept only where no identity phase two did not fail fails (a
        // wrong one costs none of phase two's blanks)
        Map<CellRef, Solver.Var> vars = zerosTaken(equations, blanksTaken);
        if (ocrFigures) {
            // an OCR figure with one digit misread that its failing identities pin: read again, and everything checked anew
            // figures that lost their 4s' crossbars in many places (every 4 of a photocopy read 1), read again together
            // first: one figure mended alone can make two identities hold by chance where another figure of each is
            // misread too (1,100 as 4,100 beside a 4,400 read 4,100), and would then stand verified
            // (by identities that see all their figures: none that a row which lost its place may belong to)
            List<Equation> confirming = equations.stream().filter(e -> !DigitRepair.incomplete(e, byRef, asRead)).toList();
            List<DigitRepair.Fix> fixes = JointDigitRepair.find(confirming, asRead, cellAt, byRef);
            if (fixes.isEmpty()) fixes = DigitRepair.find(confirming, asRead, cellAt, byRef);
            if (!fixes.isEmpty()) return validate(withDigitsPutRight(doc, fixes), digitRounds - 1);
        }

        Map<CellRef, Cell> revised = new HashMap<>();
        // an amount whose row's code is doubtful stays suspect whatever an identity pins it to, and an identity that holds
        // only thanks to the value pinned for it proves nothing
        Set<CellRef> pinnedDoubtful = new HashSet<>();
        vars.forEach((ref, v) -> {
            if (v.initiallyExact || !v.value.isExact()) return;
            if (v.assumed && v.origin == Solver.Var.Origin.BLANK) return; // a blank stays blank; its checks say what was assumed
            if (v.assumed && v.readZero) return; // a 0 read in doubt stays as read, in doubt: its checks verify nothing by it
            Cell cell = cellAt.get(ref);
            if (cell != null && keyDoubtful(cell)) { pinnedDoubtful.add(ref); return; }
            if (cell == null) return;
            Cell pinned = recovered(cell, v);
            if (separatorsInDoubt(cell) && !sameDigits(cell.raw(), pinned.number())) {
                // digits a text gives are what is printed, whatever its separators left in doubt: a value pinned for it
                // that is other digits makes the identity hold over a figure that is not there. Taken as read, the identity
                // fails, and every cell of it is in doubt (trial137's OCR text: 1 410, 886. 00 pinned to 1,410,936 by its
                // 款's sum, which hid 17,230 printed for 17,280 two rows above)
                v.value = Interval.exact(cell.number().multiply(v.scale));
                return;
            }
            revised.put(ref, pinned);
        });

        List<Check> checks = new ArrayList<>();
        Map<String, List<Check>> byTable = new HashMap<>();
        List<Check> cross = new ArrayList<>();
        for (Equation e : all) {
            Check c = unitless.containsKey(e)
                    ? new Check(e.id(), e.describe() + " (the unit of " + unitless.get(e) + " is unknown)", CheckStatus.UNVERIFIABLE, null, null, null, e.target(), e.terms())
                    : evaluate(e, vars);
            checks.add(c);
            if (e.owner() == null) cross.add(c);
            else byTable.computeIfAbsent(e.owner(), k -> new ArrayList<>()).add(c);
        }
        Set<CellRef> inFailure = new HashSet<>();
        for (Check c : checks) if (c.status() == CheckStatus.FAIL) inFailure.addAll(c.cells());
        // a blank an identity needs a figure for: taken as 0 the identity fails (the check itself stays unverifiable)
        for (Equation e : all) {
            if (unitless.containsKey(e)) continue;
            for (CellRef ref : blanksFailing(e, vars)) {
                Cell c = cellAt.get(ref);
                if (c == null || c.status() != CellStatus.EMPTY || revised.containsKey(ref)) continue;
                revised.put(ref, c.revised(null, CellStatus.SUSPECT, new Repair(RepairKind.BLANK_CONTRADICTED, c.raw(),
                        "blank, yet taken as 0 it fails " + e.describe() + ": a figure may have been lost")));
            }
        }
        Set<CellRef> conflicted = new HashSet<>();
        revised.replaceAll((ref, c) -> {
            if (c.status() != CellStatus.RECOVERED) return c;
            if (inFailure.contains(ref)) {
                conflicted.add(ref);
                return c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.IDENTITY_CONFLICT, c.text(), "a failing identity contradicts the recovered value"));
            }
            // a figure read 4 from its glyphs may be a 1 (its 4s each may be 1s: Confidence#MENDED)
            if (!(JointDigitRepair.mended(ref, vars, cellAt, byRef) && foursReadAsOnes(cellAt.get(ref).number(), c.number())) && !printedAgrees(c)) {
                conflicted.add(ref);
                return c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.IDENTITY_CONTRADICTS_PRINT, c.raw(), "the identities give " + c.text() + ", which is not what is printed"));
            }
            return c;
        });
        // a value one identity computed for a lost cell is only as good as that identity's other cells: it stands when a
        // second identity agrees, or when the printed digits it completes agree (a truncated value), else it is doubtful.
        // An identity that holds only over a value a failing identity or the print contradicts confirms nothing (a
        // photocopied seed: 5396.96 recovered for a blank from a row total over a figure the print contradicts,
        // "confirmed" by that row total and its 款's sum, where 4104.67 is printed)
        Set<CellRef> contradicted = Set.copyOf(conflicted);
        Map<CellRef, Integer> holding = new HashMap<>();
        for (Check c : checks) {
            if (!c.status().holds() || c.cells().stream().anyMatch(contradicted::contains)) continue;
            // a cell that prints something no figure is confirmed only by an identity over a figure read beside it:
            // over blanks alone the identity holds by nothing (a newcomer's scan of a dotted page whose table lost every
            // figure: a row name's end spilt into the 基本支出 column came out 0.00 recovered, confirmed by its row and
            // its 款, all blank, where 6,160.00 is printed). A blank among blanks is confirmed by them
            for (CellRef r : c.cells()) if (blankRaw(cellAt.get(r)) || readBeside(c, r, cellAt)) holding.merge(r, 1, Integer::sum);
        }
        revised.replaceAll((ref, c) -> {
            if (c.status() != CellStatus.RECOVERED) return c;
            // (OCR digits are not a print: "1,206,0" may be 1,206,0 with a digit lost or 1,206.0 cut short; a second
            // identity must say which)
            Solver.Var v = vars.get(ref);
            if (v != null && v.origin == Solver.Var.Origin.TRUNCATED && wholeAmongCents(c) && c.number().stripTrailingZeros().scale() > 0) {
                // a whole figure OCR read among figures with 分 (DecimalConsistency): printed rounded to 1 元, which the
                // identities allow, or its 分 lost at the cell's edge; the identities hold either way and cannot tell.
                // A newcomer's 150 dpi scan: 合计 基本支出 printed 22,118,861 came out 22118861.34, verified. Not
                // demoted: the sums over it hold within its printed precision whichever it is
                BigDecimal read = c.number().setScale(0, RoundingMode.DOWN);
                return c.revised(read, CellStatus.SUSPECT, new Repair(RepairKind.WHOLE_OR_CUT, c.raw(), "read " + c.raw().strip()
                        + " in whole 元 among figures with 分; the identities give " + c.text() + ": printed rounded to 1 元, or its 分 not read"));
            }
            boolean completesPrintedDigits = v != null && v.origin == Solver.Var.Origin.TRUNCATED && !io.gongkai.model.Confidence.uncorroboratedOcr(c.confidence());
            if (completesPrintedDigits || holding.getOrDefault(ref, 0) >= 2) return c;
            conflicted.add(ref);
            return c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.IDENTITY_UNCONFIRMED, c.text(), "only one identity gives this value; no second one confirms it"));
        });
        conflicted.addAll(pinnedDoubtful);
        if (!conflicted.isEmpty()) {
            // a sum that holds only thanks to a value now known to be doubtful proves nothing
            java.util.function.UnaryOperator<Check> demote = c -> c.status().holds() && c.cells().stream().anyMatch(conflicted::contains)
                    ? new Check(c.identity(), c.description(), CheckStatus.UNVERIFIABLE, c.expected(), c.actual(), c.difference(), c.target(), c.terms(), c.noFigure())
                    : c;
            cross.replaceAll(demote);
            byTable.values().forEach(list -> list.replaceAll(demote));
        }

        List<Table> tables = new ArrayList<>();
        for (Table t : doc.tables()) {
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (Cell c : r.cells()) cells.add(revised.getOrDefault(new CellRef(t.ref(), r.key().value(), c.column()), c));
                rows.add(r.withCells(cells));
            }
            tables.add(t.withRows(rows).withChecks(byTable.getOrDefault(t.ref(), List.of())));
        }
        // until nothing changes: a figure flagged confirms nothing, and an identity that verified another cell through
        // it no longer does (a 款 flagged left the 项 recovered under it verified by one identity only)
        Document flagged = doc.withTables(tables, cross);
        for (int round = 0; round < 4; round++) {
            Document next = flagUnverifiedOcr(flagged, catalog);
            if (next == flagged) break;
            flagged = next;
        }
        return flagged;
    }

    /** Whether a cell printed nothing (its raw text blank). */
    private static boolean blankRaw(Cell c) {
        return c == null || c.raw() == null || c.raw().isBlank();
    }

    /** Whether a check's cells other than {@code ref} hold a figure read and not in doubt. */
    private static boolean readBeside(Check c, CellRef ref, Map<CellRef, Cell> cellAt) {
        for (CellRef o : c.cells()) {
            if (o.equals(ref)) continue;
            Cell x = cellAt.get(o);
            if (x != null && x.number() != null && (x.status() == CellStatus.OK || x.status() == CellStatus.REPAIRED)) return true;
        }
        return false;
    }

    /** The document with each fix's cells read as the fix says ({@link RepairKind#OCR_DIGIT}, status {@code repaired}). */
    private static Document withDigitsPutRight(Document doc, List<DigitRepair.Fix> fixes) {
        Map<CellRef, DigitRepair.Fix> at = new HashMap<>();
        for (DigitRepair.Fix f : fixes) for (CellRef r : f.cells()) at.put(r, f);
        List<Table> tables = new ArrayList<>();
        for (Table t : doc.tables()) {
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (Cell c : r.cells()) {
                    DigitRepair.Fix f = at.get(new CellRef(t.ref(), r.key().value(), c.column()));
                    cells.add(f == null ? c : c.revised(f.to(), CellStatus.REPAIRED, new Repair(RepairKind.OCR_DIGIT, c.raw(),
                            f.to().toPlainString() + " (OCR read " + f.from().toPlainString() + ": " + f.digitSaid() + "); with it these identities hold, which failed: "
                                    + String.join(", ", f.identities()))));
                }
                rows.add(r.withCells(cells));
            }
            tables.add(t.withRows(rows));
        }
        return doc.withTables(tables, doc.checks());
    }

    /**
     * An OCR figure that no identity verifies is flagged: suspect, {@code ocr-unverified} — one reading, or two engines
     * reading it alike (they fail alike: on a photocopy both read a 4 whose strokes broke as 1). So is any OCR figure no
     * identity verifies in a row the table does not know (a label that is none of the rows its template lists, as where
     * OCR garbled a row's name). In a table keyed by classification codes a row keyed by its label lost its code: its OCR
     * figures are flagged even where its own row total holds. A total an OCR table read blank in a column where other
     * rows hold figures, where no identity checks the blank, is flagged too (its figures may be lost), and so is, in any
     * table, a blank no identity checks in a row where a cell of amounts is no number (figures run together: the blank's
     * may be among them). Every figure is then verified, read from a text layer, or flagged — never an OCR reading
     * presented as fact.
     */
    private static Document flagUnverifiedOcr(Document doc, TemplateCatalog catalog) {
        Verification verification = Verification.of(doc);
        // cells of identities that could not be decided: a blank among them is neither shown 0 nor shown lost
        Set<CellRef> undecided = new java.util.HashSet<>();
        for (io.gongkai.model.Check k : doc.allChecks()) if (k.status() == io.gongkai.model.CheckStatus.UNVERIFIABLE) undecided.addAll(k.cells());
        // cells of identities that hold only through an OCR figure no identity verifies: a blank among them may be where
        // that figure was printed (a stain's rule put 881,803 of 财政拨款收入 under 事业收入, flagged; 合计 = Σ held, and
        // the blank it left came out empty, unflagged)
        Set<CellRef> overDoubt = new java.util.HashSet<>();
        Map<CellRef, Cell> byRef = new HashMap<>();
        for (Table t : doc.tables()) for (Row r : t.rows()) for (Cell c : r.cells()) byRef.put(new CellRef(t.ref(), r.key().value(), c.column()), c);
        for (io.gongkai.model.Check k : doc.allChecks()) {
            if (!k.status().holds()) continue;
            boolean doubt = k.cells().stream().anyMatch(ref -> {
                Cell c = byRef.get(ref);
                return c != null && c.number() != null && c.number().signum() != 0 && c.confidence() < 1
                        && verification.verdict(ref) != io.gongkai.model.Verdict.VERIFIED;
            });
            if (doubt) overDoubt.addAll(k.cells());
        }
        boolean any = false;
        List<Table> tables = new ArrayList<>();
        for (Table t : doc.tables()) {
            Optional<Template> template = catalog.of(t);
            boolean ocr = t.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.number() != null && c.confidence() < 1);
            // a grid found on a page image has a column of amounts no template column reads: a rule it took from
            // something else (a seal ring's flank) may have put its columns and the template's out of line, and a blank
            // may be where a figure was read a column off (a text's grid is the publisher's: a stray figure beside it
            // moves nothing)
            boolean unmapped = ocr && t.diagnostics().stream().anyMatch(io.gongkai.model.Diagnostic::unmappedColumn);
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                // a row its template does not list (a template that lists no rows, as a budget's summaries, knows none of
                // them): its label is the OCR's own reading, and a garbled or misnested one puts a right figure in a wrong
                // row. Over-flagging right figures is the price: unchecked, they are flagged even when corroborated
                boolean unknownRow = r.key().kind() == RowKey.Kind.LABEL && template.isPresent() && template.get().row(r.key().value()).isEmpty();
                // in a table keyed by classification codes, a row keyed by its label lost its code, and a row with no label
                // at all lost its name: no identity places it (its own row total verifies its digits, not where it belongs)
                boolean codeLost = unknownRow && (r.label().isBlank() || template.get().layout() == io.gongkai.template.Layout.CODED || template.get().layout() == io.gongkai.template.Layout.ECONOMIC_GRID);
                // a row whose code or label its check found doubtful: not the table's row as far as anyone knows
                boolean keyDoubtful = keyDoubtful(r.repairs());
                // a cell of amounts read as no number (figures run together, a rule's remnants among them)
                boolean garbled = r.cells().stream().anyMatch(c -> c.repairs().stream().anyMatch(x -> x.kind().equals(RepairKind.NOT_A_NUMBER))
                        && t.column(c.column()).map(Column::kind).orElse(Column.Kind.TEXT) == Column.Kind.MONEY);
                // a figure of the row an identity contradicts: it may stand in another cell's place (a borderless 三公
                // table read by alignment put 机关运行经费's 171.01 under 购置费, where 小计 = 购置费 + 运行费 fails, and
                // 机关运行经费, which no identity checks, came out blank)
                boolean misplaced = r.cells().stream().anyMatch(c -> c.number() != null && c.number().signum() != 0
                        && verification.verdict(new CellRef(t.ref(), r.key().value(), c.column())) == io.gongkai.model.Verdict.CONTRADICTED);
                List<Cell> cells = new ArrayList<>();
                for (Cell c : r.cells()) {
                    Column.Kind kind = t.column(c.column()).map(Column::kind).orElse(Column.Kind.MONEY);
                    boolean figure = c.number() != null && (kind == Column.Kind.MONEY || kind == Column.Kind.COUNT);
                    CellRef ref = new CellRef(t.ref(), r.key().value(), c.column());
                    // in a row the table does not know, a copy of a verified figure is still not placed
                    boolean unchecked = verification.verdict(ref) == io.gongkai.model.Verdict.UNCHECKED || unknownRow && verification.verifiedAsCopyOnly(ref);
                    // (a figure an identity completed or recovered from OCR digits is no more verified than a read one,
                    // and in a row that lost its code, or whose code or label is doubtful, as misplaced: a 0 too)
                    // (on an OCR page, a figure one identity recovered is a guess the other figures of that identity
                    // made, however sure the reading of the blank it filled: on a photo of a 7 pt table a blank came
                    // back as 1,044,416.28 from sums over figures misread, unflagged)
                    boolean recovered = c.status() == CellStatus.RECOVERED;
                    // a text layer's row that lost its code where a cell of amounts holds text: its cells stand in other
                    // columns than the table's (a header LibreOffice wrapped down over the first row: 功能分类科目编码 over
                    // 201, keyed 20编1码, the name in 合计's place and each figure a column left, status ok)
                    if (figure && c.confidence() >= 1 && codeLost && garbled && unchecked
                            && (c.status() == CellStatus.OK || c.status() == CellStatus.REPAIRED)) {
                        c = c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.LABEL_DOUBTFUL, c.raw(), "in a row whose code was not read ("
                                + (r.label().isBlank() ? r.key().value() : r.label()) + ") and where a cell of amounts holds text: its figures may stand in other columns; no identity places them"));
                        any = true;
                    } else if (figure && (c.confidence() < 1 || ocr && (codeLost || recovered))
                            && (c.status() == CellStatus.OK || c.status() == CellStatus.REPAIRED
                                || recovered && (codeLost || keyDoubtful || c.number().signum() != 0))
                            && (codeLost || unchecked)) {
                        c = c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.OCR_UNVERIFIED, c.raw(), codeLost
                                ? "read by OCR in a row whose code or label was not read (" + (r.label().isBlank() ? r.key().value() : r.label()) + "): no identity places it"
                                : c.status() == CellStatus.RECOVERED ? "completed by one identity from OCR digits; no second identity confirms it"
                                : unknownRow && verification.checks(ref).isEmpty() ? "read by OCR in a row its template does not list (" + r.label() + "); no identity checks it"
                                : (io.gongkai.model.Confidence.uncorroboratedOcr(c.confidence()) ? "one OCR reading; " : "two OCR engines read it alike, but ")
                                + (verification.checks(ref).isEmpty() ? "no identity checks it"
                                // (the identities over it hold, yet prove none of its digits: within rounding, one figure
                                // restated, or beside a figure a repair changed or a 1-bit scan's lost stroke leaves in doubt)
                                : "the identities over it hold without proving its digits (within rounding, a figure restated, or beside one in doubt)")));
                        any = true;
                    } else if (ocr && c.status() == CellStatus.EMPTY && r.key().kind() == RowKey.Kind.TOTAL && kind == Column.Kind.MONEY && unchecked
                            && figuresIn(t, c.column())) {
                        c = c.revised(null, CellStatus.SUSPECT, new Repair(RepairKind.OCR_UNVERIFIED, c.raw(), "a total read blank by OCR; no identity checks it"));
                        any = true;
                    } else if (ocr && c.status() == CellStatus.EMPTY && kind == Column.Kind.MONEY && unchecked && overDoubt.contains(ref)) {
                        c = c.revised(null, CellStatus.SUSPECT, new Repair(RepairKind.OCR_UNVERIFIED, c.raw(), "read blank by OCR; the identity over it holds only through a figure no identity verifies, which may be this cell's"));
                        any = true;
                    } else if (ocr && c.status() == CellStatus.EMPTY && kind == Column.Kind.MONEY && unchecked && undecided.contains(ref)) {
                        // a blank where OCR may have lost a figure, or put it in the next column, and the identity that
                        // would tell could not be decided
                        c = c.revised(null, CellStatus.SUSPECT, new Repair(RepairKind.OCR_UNVERIFIED, c.raw(), "read blank by OCR; the identity over it could not be decided"));
                        any = true;
                    } else if (c.status() == CellStatus.EMPTY && kind == Column.Kind.MONEY && unchecked && (garbled || misplaced || unmapped)) {
                        // a blank beside a cell whose reading is no number: that cell may hold this one's figure too (a
                        // photo of a 7 pt table: "4334861] 4334861 4334861] 0.00" two columns left of 433,486.61's blank;
                        // a text layer read by alignment: "98950260 98950260" in 人员经费, 合计 blank, a borderless
                        // table printed by LibreOffice Calc from a CSV)
                        // (a seal ring's flank taken for a rule gave a gray copy's 经济分类 table a column: each 人员经费
                        // figure read under 公用经费, its own cell blank, and 合计 = 人员经费 + 公用经费 held)
                        c = c.revised(null, CellStatus.SUSPECT, new Repair(RepairKind.BLANK_UNPLACED, c.raw(), garbled
                                ? "read blank in a row where a cell of amounts is no number; no identity checks it"
                                : misplaced ? "read blank in a row where an identity contradicts a figure, which may be this cell's; no identity checks it"
                                : "read blank in a table whose grid has a column of amounts no column of its template reads: its figures may stand a column off; no identity checks it"));
                        any = true;
                    }
                    cells.add(c);
                }
                rows.add(r.withCells(cells));
            }
            tables.add(t.withRows(rows));
        }
        return any ? doc.withTables(tables, doc.checks()) : doc;
    }


    /** Whether a row other than a total holds a figure in the column (a blank total over them is no 0 that adds up). */
    private static boolean figuresIn(Table t, String column) {
        return t.rows().stream().filter(r -> r.key().kind() != RowKey.Kind.TOTAL)
                .anyMatch(r -> r.cell(column).map(c -> c.number() != null && c.number().signum() != 0).orElse(false));
    }

    private static void variable(CellRef ref, Map<String, Table> byRef, Map<CellRef, Cell> cells, Map<CellRef, Solver.Var> vars, Set<String> blankIsZero) {
        if (vars.containsKey(ref)) return;
        Table t = byRef.get(ref.table());
        Optional<Cell> cell = Optional.ofNullable(cells.get(ref));
        if (t == null || cell.isEmpty()) return;
        Column.Kind kind = t.column(ref.column()).map(Column::kind).orElse(Column.Kind.MONEY);
        if (kind == Column.Kind.TEXT) return;
        // amounts of a table of unknown unit are taken as printed (only its own identities read them, see validate),
        // and may be rounded like 万元
        boolean unknownUnit = kind == Column.Kind.MONEY && !t.unit().known();
        BigDecimal scale = kind == Column.Kind.MONEY ? t.unit().inYuan().orElse(BigDecimal.ONE) : BigDecimal.ONE;
        Cell c = cell.get();
        int decimals = kind == Column.Kind.MONEY ? printedDecimals(c, t) : -1;
        boolean rounded = decimals >= 0 && (unknownUnit || BigDecimal.ONE.movePointLeft(decimals).multiply(scale).compareTo(FEN) > 0);
        // (a column the table does not print is as unknowable as a cut one: no value is pinned for it)
        Solver.Var.Origin origin = c.repairs().stream().anyMatch(r -> r.kind().equals(RepairKind.CUT_OFF) || r.kind().equals(RepairKind.NOT_PRINTED)) ? Solver.Var.Origin.CUT_OFF
                : c.status() == CellStatus.EMPTY ? Solver.Var.Origin.BLANK
                : c.status() != CellStatus.SUSPECT ? Solver.Var.Origin.VALUE
                : c.repairs().stream().anyMatch(r -> r.kind().equals(RepairKind.TRUNCATED)) ? Solver.Var.Origin.TRUNCATED : Solver.Var.Origin.UNCERTAIN;
        if (kind != Column.Kind.MONEY && origin == Solver.Var.Origin.BLANK) origin = Solver.Var.Origin.UNCERTAIN;
        Interval value = origin == Solver.Var.Origin.CUT_OFF ? Interval.ALL : interval(c).map(i -> scaled(i, scale)).orElse(Interval.ALL);
        if (origin == Solver.Var.Origin.BLANK && blankIsZero.contains(ref.table()) && kind == Column.Kind.MONEY) {
            // the template's style prints a blank for 0
            origin = Solver.Var.Origin.VALUE;
            value = Interval.exact(BigDecimal.ZERO);
        }
        Solver.Var var = new Solver.Var(value, scale, rounded, origin);
        var.readZero = origin == Solver.Var.Origin.UNCERTAIN && kind == Column.Kind.MONEY && (c.number() != null ? c.number().signum() == 0 : zeroAmongMarks(c.raw()));
        if (rounded) {
            var.decimals = decimals;
            var.half = new BigDecimal("0.5").movePointLeft(decimals).multiply(scale);
        }
        vars.put(ref, var);
    }

    /**
     * A cell of a row whose key could not be trusted: its classification code ({@link RepairKind#CODE_DOUBTFUL}) or its
     * OCR-read label ({@link RepairKind#LABEL_DOUBTFUL}).
     */
    static boolean keyDoubtful(Cell c) {
        return keyDoubtful(c.repairs());
    }

    /** The tables of unknown unit whose amounts an identity reads (as {@code T01, T03}), or an empty string. */
    private static String unknownUnitTables(Equation e, Map<String, Table> byRef) {
        java.util.Set<String> refs = new java.util.TreeSet<>();
        List<CellRef> cells = new ArrayList<>(e.terms());
        cells.add(e.target());
        for (CellRef r : cells) {
            Table t = byRef.get(r.table());
            if (t == null || t.unit().known()) continue;
            if (t.column(r.column()).map(Column::kind).orElse(Column.Kind.MONEY) == Column.Kind.MONEY) refs.add(t.ref());
        }
        return String.join(", ", refs);
    }

    /**
     * Whether {@code given}, the value the identities give a figure read 4 from its glyphs ({@link
     * JointDigitRepair#mended}: a 1-bit scan's 1 with a 4's crossbar beside its stem, or one the recognizer gave 4 a
     * trace of), is its reading {@code read} with some of those 4s as 1s and nothing else changed: what the engines read,
     * which such a figure may be (the 4 was a 1 with a speck beside it). The value then agrees with what is printed, and
     * stands as any recovered value does: where a second identity confirms it.
     */
    static boolean foursReadAsOnes(BigDecimal read, BigDecimal given) {
        if (read == null || given == null) return false;
        String a = read.stripTrailingZeros().toPlainString(), b = given.stripTrailingZeros().toPlainString();
        if (a.length() != b.length() || a.equals(b)) return false;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && !(a.charAt(i) == '4' && b.charAt(i) == '1')) return false;
        }
        return true;
    }

    /** Repairs that move or read separators, leaving a figure's digits as they are. */
    private static final Set<RepairKind> SEPARATOR_REPAIRS = Set.of(RepairKind.FULL_WIDTH, RepairKind.SPACED_SEPARATORS,
            RepairKind.SPACE_SEPARATORS, RepairKind.POINT_GLYPH, RepairKind.POINT_LOST, RepairKind.STRAY_POINT);

    /**
     * Whether a cell read from a text (a text layer, or text an OCR tool wrote; not glyphs this reader's OCR saw) is in
     * doubt only for where its separators go: its digits, all of them, are what is printed.
     */
    private static boolean separatorsInDoubt(Cell c) {
        return c.number() != null && c.confidence() >= io.gongkai.model.Confidence.TEXT_LAYER && !c.repairs().isEmpty()
                && c.repairs().stream().allMatch(r -> SEPARATOR_REPAIRS.contains(r.kind()));
    }

    /** Whether {@code raw} prints the digits of {@code value}, wherever its point goes (leading and trailing zeros aside). */
    private static boolean sameDigits(String raw, BigDecimal value) {
        String printed = raw == null ? "" : com.ibm.icu.text.Normalizer2.getNFKCInstance().normalize(raw).replaceAll("\\D", "");
        String given = value.abs().unscaledValue().toString();
        return strip(printed).equals(strip(given));
    }

    private static String strip(String digits) {
        return digits.replaceFirst("^0+", "").replaceFirst("0+$", "");
    }

    /**
     * An identity may fill a blank or complete cut-off digits, never replace printed digits with other ones: a value
     * recovered for a cell whose text holds numbers must be one of them (or complete a truncated one).
     */
    private static boolean printedAgrees(Cell c) {
        String raw = c.raw() == null ? "" : c.raw();
        if (raw.chars().noneMatch(Character::isDigit)) {
            // nothing printed but a look-alike of a digit (a lone o for 0): that digit is what is printed
            var glyph = io.gongkai.normalize.NumberParser.parse(raw, -1);
            return !glyph.isValue() || glyph.value().compareTo(c.number()) == 0;
        }
        if (c.repairs().stream().anyMatch(r -> r.kind().equals(RepairKind.TRUNCATED) || r.kind().equals(RepairKind.CUT_OFF))) return true;
        for (String part : raw.strip().split("\\s+")) {
            var n = io.gongkai.normalize.NumberParser.parse(part, -1);
            if (n.isValue() && n.value().compareTo(c.number()) == 0) return true;
        }
        var whole = io.gongkai.normalize.NumberParser.parse(raw, -1);
        return whole.isValue() && whole.value().compareTo(c.number()) == 0;
    }

    private static final BigDecimal FEN = new BigDecimal("0.01");

    /**
     * The decimals an amount is rounded to, which its identities allow half a unit of (a figure rounded to its last
     * printed digit may hide up to half of it): a figure's own printed decimals ({@code 6.4} 万元: ± 0.05 万元;
     * {@code 22,118,861} 元 beside figures with 分: ± 0.5 元). A cell showing no figure (a blank, a dash, a lost or
     * truncated figure) and a printed 0 (nothing, not a rounded amount) take the table's precision: 2 decimals in 万元
     * or in an unknown unit, 0 where every amount is printed in whole 元, else 分 (exact). A precision finer than 1 分
     * is exact (the caller compares the step in 元 with 0.01).
     */
    private static int printedDecimals(Cell c, Table t) {
        // a figure read, sure or in doubt (its digits, not its decimals, are what is doubted; a truncated one's are cut)
        boolean figure = c.number() != null && c.number().signum() != 0
                && (c.status() == CellStatus.OK || c.status() == CellStatus.REPAIRED
                || c.status() == CellStatus.SUSPECT && c.repairs().stream().anyMatch(r -> r.kind().equals(RepairKind.OCR_ILLEGIBLE)));
        if (figure) return Math.max(0, c.number().scale());
        return t.unit().rounded() || !t.unit().known() ? 2 : wholeYuan(t) ? 0 : 2;
    }

    /**
     * Amounts printed as whole 元 (budgets) are rounded from amounts with 角 and 分: their sums hold within rounding,
     * like 万元 tables. Tables printed with 分 add up exactly.
     */
    private static boolean wholeYuan(Table t) {
        int numbers = 0;
        for (var r : t.rows()) {
            for (Cell c : r.cells()) {
                if (c.number() == null || t.column(c.column()).map(col -> col.kind() != Column.Kind.MONEY).orElse(true)) continue;
                if (c.number().scale() > 0) return false;
                numbers++;
            }
        }
        return numbers > 0;
    }

    /** What a cell says about its value: exact, a range (truncated), or nothing. */
    static Optional<Interval> interval(Cell c) {
        switch (c.status()) {
            case OK, REPAIRED, RECOVERED:
                return c.number() == null ? Optional.empty() : Optional.of(Interval.exact(c.number()));
            case EMPTY:
                return "-".equals(c.text()) ? Optional.of(Interval.exact(BigDecimal.ZERO)) : Optional.empty();
            case SUSPECT:
            default:
                if (c.number() == null) return Optional.empty();
                for (Repair r : c.repairs()) {
                    if (r.kind().equals(RepairKind.TRUNCATED)) {
                        int missing = (int) r.after().chars().filter(ch -> ch == '?').count();
                        int decimals = Math.max(0, c.number().scale());
                        BigDecimal span = BigDecimal.ONE.movePointLeft(decimals).subtract(BigDecimal.ONE.movePointLeft(decimals + missing));
                        return Optional.of(c.number().signum() < 0
                                ? new Interval(c.number().subtract(span), c.number())
                                : new Interval(c.number(), c.number().add(span)));
                    }
                }
                return Optional.empty(); // an uncertain reading proves nothing until an identity confirms it
        }
    }

    /**
     * Whether OCR read a 0 among a mark or two that are no figure ({@code L 0}, {@code ! 0}, {@code T 0.00}: a seal's
     * stroke or a rule's end beside a printed 0): every digit a 0, at most two other marks besides separators.
     */
    static boolean zeroAmongMarks(String raw) {
        if (raw == null) return false;
        int zeros = 0, marks = 0;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '0') zeros++;
            else if (Character.isDigit(ch)) return false;
            else if (!Character.isWhitespace(ch) && ch != '.' && ch != ',') marks++;
        }
        return zeros > 0 && marks <= 2;
    }

    private static final BigDecimal ONE_YUAN = BigDecimal.ONE;

    /**
     * Phase two's assumption for a value the source does not show: a blank amount, or a truncated one under 1 元, is 0;
     * so is an OCR reading in doubt that reads 0 (a lone {@code o} for a printed 0, a 0 beside a seal's stroke read as a
     * mark: {@code L 0}, {@link #zeroAmongMarks}). A 0
     * shown in doubt is no weaker evidence than a blank, which these tables print for 0: where neither were taken, a
     * row's 合计 = 人员经费 + 公用经费 with 公用经费 read {@code o} pinned nothing, and a seal's stroke through 合计 left
     * the whole column's sum undecided and every figure of it unchecked (ring-200, 万里街道 24 p29: 74 of 96 figures
     * flagged, 4,608,515 under the ring read 4,303,515). Like a blank, the assumption is kept only where it makes no
     * identity fail ({@link #choose}; taken after the blanks, so that a wrong one costs none of them), and an identity
     * that holds over it verifies nothing ({@link Check#noFigure()}).
     *
     * @param readZeros whether OCR zeros in doubt are taken as 0 (phase three) or left unknown (phase two)
     */
    private static Solver.Var assume(Solver.Var v, boolean readZeros) {
        if (v.value.isExact()) return v;
        boolean blank = v.origin == Solver.Var.Origin.BLANK && v.value.contains(BigDecimal.ZERO);
        boolean tinyTruncated = v.origin == Solver.Var.Origin.TRUNCATED && v.value.lo() != null && v.value.lo().signum() >= 0
                && v.value.hi() != null && v.value.hi().compareTo(ONE_YUAN) < 0;
        if (blank || tinyTruncated || readZeros && v.readZero) {
            v.value = Interval.exact(BigDecimal.ZERO);
            v.assumed = true;
            v.pinnedBy = blank ? "blank taken as 0" : v.readZero ? "a 0 read in doubt taken as 0" : "truncated amount under 1 yuan taken as 0";
        }
        return v;
    }

    /** Phase three: phase two's values, with OCR zeros in doubt taken as 0 where that makes no identity fail. */
    private static Map<CellRef, Solver.Var> zerosTaken(List<Equation> equations, Map<CellRef, Solver.Var> blanksTaken) {
        if (blanksTaken.values().stream().noneMatch(v -> v.readZero && !v.value.isExact())) return blanksTaken;
        List<Check> blankChecks = equations.stream().map(e -> evaluate(e, blanksTaken)).toList();
        // from phase two's values: a 0 in doubt an identity already pinned is confirmed by it, not assumed
        Map<CellRef, Solver.Var> zeros = new LinkedHashMap<>();
        blanksTaken.forEach((ref, v) -> zeros.put(ref, assume(v.copy(), true)));
        new Solver(zeros).solve(equations);
        List<Check> zeroChecks = equations.stream().map(e -> evaluate(e, zeros)).toList();
        return choose(equations, blanksTaken, blankChecks, zeros, zeroChecks);
    }

    /**
     * Per group of identities that share cells: the phase-two values where the assumption contradicts nothing phase
     * one did not already contradict, else phase one's.
     */
    private static Map<CellRef, Solver.Var> choose(List<Equation> equations, Map<CellRef, Solver.Var> strict, List<Check> strictChecks,
                                                  Map<CellRef, Solver.Var> assumed, List<Check> assumedChecks) {
        Map<CellRef, CellRef> parent = new HashMap<>();
        for (Equation e : equations) for (CellRef r : cellsOf(e)) union(parent, e.target(), r);
        Set<CellRef> rejected = new HashSet<>();
        for (int i = 0; i < equations.size(); i++) {
            boolean newFailure = assumedChecks.get(i).status() == CheckStatus.FAIL && strictChecks.get(i).status() != CheckStatus.FAIL;
            if (newFailure) rejected.add(find(parent, equations.get(i).target()));
        }
        Map<CellRef, Solver.Var> out = new LinkedHashMap<>();
        strict.forEach((ref, v) -> out.put(ref, rejected.contains(find(parent, ref)) ? v : assumed.get(ref)));
        return out;
    }

    private static List<CellRef> cellsOf(Equation e) {
        List<CellRef> all = new ArrayList<>(e.terms());
        all.add(e.target());
        return all;
    }

    private static CellRef find(Map<CellRef, CellRef> parent, CellRef x) {
        CellRef p = parent.getOrDefault(x, x);
        if (p.equals(x)) return x;
        CellRef root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<CellRef, CellRef> parent, CellRef a, CellRef b) {
        CellRef ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }

    private static Interval scaled(Interval i, BigDecimal scale) {
        return new Interval(i.lo() == null ? null : i.lo().multiply(scale), i.hi() == null ? null : i.hi().multiply(scale));
    }

    /** Whether the cell's doubt is that of a whole figure OCR read among figures with 分 ({@code 22,118,861.??}). */
    private static boolean wholeAmongCents(Cell c) {
        String raw = c.raw() == null ? "" : c.raw();
        return raw.chars().noneMatch(ch -> ch == '.' || ch == '。' || ch == '·')
                && c.repairs().stream().anyMatch(r -> r.kind().equals(RepairKind.TRUNCATED) && r.after() != null && r.after().endsWith(".??"));
    }

    private static Cell recovered(Cell c, Solver.Var v) {
        BigDecimal value = v.value.lo().divide(v.scale, Math.max(2, v.value.lo().scale()), RoundingMode.HALF_UP).stripTrailingZeros();
        if (value.scale() < 2) value = value.setScale(2);
        String why = value.toPlainString() + " (" + v.pinnedBy + ")";
        if (c.status() == CellStatus.SUSPECT && c.number() != null && c.number().compareTo(value) == 0
                && c.repairs().stream().noneMatch(r -> r.kind().equals(RepairKind.TRUNCATED))) {
            return c.revised(value, CellStatus.REPAIRED, new Repair(RepairKind.IDENTITY_CONFIRMED, c.raw(), why));
        }
        return c.revised(value, CellStatus.RECOVERED, new Repair(RepairKind.IDENTITY_RECOVERED, c.raw(), why));
    }

    /**
     * The blank cells taken as 0 that alone make {@code e} fail (empty when it holds, or fails over figures), and a blank
     * total whose parts, as far as they were read, already add up to more than 0.
     */
    private static List<CellRef> blanksFailing(Equation e, Map<CellRef, Solver.Var> vars) {
        // a blank total over parts some of which were not read: the amounts of these tables are not negative, so the
        // figures read already say it is no 0 (a photocopy's 合计 row read blank over rows that print their figures)
        Solver.Var target = vars.get(e.target());
        boolean blankTotal = false;
        if (target != null && target.assumed && target.origin == Solver.Var.Origin.BLANK && e.signs().stream().allMatch(x -> x > 0)) {
            // the least each part can be (an unread or doubtful part at least 0)
            BigDecimal least = BigDecimal.ZERO, tolerance = target.half;
            for (CellRef r : e.terms()) {
                Solver.Var v = vars.get(r);
                if (v == null || v.value.lo() == null || v.value.lo().signum() <= 0) continue;
                least = least.add(v.value.lo());
                tolerance = tolerance.add(v.half);
            }
            if (least.compareTo(tolerance) > 0) blankTotal = true;
        }
        Check c = evaluate(e, vars, false);
        List<CellRef> out = new ArrayList<>(c.status() == CheckStatus.FAIL && evaluate(e, vars, true).status() != CheckStatus.FAIL
                ? c.noFigure().stream().filter(r -> { Solver.Var v = vars.get(r); return v != null && v.assumed && v.origin == Solver.Var.Origin.BLANK; }).toList()
                : List.of());
        if (blankTotal && !out.contains(e.target())) out.add(e.target());
        return out;
    }

    /** Whether repairs say the row's code or label could not be trusted (its check found it doubtful). */
    static boolean keyDoubtful(List<Repair> repairs) {
        return repairs.stream().anyMatch(x -> x.kind() == RepairKind.CODE_DOUBTFUL || x.kind() == RepairKind.LABEL_DOUBTFUL);
    }

    static Check evaluate(Equation e, Map<CellRef, Solver.Var> vars) {
        return evaluate(e, vars, true);
    }

    /** @param blanksExcuse a failure over a blank taken as 0 is unverifiable, not a failure */
    static Check evaluate(Equation e, Map<CellRef, Solver.Var> vars, boolean blanksExcuse) {
        Solver.Var target = vars.get(e.target());
        boolean unknown = !e.missing().isEmpty() || target == null;
        boolean rounded = target != null && target.rounded;
        Interval sum = Interval.exact(BigDecimal.ZERO);
        for (int i = 0; i < e.terms().size() && !unknown; i++) {
            Solver.Var v = vars.get(e.terms().get(i));
            if (v == null) { unknown = true; break; }
            rounded |= v.rounded;
            sum = sum.plus(v.value, e.signs().get(i));
        }
        if (unknown) return check(e, CheckStatus.UNVERIFIABLE, null, null, null, List.of(), List.of());
        List<CellRef> assumedCells = new ArrayList<>();
        // cells that show no figure (a blank taken as 0, a dash): an identity that holds over them verifies nothing
        List<CellRef> noFigure = new ArrayList<>();
        if (target.assumed && target.origin == Solver.Var.Origin.BLANK) assumedCells.add(e.target());
        if (target.origin == Solver.Var.Origin.BLANK || target.assumed && target.readZero) noFigure.add(e.target());
        for (CellRef r : e.terms()) {
            Solver.Var v = vars.get(r);
            if (v.assumed && v.origin == Solver.Var.Origin.BLANK) assumedCells.add(r);
            if (v.origin == Solver.Var.Origin.BLANK || v.assumed && v.readZero) noFigure.add(r);
        }
        BigDecimal scale = target.scale;
        Interval diff = target.value.plus(sum, -1);
        // each printed value may be off by half its rounding step: the tolerance grows with the number of terms
        BigDecimal tolerance = target.half;
        for (CellRef r : e.terms()) tolerance = tolerance.add(vars.get(r).half);
        if (target.value.isExact() && sum.isExact()) {
            BigDecimal d = diff.lo();
            CheckStatus s = d.signum() == 0 ? CheckStatus.PASS : d.abs().compareTo(tolerance) <= 0 ? CheckStatus.ROUNDING : CheckStatus.FAIL;
            if (blanksExcuse && !assumedCells.isEmpty() && s == CheckStatus.FAIL) s = CheckStatus.UNVERIFIABLE;
            return check(e, s, unit(target.value.lo(), scale), unit(sum.lo(), scale), unit(d, scale), assumedCells, noFigure);
        }
        Interval allowed = new Interval(tolerance.negate(), tolerance);
        boolean possible = !diff.intersect(allowed).isEmpty();
        return check(e, possible ? CheckStatus.UNVERIFIABLE : CheckStatus.FAIL,
                target.value.isExact() ? unit(target.value.lo(), scale) : null, sum.isExact() ? unit(sum.lo(), scale) : null, null, assumedCells, noFigure);
    }

    private static BigDecimal unit(BigDecimal v, BigDecimal scale) {
        return v == null ? null : v.divide(scale, 2, RoundingMode.HALF_UP);
    }

    private static Check check(Equation e, CheckStatus s, BigDecimal expected, BigDecimal actual, BigDecimal diff, List<CellRef> assumedBlank, List<CellRef> noFigure) {
        String description = e.describe() + (assumedBlank.isEmpty() ? "" : " (blank taken as 0: " + assumedBlank.stream().map(CellRef::toString).collect(java.util.stream.Collectors.joining(", ")) + ")");
        return new Check(e.id(), description, s, expected, actual, diff, e.target(), e.terms(), noFigure);
    }
}

package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.CellRef;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.model.Verdict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the identities say about each cell: verified by one that holds, contradicted by one that fails, or neither. Decided
 * once, when a document is assembled ({@link #decide}), and stored on each {@link Cell} ({@link Cell#verdict()}); the
 * writers, views and datasets read it there.
 */
public final class Verification {

    private final Map<CellRef, Verdict> verdicts;
    private final Map<CellRef, List<String>> checksByCell;
    /** Cells verified only as copies of a verified figure (their digits, not the row they stand in). */
    private final java.util.Set<CellRef> copies;

    private Verification(Map<CellRef, Verdict> verdicts, Map<CellRef, List<String>> checksByCell, java.util.Set<CellRef> copies) {
        this.copies = copies;
        this.verdicts = verdicts;
        this.checksByCell = checksByCell;
    }

    /** target = the one non-zero term: the identity compares a figure with a copy of itself. */
    private static boolean restatesOneFigure(Check c, Map<CellRef, Cell> cells) {
        java.math.BigDecimal target = number(c.target(), cells);
        if (target == null) return false;
        java.util.Set<java.math.BigDecimal> nonZero = new java.util.HashSet<>();
        for (CellRef t : c.terms()) {
            java.math.BigDecimal n = number(t, cells);
            if (n != null && n.signum() != 0) nonZero.add(n.stripTrailingZeros());
        }
        return nonZero.size() == 1 && nonZero.contains(target.stripTrailingZeros());
    }

    /**
     * Tables whose scan is seen to lose 4s' diagonals: a figure read 4 from its glyphs ({@link
     * io.gongkai.model.Confidence#MENDED}, with a 4 in it: a figure merely read at that confidence, a speck read 0 in a
     * clean colour scan, is no sign of it, and had every identity over a 1 in the same place in total and part verify
     * nothing: 70 of 96 right figures flagged), or one a repair read 4 where OCR read 1 (and, in {@link #of}, a sum that
     * fails by 3 in some places).
     */
    private static java.util.Set<String> foursLost(Map<CellRef, Cell> cells) {
        java.util.Set<String> out = new java.util.HashSet<>();
        cells.forEach((ref, c) -> {
            // (a figure mended has a 4 in it; one OCR hardly read with none, a speck read 0, tells nothing of 4s; nor
            // does one an identity gave where OCR read garbage: 903,482 recovered for 医903,482, whose 4 no glyph showed)
            boolean fromGlyphs = c.repairs().stream().noneMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.IDENTITY_RECOVERED));
            if (c.number() != null && (fromGlyphs && io.gongkai.model.Confidence.mended(c.confidence()) && c.number().toPlainString().indexOf('4') >= 0 || c.repairs().stream().anyMatch(r ->
                    r.kind().equals(io.gongkai.model.RepairKind.OCR_DIGIT) && fourReadAsOne(r.before(), c.number())))) {
                out.add(ref.table());
            }
        });
        return out;
    }

    /** Whether a figure put right from its reading {@code raw} gained what 4s read as 1 lose ({@link #lostFours}). */
    private static boolean fourReadAsOne(String raw, java.math.BigDecimal now) {
        var read = io.gongkai.normalize.NumberParser.parse(raw == null ? "" : raw, -1);
        return read.isValue() && now.compareTo(read.value()) > 0 && lostFours(now.subtract(read.value()));
    }

    /** Whether a difference is what 4s read as 1 make: every digit 0, 3, 6 or 9 (3 for each 4 lost in a place), not 0. */
    static boolean lostFours(java.math.BigDecimal difference) {
        if (difference == null || difference.signum() == 0) return false;
        String digits = difference.abs().stripTrailingZeros().toPlainString().replace(".", "");
        return digits.chars().allMatch(ch -> ch == '0' || ch == '3' || ch == '6' || ch == '9');
    }

    /**
     * Whether the identity's total and one of its parts, both OCR figures, have a 1 in the same place: read so, both
     * could be 4s that lost their diagonals, and the identity holds either way (9,501,161 = 7,380,211 + 2,120,950 for
     * 9,501,164 = 7,380,214 + 2,120,950).
     */
    private static boolean onesAlike(Check c, Map<CellRef, Cell> cells) {
        Cell total = cells.get(c.target());
        if (total == null || total.number() == null || total.confidence() >= 1) return false;
        for (CellRef t : c.terms()) {
            Cell part = cells.get(t);
            if (part == null || part.number() == null || part.confidence() >= 1) continue;
            java.math.BigDecimal a = total.number().abs().movePointRight(2), b = part.number().abs().movePointRight(2);
            String x = a.setScale(0, java.math.RoundingMode.DOWN).toPlainString(), y = b.setScale(0, java.math.RoundingMode.DOWN).toPlainString();
            for (int k = 1; k <= Math.min(x.length(), y.length()); k++) {
                if (x.charAt(x.length() - k) == '1' && y.charAt(y.length() - k) == '1') return true;
            }
        }
        return false;
    }

    private static boolean uncertain(Check c, Map<CellRef, Cell> cells) {
        return c.cells().stream().map(cells::get).anyMatch(x -> x != null && x.confidence() < 1);
    }

    private static boolean uncertainCell(CellRef ref, Map<CellRef, Cell> cells) {
        Cell c = cells.get(ref);
        return c != null && c.confidence() < 1;
    }

    private static java.math.BigDecimal number(CellRef ref, Map<CellRef, Cell> cells) {
        Cell c = cells.get(ref);
        return c == null ? null : c.number();
    }

    private static boolean isZero(CellRef ref, Map<CellRef, Cell> cells) {
        java.math.BigDecimal n = number(ref, cells);
        return n != null && n.signum() == 0;
    }

    /** 0 = 0 + 0 holds whatever columns were read: it verifies nothing. */
    private static boolean allZero(Check c) {
        return c.expected() != null && c.actual() != null && c.expected().signum() == 0 && c.actual().signum() == 0;
    }

    /**
     * A cell is verified by a holding identity over some non-zero amount, with no blank or dash taken as 0; a recovered
     * cell, which one identity pinned, needs a second one that holds. An identity that only restates one figure
     * (本年收入 = 财政拨款 when the other columns are 0) does not verify the two copies read by OCR, nor a text layer's in
     * a table where some identity fails: the same digits misread the same way in both places, or drawn by a font whose
     * character map is wrong, would agree; it does verify its printed 0s, and, where one copy is verified by another
     * identity, the other copies (read alike, they are what it is). A suspect cell is never verified (an identity
     * holds over the amounts of a table of unknown unit in any unit), nor a cell of a row whose code is doubtful
     * ({@code code-doubtful}). An identity that holds only within rounding verifies no OCR figure (a misread last
     * digit hides in the rounding). A cell in a failing identity is contradicted, and an identity over an OCR figure
     * that a failing identity contradicts verifies none of its figures.
     */
    public static Verification of(Document doc) {
        Map<CellRef, Cell> cells = doc.cellsByRef();
        Map<CellRef, Verdict> v = new HashMap<>();
        Map<CellRef, List<String>> ids = new HashMap<>();
        Map<CellRef, Integer> holding = new HashMap<>();
        // cells and rows some identity that a column shift would not keep holding vouches for (see ShiftedRows)
        java.util.Set<CellRef> placed = new java.util.HashSet<>();
        java.util.Set<String> placedRows = new java.util.HashSet<>();
        ShiftedRows shifted = ShiftedRows.of(doc);
        List<Check> restating = new java.util.ArrayList<>();
        java.util.Set<String> failing = new java.util.HashSet<>();
        java.util.Set<CellRef> inFailure = new java.util.HashSet<>();
        for (Check c : doc.allChecks()) if (c.status() == CheckStatus.FAIL) for (CellRef r : c.cells()) {
            failing.add(r.table());
            inFailure.add(r);
        }
        // rows of which OCR read a cell blank (a figure lost, or moved into the next column)
        java.util.Set<String> blankRows = new java.util.HashSet<>(), ocrRows = new java.util.HashSet<>();
        cells.forEach((ref, cell) -> {
            String row = ref.table() + "\u0000" + ref.row();
            if (cell.confidence() < 1) ocrRows.add(row);
            if (cell.number() == null && (cell.raw() == null || cell.raw().isBlank())) blankRows.add(row);
        });
        blankRows.retainAll(ocrRows);
        java.util.Set<String> foursLost = foursLost(cells);
        // or a sum that fails by what 4s read as 1 take away: 3, 30, 300 …, or as many of them (3,300, 600)
        for (Check c : doc.allChecks()) if (c.status() == CheckStatus.FAIL && lostFours(c.difference())) foursLost.add(c.target().table());
        for (Check c : doc.allChecks()) {
            // an identity that holds only with a blank or a dash taken as 0 rests on an assumption (on a scan, that may
            // be a value OCR lost, garbled or put in the next column): it verifies nothing. Nor does one over an OCR
            // figure another identity contradicts: that figure may be the wrong one, and this identity hold because
            // another of its figures lost as much (a 1-bit scan's total and one 类 each read with the same 4 lost)
            boolean holds = c.status().holds() && !allZero(c) && c.noFigure().isEmpty()
                    && c.cells().stream().noneMatch(r -> inFailure.contains(r) && uncertainCell(r, cells))
                    && !(foursLost.contains(c.target().table()) && onesAlike(c, cells));
            // restating one figure verifies neither copy when they may be read wrong alike: OCR digits, or a text
            // layer in a table where some identity fails (a font's character map that gives 3 for 8 prints both copies
            // so, and breaks the sums elsewhere). It does verify the 0s beside them: whatever the copies' digits, alike
            // they leave nothing for the 0s to hold
            boolean restates = holds && restatesOneFigure(c, cells) && (uncertain(c, cells) || failing.contains(c.target().table()));
            if (restates) restating.add(c);
            for (CellRef r : c.cells()) {
                ids.computeIfAbsent(r, k -> new java.util.ArrayList<>()).add(c.identity());
                if (c.status() == CheckStatus.FAIL) v.put(r, Verdict.CONTRADICTED);
                // within rounding is no proof of an OCR figure's last digits: a 4 read as 1 in the units of a whole-元
                // budget (354,961 for 354,964) is 3 元, inside the half 元 each of a ten-row sum's figures may be off
                else if (c.status() == CheckStatus.ROUNDING && uncertainCell(r, cells)) continue;
                else if (holds && (!restates || isZero(r, cells))) holding.merge(r, 1, Integer::sum);
            }
            // nor does one that restates one figure place a row OCR read blanks in: X = X + 0 holds over a row whose grid
            // lost a rule and whose figures fell into the wrong columns, leaving blanks, as well as over the right one
            // (the seed's 7 pt 公开05表 photographed soft: 基本支出 0.00 | 项目支出 2,511,548.65 where 2,511,548.65 | 0.00
            // is printed, 人员经费 blank, the 0 verified by 支出合计 = 基本支出 + 项目支出)
            if (holds && !(restates && blankRows.contains(c.target().table() + "\u0000" + c.target().row())) && !shifted.keepsHolding(c)) {
                for (CellRef r : c.cells()) {
                    placed.add(r);
                    if (!isZero(r, cells) && number(r, cells) != null) placedRows.add(r.table() + "\u0000" + r.row());
                }
            }
        }
        holding.forEach((ref, n) -> {
            Cell cell = cells.get(ref);
            if (cell != null && IdentityEngine.keyDoubtful(cell)) return; // never verified under a code that may not exist
            // a suspect cell (its table's unit unknown, its row cut off …) is doubtful whatever sums hold over it
            if (cell != null && cell.status() == CellStatus.SUSPECT) return;
            // an OCR figure that only identities a column shift keeps holding vouch for, in a row nothing else places,
            // may be the figure of the column beside it (固定资产原值 = Σ parts read one column to the right holds as
            // 净值 = Σ parts)
            if (uncertainCell(ref, cells) && !placed.contains(ref) && !placedRows.contains(ref.table() + "\u0000" + ref.row())) return;
            int needed = cell != null && cell.status() == CellStatus.RECOVERED ? 2 : 1;
            if (n >= needed) v.putIfAbsent(ref, Verdict.VERIFIED);
        });
        // a copy of a figure that another identity verified is verified too: read alike, the copy is what the verified
        // one is (收入总计 = 支出总计, the expenditure side summed from its parts); until nothing changes
        java.util.Set<CellRef> copies = new java.util.HashSet<>();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Check c : restating) {
                if (c.cells().stream().noneMatch(r -> v.get(r) == Verdict.VERIFIED && !isZero(r, cells))) continue;
                for (CellRef r : c.cells()) {
                    Cell cell = cells.get(r);
                    if (v.containsKey(r) || cell == null || cell.number() == null || cell.status() == CellStatus.SUSPECT
                            || IdentityEngine.keyDoubtful(cell) || cell.status() == CellStatus.RECOVERED) continue;
                    v.put(r, Verdict.VERIFIED);
                    copies.add(r);
                    grew = true;
                }
            }
        }
        return new Verification(v, ids, copies);
    }

    /**
     * The document with each cell's final verdict and the identities over it stored on the cell ({@link Cell#decided}):
     * the last step of validation, once every status is final (a suspect cell is never verified).
     */
    public static Document decide(Document doc) {
        Verification v = of(doc);
        List<io.gongkai.model.Table> tables = new java.util.ArrayList<>();
        for (io.gongkai.model.Table t : doc.tables()) {
            List<io.gongkai.model.Row> rows = new java.util.ArrayList<>();
            for (io.gongkai.model.Row r : t.rows()) {
                List<Cell> cells = new java.util.ArrayList<>();
                for (Cell c : r.cells()) {
                    CellRef ref = new CellRef(t.ref(), r.key().value(), c.column());
                    cells.add(c.decided(v.verdict(ref), v.checks(ref)));
                }
                rows.add(r.withCells(cells));
            }
            tables.add(t.withRows(rows));
        }
        return doc.withTables(tables, doc.checks());
    }

    /**
     * The figures (amounts of money) of a table and how many of them an identity verifies: {@code [figures, verified]}.
     */
    public static int[] verifiedFigures(io.gongkai.model.Table table) {
        int figures = 0, verified = 0;
        for (io.gongkai.model.Row r : table.rows()) {
            for (Cell c : r.cells()) {
                if (!table.isAmount(c)) continue;
                figures++;
                if (c.verdict() == Verdict.VERIFIED) verified++;
            }
        }
        return new int[]{figures, verified};
    }

    /**
     * How many of a table's figures (amounts of money) an identity that holds — exactly or within rounding — reads,
     * over some non-zero amount and more than one figure restated; 0 when an identity over the table fails. It says
     * whether the table's rows and columns stand where its identities want them, not whether its digits are right: a
     * sum that holds only within rounding verifies no OCR figure ({@link #of}: a misread last digit hides in it), yet
     * a figure misplaced by a column or a row breaks it (a scanned 万元 总表 read by text alignment, every figure right,
     * its expenditure side within 0.01 of its total: no figure verified, and the table was dropped as unaligned).
     */
    public static int alignedFigures(Document doc, io.gongkai.model.Table table) {
        Map<CellRef, Cell> cells = doc.cellsByRef();
        java.util.Set<CellRef> read = new java.util.HashSet<>();
        for (Check c : doc.allChecks()) {
            if (c.cells().stream().noneMatch(r -> r.table().equals(table.ref()))) continue;
            if (!c.status().holds()) return 0;
            if (allZero(c) || restatesOneFigure(c, cells)) continue;
            read.addAll(c.cells());
        }
        int aligned = 0;
        for (io.gongkai.model.Row r : table.rows()) {
            for (Cell c : r.cells()) {
                if (table.isAmount(c) && read.contains(new CellRef(table.ref(), r.key().value(), c.column()))) aligned++;
            }
        }
        return aligned;
    }

    /**
     * The document with every figure of the tables {@code refs} that no identity verifies flagged suspect
     * ({@link io.gongkai.model.RepairKind#ALIGNMENT_UNCONFIRMED}): tables read by text alignment whose identities verify
     * most of their figures but not all. A figure already suspect keeps its own repairs and gains this one.
     *
     * @param refs the {@link io.gongkai.model.Table#ref()}s of such tables
     */
    public static Document flagUnconfirmedAlignment(Document doc, java.util.Set<String> refs) {
        if (refs.isEmpty()) return doc;
        List<io.gongkai.model.Table> tables = new java.util.ArrayList<>();
        for (io.gongkai.model.Table t : doc.tables()) {
            if (!refs.contains(t.ref())) { tables.add(t); continue; }
            List<io.gongkai.model.Row> rows = new java.util.ArrayList<>();
            for (io.gongkai.model.Row r : t.rows()) {
                List<Cell> cells = new java.util.ArrayList<>();
                for (Cell c : r.cells()) {
                    boolean doubt = t.isAmount(c) && c.verdict() != Verdict.VERIFIED;
                    cells.add(doubt ? c.revised(c.number(), CellStatus.SUSPECT, new io.gongkai.model.Repair(io.gongkai.model.RepairKind.ALIGNMENT_UNCONFIRMED,
                            c.status().id(), "read by text alignment, no ruled grid; no identity verifies it")).decided(c.verdict(), c.identities()) : c);
                }
                rows.add(r.withCells(cells));
            }
            tables.add(t.withRows(rows));
        }
        return doc.withTables(tables, doc.checks());
    }

    /** Repairs that an identity made or judged: a figure so repaired was a choice between readings. */
    private static final java.util.Set<io.gongkai.model.RepairKind> BY_IDENTITY = java.util.EnumSet.of(io.gongkai.model.RepairKind.IDENTITY_CONFIRMED,
            io.gongkai.model.RepairKind.IDENTITY_CONFLICT, io.gongkai.model.RepairKind.IDENTITY_CONTRADICTS_PRINT, io.gongkai.model.RepairKind.IDENTITY_RECOVERED,
            io.gongkai.model.RepairKind.IDENTITY_UNCONFIRMED, io.gongkai.model.RepairKind.OCR_DIGIT);

    /**
     * The pages where a second reading of the figures could change what the document says: the pages of every table
     * not wholly confirmed ({@link #unconfirmed}), or over which an identity holds only within rounding, or holding a
     * figure the identities recovered, repaired or left suspect; and of every table a cross-table identity that does not
     * hold exactly touches. Elsewhere every identity holds exactly over figures all verified, and a figure's confidence
     * (one reading, or two alike) decides nothing: it weighs only where an identity must choose which reading to trust.
     * Reads the verdicts stored on the cells ({@link #decide}).
     */
    public static java.util.Set<Integer> pagesInDoubt(Document doc) {
        java.util.Set<String> doubtful = new java.util.HashSet<>();
        for (Check c : doc.allChecks()) {
            if (c.status() != io.gongkai.model.CheckStatus.PASS) for (CellRef r : c.cells()) doubtful.add(r.table());
        }
        java.util.Set<Integer> pages = new java.util.TreeSet<>();
        for (io.gongkai.model.Table t : doc.tables()) {
            boolean doubt = doubtful.contains(t.ref()) || !unconfirmed(doc, t).isEmpty();
            for (io.gongkai.model.Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    doubt |= c.status() == CellStatus.SUSPECT || c.status() == CellStatus.RECOVERED
                            || c.repairs().stream().anyMatch(x -> BY_IDENTITY.contains(x.kind()));
                }
            }
            if (doubt) pages.addAll(t.pages());
        }
        return pages;
    }

    /**
     * What keeps a table from being wholly confirmed by the identities of its document; empty when it is. Wholly
     * confirmed: identified by a template, no identity over it fails or is undecided, every figure in its money columns
     * is {@link Verdict#VERIFIED}, and every blank there is read as 0 by an identity that holds over some non-zero
     * figure (a column lost whole would leave blanks that only 0 = 0 + 0 holds over). A figure in the table's last column
     * that no identity reads at all (a "三公" table's 机关运行经费) is placed by the others where every other figure of its
     * row is verified: nothing but that column is left for it. The bar for a table read by text
     * alignment where nothing asked for it (no ruling shows where its columns are): a figure placed in the wrong column
     * breaks an identity, so a table that passes shows no wrong number. Reads the verdicts stored on the cells ({@link #decide}).
     */
    public static List<String> unconfirmed(Document doc, io.gongkai.model.Table table) {
        if (table.templateId() == null) return List.of("no template identifies it");
        List<String> why = new java.util.ArrayList<>();
        java.util.Set<CellRef> blanksHeld = new java.util.HashSet<>(), read = new java.util.HashSet<>();
        long broken = 0;
        for (Check c : doc.allChecks()) {
            boolean touches = c.cells().stream().anyMatch(r -> r.table().equals(table.ref()));
            if (!touches) continue;
            read.addAll(c.cells());
            if (!c.status().holds()) broken++;
            else if (!allZero(c)) blanksHeld.addAll(c.cells()); // a blank among them is read as 0 (by assumption, or by the template's style)
        }
        if (broken > 0) why.add(broken + " of its identities do not hold");
        int figures = 0, unverified = 0, blanks = 0;
        String lastColumn = table.columns().isEmpty() ? null : table.columns().get(table.columns().size() - 1).key();
        for (io.gongkai.model.Row r : table.rows()) {
            int rowUnverified = 0, rowFigures = 0, unread = 0;
            for (Cell c : r.cells()) {
                boolean money = table.column(c.column()).map(col -> col.kind() == io.gongkai.model.Column.Kind.MONEY).orElse(false);
                if (!money) continue;
                CellRef ref = new CellRef(table.ref(), r.key().value(), c.column());
                boolean blank = c.status() == CellStatus.EMPTY || c.number() == null && (c.raw() == null || c.raw().isBlank());
                if (!blank) {
                    figures++;
                    rowFigures++;
                    if (c.verdict() != Verdict.VERIFIED) {
                        rowUnverified++;
                        if (!read.contains(ref) && c.column().equals(lastColumn)) unread++;
                    }
                } else if (!blanksHeld.contains(ref)) {
                    blanks++;
                }
            }
            // the last column's figure no identity reads, every other figure of the row verified: placed by them
            unverified += rowUnverified == unread && rowUnverified < rowFigures ? 0 : rowUnverified;
        }
        if (figures == 0) why.add("it holds no figure");
        if (unverified > 0) why.add(unverified + " of its " + figures + " figures not verified by an identity");
        if (blanks > 0) why.add(blanks + " blanks no identity reads as 0");
        return why;
    }

    /**
     * Whether the cell is verified only as a copy of a figure another identity verified: its digits are right, but
     * nothing sums over the row it stands in (a row under a garbled label is no better placed for it).
     */
    public boolean verifiedAsCopyOnly(CellRef ref) {
        return copies.contains(ref);
    }

    public Verdict verdict(CellRef ref) {
        return verdicts.getOrDefault(ref, Verdict.UNCHECKED);
    }

    /** Ids of the identities that read this cell. */
    public List<String> checks(CellRef ref) {
        return checksByCell.getOrDefault(ref, List.of());
    }
}

package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.normalize.NumberParser;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.List;

/**
 * In a table whose amounts are printed with two decimals, an amount OCR read without any ("473, 744" where the row
 * next to it says "473, 744. 86") may have lost its end at the cell's edge: it is marked truncated, not trusted.
 * Only an OCR reading ({@link NumberParser#ocrReading}) is: a text layer's whole-元 figure among figures with 分
 * ({@code 22,118,861} beside {@code 79,189,400.34}) is what the publisher printed, rounded to 1 元, and the identities
 * allow it half a unit of its last digit (the 司法局 2026 unit budget, p8 and p11).
 *
 * <p>The other way round: an OCR reading with one decimal ({@code 6.4}) is taken as cut by the number parser (a glyph lost
 * at the cell's edge), but in a table whose every amount with decimals has one, and at least {@value #ONE_PLACE} such
 * amounts, one decimal is the publisher's precision (a 万元 三公 table printed to 0.1: a newcomer's two scans of
 * 社会福利院24 had every amount flagged, and its identities unverifiable): those readings stand as read.
 */
final class DecimalConsistency {
    private static final double SHARE = 0.9;
    /** How many amounts printed with one decimal, and none with two, make one decimal a table's precision. */
    static final int ONE_PLACE = 2;

    private DecimalConsistency() {
    }

    static List<Row> apply(List<Row> rows, Table table, Template template) {
        return pointsAmongWhole(cutAmongCents(printedToOnePlace(rows, table, template), table, template), table, template);
    }

    /** Figures read beyond doubt that make a table's amounts whole 元: at least so many, and none with decimals. */
    static final int WHOLE = 5;
    /** Grouped digits, the groups parted by points or commas, nothing after them: 165.128, 90.238.584, 4,333.478. */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("[1-9]\\d{0,2}(?:[.,]\\d{3})+");
    /** A reading that ends in 分 or 角 (a point or comma, then one or two digits): 1,000.25, 473,744.8. */
    private static final java.util.regex.Pattern CENTS = java.util.regex.Pattern.compile("[.,]\\d{1,2}\\s*$");

    /**
     * In a table whose amounts are printed whole (at least {@value #WHOLE} figures read beyond doubt of 1,000 and more,
     * none with decimals), an OCR reading of groups of three parted by a point ({@code 165.128}, {@code 90.238.584}) is
     * its figure with the commas read as points, as read: a point before three digits is no decimal point where no
     * amount has one (a newcomer's 1-bit scan of a whole-元 table read most of its commas so, and, each in doubt as
     * 165.128 元 or 165,128 元, its 95 figures left every identity undecided). Where amounts carry 分 the doubt stays: a
     * ring over {@code 3,808,085.00} read 3,808,085.001. The other way round, an OCR reading that ends in a comma and
     * two digits ({@code 2,620,00}, taken as a decimal comma: 2,620.00) is, among whole amounts, a group of three that
     * lost a digit (a newcomer's scan cropped through the last digits of a column: 2,620,000 read 2,620.00, status
     * {@code repaired}, caught only by the row total): it is flagged, and decides nothing of the table's precision.
     */
    private static List<Row> pointsAmongWhole(List<Row> rows, Table table, Template template) {
        int whole = 0;
        for (Row r : rows) {
            if (!isMoneyRow(r, template)) continue;
            for (Cell c : r.cells()) {
                if (!isMoney(c, table) || c.number() == null || c.status() == CellStatus.SUSPECT || decimalComma(c)) continue;
                if (c.number().stripTrailingZeros().scale() > 0 || c.raw() != null && CENTS.matcher(c.raw()).find()) return rows;
                if (c.number().abs().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0) whole++;
            }
        }
        if (whole < WHOLE) return rows;
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (!isMoneyRow(r, template)) { out.add(r); continue; }
            List<Cell> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                boolean separators = isMoney(c, table) && c.number() != null && c.status() == CellStatus.SUSPECT && c.raw() != null
                        && GROUPED.matcher(c.raw().strip()).matches() && c.raw().indexOf('.') >= 0
                        && c.repairs().stream().allMatch(x -> CellReader.CERTAIN_REPAIRS.contains(x.kind()));
                if (separators) c = new Cell(c.column(), c.number(), c.text(), c.raw(), CellStatus.REPAIRED, c.confidence(), c.box(), c.repairs());
                else if (isMoney(c, table) && c.status() != CellStatus.SUSPECT && decimalComma(c)) {
                    c = c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.IRREGULAR_GROUPING, c.raw(),
                            "a comma before two digits among whole amounts: a group of three that lost a digit, or 分"));
                }
                cells.add(c);
            }
            out.add(r.withCells(cells));
        }
        return out;
    }

    /** Amounts read with one decimal, taken as cut, put back as read where one decimal is the table's precision. */
    private static List<Row> printedToOnePlace(List<Row> rows, Table table, Template template) {
        int onePlace = 0;
        for (Row r : rows) {
            if (!isMoneyRow(r, template)) continue;
            for (Cell c : r.cells()) {
                if (!isMoney(c, table) || c.number() == null) continue;
                if (c.number().scale() >= 2) return rows;
                if (c.number().scale() == 1) onePlace++;
            }
        }
        if (onePlace < ONE_PLACE) return rows;
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            List<Cell> cells = new ArrayList<>();
            for (Cell c : r.cells()) cells.add(isMoneyRow(r, template) && isMoney(c, table) ? uncut(c) : c);
            out.add(r.withCells(cells));
        }
        return out;
    }

    /** A cell whose one doubt is that its reading was cut ({@link RepairKind#TRUNCATED}), as read. */
    private static Cell uncut(Cell c) {
        if (c.number() == null || c.number().scale() != 1 || c.status() != CellStatus.SUSPECT) return c;
        List<Repair> others = c.repairs().stream().filter(r -> !r.kind().equals(RepairKind.TRUNCATED)).toList();
        if (others.size() == c.repairs().size() || others.stream().anyMatch(r -> !CellReader.CERTAIN_REPAIRS.contains(r.kind()))) return c;
        return new Cell(c.column(), c.number(), c.text(), c.raw(), others.isEmpty() ? CellStatus.OK : CellStatus.REPAIRED, c.confidence(), c.box(), others);
    }

    /** Whole amounts OCR read among amounts with 分: their cents perhaps lost at the cell's edge. */
    private static List<Row> cutAmongCents(List<Row> rows, Table table, Template template) {
        int withCents = 0, numbers = 0;
        for (Row r : rows) {
            if (!isMoneyRow(r, template)) continue;
            for (Cell c : r.cells()) {
                if (!isMoney(c, table) || c.number() == null) continue;
                numbers++;
                if (c.number().scale() == 2) withCents++;
            }
        }
        if (numbers < 10 || withCents < SHARE * numbers) return rows;
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (!isMoneyRow(r, template)) { out.add(r); continue; }
            List<Cell> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                boolean lost = isMoney(c, table) && c.number() != null && c.number().scale() == 0 && c.status() != CellStatus.SUSPECT
                        && NumberParser.ocrReading(c.raw(), c.confidence());
                cells.add(lost ? c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.TRUNCATED, c.raw(), c.number().toPlainString() + ".??")) : c);
            }
            out.add(r.withCells(cells));
        }
        return out;
    }

    /** An OCR reading whose comma before its last two digits was taken as a decimal comma ({@code 2,620,00}). */
    private static boolean decimalComma(Cell c) {
        return c.repairs().stream().anyMatch(r -> r.kind().equals(RepairKind.DECIMAL_COMMA)) && NumberParser.ocrReading(c.raw(), c.confidence());
    }

    private static boolean isMoneyRow(Row r, Template template) {
        return template.row(r.key().value()).map(TemplateRow::kind).map(k -> k == Column.Kind.MONEY).orElse(true);
    }

    private static boolean isMoney(Cell c, Table table) {
        return table.column(c.column()).map(col -> col.kind() == Column.Kind.MONEY).orElse(false);
    }
}

package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.NumberReading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows and columns of a table no template fits. Its columns of amounts are read as amounts — each figure parsed as
 * a templated table's are, a figure read by OCR keeping its confidence (no identity checks it, so the validator flags
 * it {@code suspect}) — and every other cell kept as text. A column is one of amounts where at least half of its
 * non-blank cells, and two or more, are figures, and one of them at least is printed as an amount is (a thousands
 * separator or two decimals): a column of 序号 or years is text. (A crease through a table once split its 合计 column and
 * the table fitted no template: its figures came out as text with status ok, "6,9" and "8,414" beside 元.) A figure OCR
 * read in a cell kept as text is flagged too.
 */
final class GenericTable {
    /** An amount's print: thousands separated, or two decimals. */
    private static final Pattern AMOUNT = Pattern.compile(".*\\d,\\d{3}.*|.*\\d\\.\\d{2}\\D*");

    private GenericTable() {
    }

    /** The rows of the block (blank ones left out), keyed {@code row-1}, {@code row-2}, … ; columns {@code c1}, {@code c2}, …. */
    static List<Row> rows(RawBlock block) {
        boolean[] amounts = amountColumns(block);
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (RawRow r : block.rows()) {
            if (r.isBlank()) continue;
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < r.cells().size(); c++) {
                RawCell raw = r.cells().get(c);
                boolean amount = c < amounts.length && amounts[c] && (blank(raw) || figure(raw));
                cells.add(flaggedIfFigure(CellReader.read(raw, "c" + (c + 1), amount ? Column.Kind.MONEY : Column.Kind.TEXT)));
            }
            rows.add(new Row(new RowKey("row-" + (++n), RowKey.Kind.LABEL, 0), "", cells, List.of(), r.line()));
        }
        return rows;
    }

    /** The columns of {@link #rows}: amounts where {@link #rows} read amounts, text elsewhere. */
    static List<Column> columns(List<Row> rows) {
        int n = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        boolean[] money = new boolean[n];
        for (Row r : rows) for (int c = 0; c < r.cells().size(); c++) if (r.cells().get(c).number() != null) money[c] = true;
        List<Column> cols = new ArrayList<>();
        for (int c = 1; c <= n; c++) cols.add(new Column("c" + c, List.of(), money[c - 1] ? Column.Kind.MONEY : Column.Kind.TEXT));
        return cols;
    }

    private static boolean[] amountColumns(RawBlock block) {
        int n = block.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int[] filled = new int[n], figures = new int[n];
        boolean[] printedAsAmount = new boolean[n];
        for (RawRow r : block.rows()) {
            for (int c = 0; c < r.cells().size(); c++) {
                RawCell raw = r.cells().get(c);
                if (blank(raw)) continue;
                filled[c]++;
                if (!figure(raw)) continue;
                figures[c]++;
                if (AMOUNT.matcher(raw.text().strip()).matches()) printedAsAmount[c] = true;
            }
        }
        boolean[] out = new boolean[n];
        for (int c = 0; c < n; c++) out[c] = figures[c] >= 2 && 2 * figures[c] >= filled[c] && printedAsAmount[c];
        return out;
    }

    /**
     * A cell kept as text that OCR read with a figure in it (an amount's print, or five digits or more) is flagged: it may
     * be an amount whose reading was garbled (",* 2,070,000.00", "7 0.00" in a 1-bit fax's column of amounts), and no
     * identity checks it. Kept {@code ok}, a reader taking the text for the figure had a wrong number that looked right.
     */
    private static Cell flaggedIfFigure(Cell cell) {
        if (cell.number() != null || cell.status() != io.gongkai.model.CellStatus.OK || cell.confidence() >= 1) return cell;
        if (!FIGURE_IN_TEXT.matcher(cell.raw()).find()) return cell;
        return cell.revised(null, io.gongkai.model.CellStatus.SUSPECT, new io.gongkai.model.Repair(io.gongkai.model.RepairKind.OCR_UNVERIFIED, cell.raw(),
                "a figure read by OCR in a table no template fits, not read as an amount; no identity checks it"));
    }

    /**
     * A figure inside text: thousands separated (a comma, or an ideographic comma OCR put for one, a space after it or
     * not: "581, 200", "690、 682"), two decimals, or five digits or more.
     */
    private static final Pattern FIGURE_IN_TEXT = Pattern.compile("\\d[,，、] ?\\d{3}|\\d[.。]\\d{2}|\\d{5}");

    private static boolean blank(RawCell raw) {
        return raw == null || raw.text() == null || raw.text().isBlank();
    }

    private static boolean figure(RawCell raw) {
        NumberReading r = NumberParser.parse(raw.text(), -1);
        return r.kind() == NumberReading.Kind.NUMBER;
    }
}

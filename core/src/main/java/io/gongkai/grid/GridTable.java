package io.gongkai.grid;

import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * A table recovered from ruling lines (or from text alignment): row and column edges and the cells between them.
 *
 * @param rowEdges y of each horizontal grid line, top to bottom
 * @param colEdges x of each vertical grid line, left to right
 * @param cells    cells, merged cells once (at their top-left slot)
 */
public record GridTable(int page, List<Double> rowEdges, List<Double> colEdges, List<GridCell> cells) {
    public GridTable {
        rowEdges = List.copyOf(rowEdges);
        colEdges = List.copyOf(colEdges);
        cells = List.copyOf(cells);
    }

    public int rows() {
        return rowEdges.size() - 1;
    }

    public int columns() {
        return colEdges.size() - 1;
    }

    public double top() {
        return rowEdges.get(0);
    }

    public double bottom() {
        return rowEdges.get(rowEdges.size() - 1);
    }

    public double left() {
        return colEdges.get(0);
    }

    public double right() {
        return colEdges.get(colEdges.size() - 1);
    }

    /**
     * One raw row per grid row, one raw cell per grid column: a merged cell's text sits in its top-left slot and the
     * slots it covers are blank, the way a spreadsheet exports merged cells — except a code part merged down over the
     * rows it heads, which each of them gets. Rows that are blank throughout are dropped.
     *
     * @param lineBase added to the grid row index to number rows for provenance (page * 1000 by convention)
     */
    public List<RawRow> toRawRows(int lineBase) {
        return toRawRows(lineBase, colEdges);
    }

    /**
     * As {@link #toRawRows(int)}, with cells placed in the columns of another grid (a table continued from the page
     * before, whose last rows here may have fewer rulings): a figure goes to the column that holds its right end
     * (figures are set flush right), any other cell to the column whose left edge is nearest its own. A cell's box says
     * where its page's rules, or its page's text alignment, set it, not where the table continued set the column: a
     * continued page of a 收入预算表 read by text alignment, whose only 其他收入 figures stood in a band reaching back
     * over 事业单位经营收入, had them read there by the box's left edge, verified by the row sums any addend column
     * keeps. (A name's text is no measure: set flush left, a short one's middle can stand left of where a column moved
     * in proportion begins.) Two texts that land in one column are both kept, joined by a space.
     */
    public List<RawRow> toRawRows(int lineBase, List<Double> columnEdges) {
        int ncol = columnEdges.size() - 1;
        String[][] text = new String[rows()][ncol];
        GridCell[][] at = new GridCell[rows()][ncol];
        boolean own = columnEdges.equals(colEdges);
        for (GridCell c : cells) {
            int col = !own && c.textPlaced() && figure(c.text()) ? holding(columnEdges, c.textX1() - FLUSH) : nearest(columnEdges, c.x0());
            if (text[c.row()][col] != null && !text[c.row()][col].isBlank()) {
                if (c.text().isBlank()) continue;
                text[c.row()][col] = text[c.row()][col] + " " + c.text();  // two texts of one column: neither lost
                continue;
            }
            text[c.row()][col] = c.text();
            at[c.row()][col] = c;
        }
        spreadCodeParts(columnEdges, text, at);
        List<RawRow> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            List<RawCell> row = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < ncol; c++) {
                String t = text[r][c] == null ? "" : text[r][c];
                any |= !t.isBlank();
                GridCell g = at[r][c];
                Box box = g == null ? new Box(page, columnEdges.get(c), rowEdges.get(r), columnEdges.get(c + 1) - columnEdges.get(c), rowEdges.get(r + 1) - rowEdges.get(r))
                        : new Box(page, g.x0(), g.y0(), g.x1() - g.x0(), g.y1() - g.y0());
                row.add(new RawCell(t, box, g == null ? 1.0 : g.confidence()));
            }
            if (any) out.add(new RawRow(lineBase + r + 1, row));
        }
        return out;
    }

    /**
     * A code part (类 201, 款 04) printed once in a cell merged down over the rows it heads — a workbook whose category
     * cells were merged prints codes in columns so, each 类 over its 款 and 项 rows — belongs to each of those rows that
     * prints cells of its own (a tall row of one cell merged over two grid rows gives no second row).
     */
    private void spreadCodeParts(List<Double> columnEdges, String[][] text, GridCell[][] at) {
        for (GridCell c : cells) {
            if (c.rowSpan() < 2 || c.colSpan() != 1 || !io.gongkai.normalize.CodeParser.isCodePart(c.text())) continue;
            int col = nearest(columnEdges, c.x0());
            for (int r = c.row() + 1; r < Math.min(rows(), c.row() + c.rowSpan()); r++) {
                if (text[r][col] != null && !text[r][col].isBlank()) continue;
                boolean own = false;
                for (int k = 0; k < text[r].length && !own; k++) own = k != col && at[r][k] != null && at[r][k].row() == r && text[r][k] != null && !text[r][k].isBlank();
                if (!own) continue;
                text[r][col] = c.text();
                at[r][col] = c;
            }
        }
    }

    /** Points (or pixels) inside a figure's right end that are surely within its column. */
    private static final double FLUSH = 0.5;

    /** Whether a cell's text is one figure: an amount (with separators, decimals, a sign) and nothing else. */
    private static boolean figure(String text) {
        return !text.isBlank() && io.gongkai.normalize.NumberParser.parse(text.strip(), -1).isValue();
    }

    /** The column of {@code edges} whose span holds {@code x}; the nearest where none does. */
    private static int holding(List<Double> edges, double x) {
        for (int i = 0; i + 1 < edges.size(); i++) if (x >= edges.get(i) && x < edges.get(i + 1)) return i;
        return x < edges.get(0) ? 0 : edges.size() - 2;
    }

    private static int nearest(List<Double> edges, double x) {
        int best = 0;
        for (int i = 0; i + 1 < edges.size(); i++) if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) best = i;
        return best;
    }
}

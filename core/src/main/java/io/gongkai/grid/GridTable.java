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
     * before, whose last rows here may have fewer rulings): each cell goes to the column whose left edge is nearest.
     */
    public List<RawRow> toRawRows(int lineBase, List<Double> columnEdges) {
        int ncol = columnEdges.size() - 1;
        String[][] text = new String[rows()][ncol];
        GridCell[][] at = new GridCell[rows()][ncol];
        for (GridCell c : cells) {
            int col = nearest(columnEdges, c.x0());
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

    private static int nearest(List<Double> edges, double x) {
        int best = 0;
        for (int i = 0; i + 1 < edges.size(); i++) if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) best = i;
        return best;
    }
}

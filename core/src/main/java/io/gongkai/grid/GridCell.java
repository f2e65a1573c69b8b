package io.gongkai.grid;

/**
 * A cell of a recovered grid: its slot (row, column, spans) and box, and its text.
 *
 * @param row     first grid row (0-based)
 * @param col     first grid column (0-based)
 * @param rowSpan rows it covers (merged cells cover more than one)
 * @param colSpan    columns it covers
 * @param confidence how sure the reading of its text is: 1 for a text layer, the lowest OCR confidence of its words
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, double x0, double y0, double x1, double y1, String text, double confidence) {
    public GridCell(int row, int col, int rowSpan, int colSpan, double x0, double y0, double x1, double y1, String text) {
        this(row, col, rowSpan, colSpan, x0, y0, x1, y1, text, 1.0);
    }
}

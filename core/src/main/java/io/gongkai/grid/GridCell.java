package io.gongkai.grid;

/**
 * A cell of a recovered grid: its slot (row, column, spans) and box, and its text.
 *
 * @param row     first grid row (0-based)
 * @param col     first grid column (0-based)
 * @param rowSpan rows it covers (merged cells cover more than one)
 * @param colSpan columns it covers
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, double x0, double y0, double x1, double y1, String text) {
}

package io.gongkai.grid;

/**
 * A cell of a recovered grid: its slot (row, column, spans) and box, and its text.
 *
 * @param row     first grid row (0-based)
 * @param col     first grid column (0-based)
 * @param rowSpan rows it covers (merged cells cover more than one)
 * @param colSpan    columns it covers
 * @param confidence how sure the reading of its text is: 1 for a text layer, the lowest OCR confidence of its words
 * @param textX0     where its text begins (points or pixels, as the box): the left of its leftmost glyph; NaN when it
 *                   holds none, or only the box is known
 * @param textX1     where its text ends: the right of its rightmost glyph; NaN likewise
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, double x0, double y0, double x1, double y1, String text, double confidence,
                       double textX0, double textX1) {
    public GridCell(int row, int col, int rowSpan, int colSpan, double x0, double y0, double x1, double y1, String text, double confidence) {
        this(row, col, rowSpan, colSpan, x0, y0, x1, y1, text, confidence, Double.NaN, Double.NaN);
    }

    public GridCell(int row, int col, int rowSpan, int colSpan, double x0, double y0, double x1, double y1, String text) {
        this(row, col, rowSpan, colSpan, x0, y0, x1, y1, text, 1.0);
    }

    /** Whether where its text stands is known apart from its box ({@link #textX0}, {@link #textX1}). */
    public boolean textPlaced() {
        return !Double.isNaN(textX0) && !Double.isNaN(textX1);
    }
}

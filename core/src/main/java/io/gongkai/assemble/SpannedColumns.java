package io.gongkai.assemble;

import io.gongkai.model.Box;
import io.gongkai.model.Diagnostic;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Grid columns that one header cell heads, and no header cell of their own, are one column of the table: the rule
 * between them is none the table prints. A coffee stain's rim, a fold or a pen stroke read as a vertical rule through
 * the figures of a 合计 column split it in two on a scan (the matrix's stain-200 condition: 上海市普陀区人民政府办公室
 * 2025 收入预算总表, a rule at 431 pt under the stain only); the row parsers take a row's values in order, so every figure
 * after the split stood a column off, 财政拨款收入's under 事业收入, and the row sums still held (a figure moving from
 * one summed column to another changes no sum). The header is printed above such a stain and says where the columns
 * are: a grid column whose only header is a cell merged over it and the column before it belongs to that column.
 *
 * <p>Only columns of figures are joined (a 科目编码 cell merged over 类, 款 and 项 without their own heads stays three
 * code columns), never a column of names (a 1-bit page's lost grid under one garbled header), and never two columns
 * most rows that print in both print a whole figure in each of (there the header lost a rule, not the body); as many as
 * a stain's edges made (司法局26's 合计 cut in five). Texts split by the false rule are joined as one; a figure so
 * joined from two OCR readings is in doubt
 * ({@link io.gongkai.model.Confidence#MENDED}): the identities confirm it, give it, or it stays flagged. Pure.
 */
final class SpannedColumns {
    private SpannedColumns() {
    }

    /** Points (or pixels) a box may fall short of covering a column's middle and still be taken to cover it. */
    private static final double SLACK = 1.0;

    static GridNotes.Result join(RawBlock block, String ref) {
        List<RawRow> rows = block.rows();
        if (rows.isEmpty()) return new GridNotes.Result(block, List.of());
        int n = rows.get(0).cells().size();
        for (RawRow r : rows) {
            if (r.cells().size() != n) return new GridNotes.Result(block, List.of());
            for (RawCell c : r.cells()) if (c.box() == null) return new GridNotes.Result(block, List.of());
        }
        int first = firstFigureRow(rows);
        if (first <= 0 || n < 3) return new GridNotes.Result(block, List.of());
        double[] middle = new double[n];
        for (int k = 0; k < n; k++) middle[k] = middle(rows, k);
        int[] group = new int[n]; // the first column of the column each grid column belongs to
        for (int k = 0; k < n; k++) group[k] = k;
        for (int k = 1; k < n; k++) {
            if (ownHeader(rows, first, k)) continue;
            int[] leaf = leaf(rows, first, k, middle[k]);
            if (leaf == null || leaf[1] >= k) continue;
            int[] before = leaf(rows, first, k - 1, middle[k - 1]);
            if (before == null || before[0] != leaf[0] || before[1] != leaf[1]) continue;
            group[k] = group[k - 1];
        }
        List<Diagnostic> diags = new ArrayList<>();
        // check each candidate group: columns of figures, no row printing two whole figures in it
        for (int start = 0; start < n; start++) {
            if (group[start] != start) continue;
            int end = start;
            while (end + 1 < n && group[end + 1] == start) end++;
            if (end == start) continue;
            if (!figures(rows, first, start, end)) {
                for (int k = start + 1; k <= end; k++) group[k] = k;
                continue;
            }
            int[] leaf = leaf(rows, first, start, middle[start]);
            String head = rows.get(leaf[0]).cells().get(leaf[1]).text().strip();
            diags.add(new Diagnostic(Diagnostic.Severity.INFO, ref, String.format(java.util.Locale.ROOT,
                    "grid columns %d–%d stand under one header cell ('%s') and none of their own: read as one column (a rule the header does not print, such as a stain's edge, split it)",
                    start + 1, end + 1, head)));
        }
        if (diags.isEmpty()) return new GridNotes.Result(block, List.of());
        List<RawRow> out = new ArrayList<>(rows.size());
        for (RawRow r : rows) out.add(new RawRow(r.line(), joined(r.cells(), group)));
        return new GridNotes.Result(new RawBlock(block.line(), block.pages(), block.title(), block.printedNumber(), block.headerText(), out, block.notes()), diags);
    }

    /**
     * The middle of grid column {@code k}: the median middle of its blank cells' boxes (a blank cell is the column's
     * own slot; a text's box may be a cell merged over several, or, on a continued page, where that page set it),
     * else of its narrowest box.
     */
    private static double middle(List<RawRow> rows, int k) {
        List<Double> blanks = new ArrayList<>();
        Box narrowest = null;
        for (RawRow r : rows) {
            RawCell c = r.cells().get(k);
            Box b = c.box();
            if (blank(c.text())) blanks.add(b.x() + b.width() / 2);
            if (narrowest == null || b.width() < narrowest.width()) narrowest = b;
        }
        if (blanks.isEmpty()) return narrowest.x() + narrowest.width() / 2;
        java.util.Collections.sort(blanks);
        return blanks.get(blanks.size() / 2);
    }

    /** The row's cells, those of one column joined: their texts in order, their boxes' union. */
    private static List<RawCell> joined(List<RawCell> cells, int[] group) {
        List<RawCell> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            if (group[k] != k) continue;
            int end = k;
            while (end + 1 < cells.size() && group[end + 1] == k) end++;
            if (end == k) {
                out.add(cells.get(k));
                continue;
            }
            StringBuilder text = new StringBuilder();
            int parts = 0;
            double confidence = 1;
            double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            Box firstBox = cells.get(k).box();
            for (int j = k; j <= end; j++) {
                RawCell c = cells.get(j);
                Box b = c.box();
                if (b.page() == firstBox.page()) {
                    x0 = Math.min(x0, b.x());
                    x1 = Math.max(x1, b.x() + b.width());
                    y0 = Math.min(y0, b.y());
                    y1 = Math.max(y1, b.y() + b.height());
                }
                String t = c.text() == null ? "" : c.text().strip();
                if (t.isEmpty()) continue;
                text.append(t);
                parts++;
                confidence = Math.min(confidence, c.confidence());
            }
            if (parts == 0) confidence = cells.get(k).confidence();
            // two OCR readings of the pieces a false rule cut a figure into: in doubt, for the identities to settle
            if (parts > 1 && confidence < 1) confidence = Math.min(confidence, io.gongkai.model.Confidence.MENDED);
            // (the pieces of one figure: no space between them or inside them, or a reader would take two figures)
            String t = parts > 1 ? text.toString().replaceAll("\\s+", "") : text.toString();
            out.add(new RawCell(t, new Box(firstBox.page(), x0, y0, x1 - x0, y1 - y0), confidence));
        }
        return out;
    }

    /** Index of the first row that prints a figure (a decimal point or a thousands separator in a number): the header is above it. */
    private static int firstFigureRow(List<RawRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            for (RawCell c : rows.get(i).cells()) if (figure(c.text())) return i;
        }
        return -1;
    }

    /** Whether a header row prints a text in column {@code k} itself. */
    private static boolean ownHeader(List<RawRow> rows, int first, int k) {
        for (int h = 0; h < first; h++) if (!blank(rows.get(h).cells().get(k).text())) return true;
        return false;
    }

    /**
     * The lowest header cell (row, column) with a text whose box covers {@code middle}, starting at or before column
     * {@code k}; null when none does.
     */
    private static int[] leaf(List<RawRow> rows, int first, int k, double middle) {
        for (int h = first - 1; h >= 0; h--) {
            List<RawCell> cells = rows.get(h).cells();
            for (int j = k; j >= 0; j--) {
                RawCell c = cells.get(j);
                if (blank(c.text())) continue;
                Box b = c.box();
                if (b.x() - SLACK <= middle && middle <= b.x() + b.width() + SLACK) return new int[] {h, j};
            }
        }
        return null;
    }

    /**
     * Whether columns {@code start..end} hold figures: most rows that print anything there print a figure, and fewer
     * than half of those that print in two of them print a whole figure in each.
     */
    private static boolean figures(List<RawRow> rows, int first, int start, int end) {
        for (int k = start; k <= end; k++) if (words(rows, first, k)) return false;
        int printed = 0, withFigure = 0, several = 0, wholes = 0;
        for (int i = first; i < rows.size(); i++) {
            List<RawCell> cells = rows.get(i).cells();
            int whole = 0, parts = 0;
            boolean figure = false;
            for (int k = start; k <= end; k++) {
                String t = cells.get(k).text();
                if (blank(t)) continue;
                parts++;
                figure |= figure(t);
                if (whole(t)) whole++;
            }
            if (parts > 0) printed++;
            if (figure) withFigure++;
            if (parts > 1) several++;
            if (whole > 1) wholes++;
        }
        // (a cut figure's pieces may each look whole by chance, 1.74 | 3,933 of 16,743,933; two columns print two whole
        // figures in most rows that print in both)
        return printed > 0 && withFigure * 2 >= printed && (wholes == 0 || wholes * 2 < several);
    }

    /**
     * Whether column {@code k} prints words: more than one in four of its texts below the header has two Han
     * characters or more (a name column; a figure column's OCR junk is a stray character).
     */
    private static boolean words(List<RawRow> rows, int first, int k) {
        int printed = 0, words = 0;
        for (int i = first; i < rows.size(); i++) {
            String t = rows.get(i).cells().get(k).text();
            if (blank(t)) continue;
            printed++;
            if (io.gongkai.normalize.TextNormalizer.hanCount(t) >= 2) words++;
        }
        return words * 4 > printed;
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(".*\\d\\s*[.,]\\s*\\d.*");
    /** A figure printed whole: thousands grouped, or with its decimals, and nothing else. */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?|-?\\d+\\.\\d{1,2}");

    private static boolean figure(String text) {
        return text != null && FIGURE.matcher(text).matches();
    }

    private static boolean whole(String text) {
        return text != null && WHOLE.matcher(text.strip()).matches();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

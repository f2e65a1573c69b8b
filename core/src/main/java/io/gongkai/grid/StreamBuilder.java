package io.gongkai.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables without rulings, from text alignment ("stream"): lines of text whose runs are separated by wide gaps form a
 * table where several such lines follow each other; its columns are the x-ranges no run crosses. A line with fewer runs
 * (a wrapped name, a section heading) stays in the table. Thread-safe (stateless).
 */
public final class StreamBuilder {
    /** A gap this many times the font size separates two cells. */
    private static final double CELL_GAP = 1.5;
    private static final int MIN_ROWS = 3, MIN_COLUMNS = 3;

    private record Run(double x0, double x1, List<Glyph> glyphs) {
    }

    private record Line(double y0, double y1, List<Run> runs) {
    }

    public List<GridTable> stream(int page, List<Glyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        for (GlyphText.Line l : GlyphText.lines(glyphs)) lines.add(new Line(l.y0(), l.y1(), runs(l.glyphs())));
        List<GridTable> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).runs().size() < MIN_COLUMNS) { i++; continue; }
            int j = i;
            int multi = 0;
            while (j < lines.size()) {
                Line l = lines.get(j);
                boolean tabular = l.runs().size() >= 2;
                if (!tabular && (j + 1 >= lines.size() || lines.get(j + 1).runs().size() < 2)) break; // two plain lines end it
                if (j > i && l.y0() - lines.get(j - 1).y1() > 3 * lineHeight(lines.get(j - 1))) break; // a wide vertical gap ends it
                if (tabular) multi++;
                j++;
            }
            if (multi >= MIN_ROWS) {
                GridTable t = table(page, lines.subList(i, j));
                if (t != null) out.add(t);
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static double lineHeight(Line l) {
        return Math.max(4, l.y1() - l.y0());
    }

    private static List<Run> runs(List<Glyph> line) {
        List<Run> runs = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x0() - prev.x1() > CELL_GAP * Math.max(prev.fontSize(), g.fontSize())) {
                runs.add(new Run(cur.get(0).x0(), cur.get(cur.size() - 1).x1(), cur));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) runs.add(new Run(cur.get(0).x0(), cur.get(cur.size() - 1).x1(), cur));
        return runs;
    }

    /** Columns at the x-ranges no run of a multi-run line crosses; one row per line. */
    private static GridTable table(int page, List<Line> lines) {
        List<double[]> spans = new ArrayList<>();
        for (Line l : lines) if (l.runs().size() >= 2) for (Run r : l.runs()) spans.add(new double[]{r.x0(), r.x1()});
        spans.sort(Comparator.comparingDouble(a -> a[0]));
        List<double[]> blocks = new ArrayList<>();
        for (double[] s : spans) {
            if (!blocks.isEmpty() && s[0] <= blocks.get(blocks.size() - 1)[1] + 1) blocks.get(blocks.size() - 1)[1] = Math.max(blocks.get(blocks.size() - 1)[1], s[1]);
            else blocks.add(new double[]{s[0], s[1]});
        }
        if (blocks.size() < MIN_COLUMNS) return null;
        List<Double> xs = new ArrayList<>();
        xs.add(blocks.get(0)[0] - 1);
        for (int b = 0; b + 1 < blocks.size(); b++) xs.add((blocks.get(b)[1] + blocks.get(b + 1)[0]) / 2);
        xs.add(blocks.get(blocks.size() - 1)[1] + 1);
        List<Double> ys = new ArrayList<>();
        ys.add(lines.get(0).y0() - 1);
        for (int k = 0; k + 1 < lines.size(); k++) ys.add((lines.get(k).y1() + lines.get(k + 1).y0()) / 2);
        ys.add(lines.get(lines.size() - 1).y1() + 1);
        List<List<List<Glyph>>> grid = place(lines, xs);
        // a centred header and right-aligned numbers under it occupy different x-ranges but are one column: neighbouring
        // columns that no line fills both of are merged
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int c = 0; c + 1 < xs.size() - 1; c++) {
                final int col = c;
                boolean disjoint = grid.stream().noneMatch(row -> !row.get(col).isEmpty() && !row.get(col + 1).isEmpty());
                if (!disjoint) continue;
                xs.remove(c + 1);
                grid = place(lines, xs);
                merged = true;
                break;
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                cells.add(new GridCell(r, c, 1, 1, xs.get(c), ys.get(r), xs.get(c + 1), ys.get(r + 1), GlyphText.cellText(grid.get(r).get(c))));
            }
        }
        return new GridTable(page, ys, xs, cells);
    }

    /** Each line's runs placed in the columns their centres fall in. */
    private static List<List<List<Glyph>>> place(List<Line> lines, List<Double> xs) {
        List<List<List<Glyph>>> grid = new ArrayList<>();
        for (Line line : lines) {
            List<List<Glyph>> byColumn = new ArrayList<>();
            for (int c = 0; c + 1 < xs.size(); c++) byColumn.add(new ArrayList<>());
            for (Run run : line.runs()) {
                double cx = (run.x0() + run.x1()) / 2;
                int col = 0;
                while (col + 2 < xs.size() && cx > xs.get(col + 1)) col++;
                byColumn.get(col).addAll(run.glyphs());
            }
            grid.add(byColumn);
        }
        return grid;
    }
}

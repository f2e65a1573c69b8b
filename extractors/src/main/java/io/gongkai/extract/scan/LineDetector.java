package io.gongkai.extract.scan;

import io.gongkai.grid.Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Ruling lines of a binarized page image, found from run lengths: a horizontal line is a run of dark pixels far longer
 * than any glyph, repeated on a few adjacent pixel rows; likewise vertical. Pure: pixels in, segments (in pixels) out.
 */
public final class LineDetector {
    private LineDetector() {
    }

    /**
     * @param dark   dark[y][x], the binarized page
     * @param minRun shortest run that counts as part of a line (pixels)
     * @return horizontal and vertical segments in pixel coordinates, one per line (its thickness collapsed)
     */
    public static List<Segment> detect(boolean[][] dark, int minRun) {
        return detect(dark, minRun, minRun);
    }

    /**
     * As {@link #detect(boolean[][], int)}, and vertical lines down to {@code minCellRun} pixels when they join two
     * horizontal lines: the border of a single row's cell (a total row under a shorter block) is shorter than any
     * line-length threshold that keeps out glyph strokes, but no glyph stroke touches two rulings.
     */
    public static List<Segment> detect(boolean[][] dark, int minRun, int minCellRun) {
        int h = dark.length, w = h == 0 ? 0 : dark[0].length;
        int thick = Math.max(12, minRun / 5);
        List<int[]> hs = stack(runs(h, w, (line, at) -> dark[line][at], minRun), thick); // y, x0, x1
        List<int[]> vs = stack(runs(w, h, (line, at) -> dark[at][line], Math.min(minRun, minCellRun)), thick); // x, y0, y1
        int tol = Math.max(3, minRun / 20);
        List<Segment> out = new ArrayList<>();
        for (int[] s : hs) out.add(new Segment(s[1], s[0], s[2], s[0]));
        for (int[] s : vs) {
            if (s[2] - s[1] + 1 < minRun && !(meets(hs, s[0], s[1], tol) && meets(hs, s[0], s[2], tol))) continue;
            out.add(new Segment(s[0], s[1], s[0], s[2]));
        }
        return out;
    }

    /** Whether a horizontal line passes through (x, y), give or take {@code tol} pixels. */
    private static boolean meets(List<int[]> horizontals, int x, int y, int tol) {
        for (int[] h : horizontals) {
            if (Math.abs(h[0] - y) <= tol && x >= h[1] - tol && x <= h[2] + tol) return true;
        }
        return false;
    }

    private interface Pixels {
        boolean dark(int line, int at);
    }

    /** Runs of at least {@code minRun} dark pixels along each line (gaps of up to 2 pixels bridged): line, from, to. */
    private static List<int[]> runs(int lines, int length, Pixels px, int minRun) {
        List<int[]> out = new ArrayList<>();
        for (int line = 0; line < lines; line++) {
            int start = -1, gap = 0;
            for (int at = 0; at <= length; at++) {
                boolean d = at < length && px.dark(line, at);
                if (d) {
                    if (start < 0) start = at;
                    gap = 0;
                } else if (start >= 0 && (++gap > 2 || at == length)) {
                    int end = at - gap;
                    if (end - start + 1 >= minRun) out.add(new int[]{line, start, end});
                    start = -1;
                    gap = 0;
                }
            }
        }
        return out;
    }

    /** Runs on adjacent pixel rows (columns) that overlap become one line at their mean position, if it is no thicker than {@code maxThickness}. */
    private static List<int[]> stack(List<int[]> runs, int maxThickness) {
        List<int[]> open = new ArrayList<>(); // pos sum, count, from, to, last pos
        List<int[]> done = new ArrayList<>();
        for (int[] r : runs) {
            int[] hit = null;
            for (int[] o : open) {
                if (r[0] - o[4] <= 1 && r[0] != o[4] && Math.min(o[3], r[2]) - Math.max(o[2], r[1]) > 0) { hit = o; break; }
            }
            if (hit != null) {
                hit[0] += r[0];
                hit[1]++;
                hit[2] = Math.min(hit[2], r[1]);
                hit[3] = Math.max(hit[3], r[2]);
                hit[4] = r[0];
            } else {
                open.add(new int[]{r[0], 1, r[1], r[2], r[0]});
            }
            open.removeIf(o -> {
                if (r[0] - o[4] > 1) {
                    done.add(o);
                    return true;
                }
                return false;
            });
        }
        done.addAll(open);
        List<int[]> out = new ArrayList<>();
        for (int[] o : done) {
            // a line is thin (a blurred scan's lines, rendered up, are thicker than printed): a filled block (a logo, a
            // photo, a shaded cell) is not a ruling
            if (o[1] > maxThickness) continue;
            out.add(new int[]{Math.round((float) o[0] / o[1]), o[2], o[3]});
        }
        return out;
    }
}

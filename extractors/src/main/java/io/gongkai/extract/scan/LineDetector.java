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
        int h = dark.length, w = h == 0 ? 0 : dark[0].length;
        List<int[]> hr = runs(h, w, (line, at) -> dark[line][at], minRun); // y, x0, x1
        List<int[]> vr = runs(w, h, (line, at) -> dark[at][line], minRun); // x, y0, y1
        List<Segment> out = new ArrayList<>();
        for (int[] s : stack(hr)) out.add(new Segment(s[1], s[0], s[2], s[0]));
        for (int[] s : stack(vr)) out.add(new Segment(s[0], s[1], s[0], s[2]));
        return out;
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

    /** Runs on adjacent pixel rows (columns) that overlap become one line at their mean position. */
    private static List<int[]> stack(List<int[]> runs) {
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
            // a line is thin: a filled block (a logo, a photo, a shaded cell) is not a ruling
            if (o[1] > 12) continue;
            out.add(new int[]{Math.round((float) o[0] / o[1]), o[2], o[3]});
        }
        return out;
    }
}

package io.gongkai.extract.scan;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Whether a page was scanned sideways: Chinese text set in horizontal lines piles its ink on few pixel rows, so the
 * row profile of the text (ruling lines erased) is far peakier than the column profile; turned 90°, the other way round.
 */
final class Orientation {
    /** Below this ratio of row to column peakiness a page is sideways (upright pages measure 1.4 and more). */
    static final double SIDEWAYS = 0.8;

    private Orientation() {
    }

    /** Row-profile peakiness over column-profile peakiness of the dark pixels, each per pixel of profile length. */
    static double ratio(boolean[][] dark, java.util.List<io.gongkai.grid.Segment> linesPx) {
        int h = dark.length, w = dark[0].length;
        boolean[][] t = new boolean[h][];
        for (int y = 0; y < h; y++) t[y] = dark[y].clone();
        for (var s : linesPx) {
            for (int y = Math.max(0, (int) s.y0() - 2); y <= Math.min(h - 1, (int) s.y1() + 2); y++) {
                for (int x = Math.max(0, (int) s.x0() - 2); x <= Math.min(w - 1, (int) s.x1() + 2); x++) t[y][x] = false;
            }
        }
        double[] rows = new double[h], cols = new double[w];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (t[y][x]) { rows[y]++; cols[x]++; }
        double sr = 0, sc = 0;
        for (double r : rows) sr += r * r;
        for (double c : cols) sc += c * c;
        return sc == 0 ? 1 : (sr / h) / (sc / w);
    }

    /** The image turned a quarter: clockwise, or counter-clockwise. */
    static BufferedImage quarter(BufferedImage src, boolean clockwise) {
        int w = src.getWidth(), h = src.getHeight();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_BYTE_GRAY);
        Raster r = src.getRaster();
        WritableRaster o = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = r.getSample(x, y, 0);
                if (clockwise) o.setSample(h - 1 - y, x, 0, v); else o.setSample(y, w - 1 - x, 0, v);
            }
        }
        return out;
    }

    /** The image turned half a turn (a page scanned upside down). */
    static BufferedImage half(BufferedImage src) {
        int w = src.getWidth(), h = src.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.Raster in = src.getRaster();
        java.awt.image.WritableRaster o = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            in.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) o.setSample(w - 1 - x, h - 1 - y, 0, row[x]);
        }
        return out;
    }
}

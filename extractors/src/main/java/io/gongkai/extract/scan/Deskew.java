package io.gongkai.extract.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The skew of a scanned page (within ±5°) from its horizontal projection profile: turned right, ruling lines and text
 * lines pile up on few pixel rows, so the sum of squared row counts peaks at the true angle.
 */
final class Deskew {
    private static final double MAX = 5.0;

    private Deskew() {
    }

    /** The angle in degrees (clockwise positive in image coordinates) by which the page content is turned. */
    static double angle(boolean[][] dark) {
        int h = dark.length, w = dark[0].length;
        // a sample of the dark pixels is enough
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 2_000_000));
        java.util.List<int[]> pts = new java.util.ArrayList<>();
        // stroke pixels only (a dark 2×2 block): scanner noise, which resampling repeats row by row, would favour 0°
        for (int y = 0; y + 1 < h; y += step) {
            for (int x = 0; x + 1 < w; x += step) if (dark[y][x] && dark[y][x + 1] && dark[y + 1][x] && dark[y + 1][x + 1]) pts.add(new int[]{x, y});
        }
        if (pts.isEmpty()) return 0;
        double best = 0, bestScore = -1;
        // the peak is narrow (a quarter of a degree wide on a full page): a coarse step of 0.1° cannot miss it
        for (double range = MAX, centre = 0, inc = 0.1; inc >= 0.02; centre = best, range = inc, inc /= 5) {
            for (double a = centre - range; a <= centre + range + 1e-9; a += inc) {
                double score = score(pts, a, h);
                if (score > bestScore) {
                    bestScore = score;
                    best = a;
                }
            }
        }
        return best;
    }

    private static double score(java.util.List<int[]> pts, double degrees, int h) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) (Math.abs(t) * 20000) + 2;
        long[] rows = new long[h + 2 * pad];
        for (int[] p : pts) {
            int y = (int) Math.round(p[1] - p[0] * t) + pad;
            if (y >= 0 && y < rows.length) rows[y]++;
        }
        double s = 0;
        for (long r : rows) s += (double) r * r;
        return s;
    }

    /** The image turned by {@code degrees} about its centre, white where nothing was. */
    static BufferedImage rotate(BufferedImage src, double degrees) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, AffineTransform.getRotateInstance(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }
}

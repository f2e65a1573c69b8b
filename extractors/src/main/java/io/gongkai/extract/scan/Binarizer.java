package io.gongkai.extract.scan;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Black and white from a grey page image (Otsu's threshold over the whole page), and crops of it. */
final class Binarizer {
    private Binarizer() {
    }

    static boolean[][] dark(BufferedImage img) {
        Raster r = img.getRaster();
        int w = img.getWidth(), h = img.getHeight();
        int[] hist = new int[256];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int v : row) hist[v]++;
        }
        int t = otsu(hist, (long) w * h);
        boolean[][] out = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) out[y][x] = row[x] <= t;
        }
        return out;
    }

    static int otsu(int[] hist, long total) {
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += (double) i * hist[i];
        double sumB = 0, best = -1;
        long wB = 0;
        int t = 128;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (double) i * hist[i];
            double mB = sumB / wB, mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                t = i;
            }
        }
        return t;
    }

    /** The bounding box of the dark pixels inside {@code r}, or null when it holds (almost) none. */
    static Rectangle ink(boolean[][] dark, Rectangle r) {
        int h = dark.length, w = dark[0].length;
        int x0 = Math.max(0, r.x), y0 = Math.max(0, r.y), x1 = Math.min(w, r.x + r.width), y1 = Math.min(h, r.y + r.height);
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1, n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (!dark[y][x]) continue;
                n++;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        if (n < 8) return null;
        return new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** A clean black-on-white image of {@code r} with a white margin of {@code pad} pixels. */
    static BufferedImage crop(boolean[][] dark, Rectangle r, int pad) {
        int h = dark.length, w = dark[0].length;
        BufferedImage out = new BufferedImage(r.width + 2 * pad, r.height + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster wr = out.getRaster();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int sx = r.x + x - pad, sy = r.y + y - pad;
                boolean d = sx >= 0 && sy >= 0 && sx < w && sy < h && x >= pad && y >= pad && x < pad + r.width && y < pad + r.height && dark[sy][sx];
                wr.setSample(x, y, 0, d ? 0 : 255);
            }
        }
        return out;
    }

    /**
     * The gray pixels of {@code r} with a white margin of {@code pad}, ruling lines whitened (pixels dark in
     * {@code dark} but cleared in {@code kept}): Tesseract binarizes a gray crop itself, locally, and keeps strokes a
     * page-wide threshold can break on a blurred scan.
     */
    static BufferedImage cropGray(BufferedImage img, boolean[][] dark, boolean[][] kept, Rectangle r, int pad) {
        int h = dark.length, w = dark[0].length;
        BufferedImage out = new BufferedImage(r.width + 2 * pad, r.height + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster wr = out.getRaster();
        java.awt.image.Raster src = img.getRaster();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int sx = r.x + x - pad, sy = r.y + y - pad;
                boolean inside = sx >= 0 && sy >= 0 && sx < w && sy < h && x >= pad && y >= pad && x < pad + r.width && y < pad + r.height;
                wr.setSample(x, y, 0, !inside || dark[sy][sx] && !kept[sy][sx] ? 255 : src.getSample(sx, sy, 0));
            }
        }
        return out;
    }
}

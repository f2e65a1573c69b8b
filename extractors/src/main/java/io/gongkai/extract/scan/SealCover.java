package io.gongkai.extract.scan;

import io.gongkai.model.Box;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Where an opaque seal's ink lies on a page read by OCR (its red drawn over the print: none shows through it,
 * {@link io.gongkai.extract.image.PageCleaner#decoloured}), as the share of each small square of the page it covers.
 * What it hid is not known: a cell it covers may have printed a figure where OCR reads a blank, or a figure whose
 * pieces under the ink are gone. Immutable, thread-safe.
 */
public final class SealCover {
    /** The side of a square, pixels of the page as read. */
    private static final int SQUARE = 4;

    private final byte[] share;
    private final int width, height;
    private final double pointsPerSquare;

    private SealCover(byte[] share, int width, int height, double pointsPerSquare) {
        this.share = share;
        this.width = width;
        this.height = height;
        this.pointsPerSquare = pointsPerSquare;
    }

    /**
     * The cover of a page.
     *
     * @param seal 255 on the seal's ink, the page as read (upright, straight), 8-bit
     * @param dpi  the page's resolution, pixels per inch
     */
    static SealCover of(Mat seal, float dpi) {
        int w = Math.max(1, seal.cols() / SQUARE), h = Math.max(1, seal.rows() / SQUARE);
        Mat small = new Mat();
        Imgproc.resize(seal, small, new Size(w, h), 0, 0, Imgproc.INTER_AREA);
        byte[] b = new byte[w * h];
        small.get(0, 0, b);
        small.release();
        return new SealCover(b, w, h, SQUARE * 72.0 / dpi);
    }

    /** The share (0–1) of a box (points from the page's top-left corner) that the seal's ink covers. */
    public double share(Box box) {
        int x0 = clamp((int) Math.floor(box.x() / pointsPerSquare), width), x1 = clamp((int) Math.ceil((box.x() + box.width()) / pointsPerSquare), width);
        int y0 = clamp((int) Math.floor(box.y() / pointsPerSquare), height), y1 = clamp((int) Math.ceil((box.y() + box.height()) / pointsPerSquare), height);
        if (x1 <= x0 || y1 <= y0) return 0;
        long sum = 0;
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) sum += share[y * width + x] & 0xFF;
        return sum / (255.0 * (x1 - x0) * (y1 - y0));
    }

    /** The least share of a cell the seal's ink covers that puts its reading in doubt (a ring's stroke across it). */
    static final double COVERED = 0.03;

    /**
     * Rows with each cell the seal's ink covers ({@link #COVERED} of its box or more) put in doubt: a blank read there
     * is read with confidence 0 (below {@link io.gongkai.model.Confidence#LEGIBLE}: not known to be blank), any other
     * reading with {@link io.gongkai.model.Confidence#MENDED} at most — flagged, the identities to confirm or give it.
     * Cells without a box are as read.
     */
    public java.util.List<io.gongkai.raw.RawRow> marked(java.util.List<io.gongkai.raw.RawRow> rows) {
        java.util.List<io.gongkai.raw.RawRow> out = new java.util.ArrayList<>(rows.size());
        for (io.gongkai.raw.RawRow r : rows) {
            java.util.List<io.gongkai.raw.RawCell> cells = new java.util.ArrayList<>(r.cells().size());
            boolean changed = false;
            for (io.gongkai.raw.RawCell c : r.cells()) {
                if (c.box() == null || share(c.box()) < COVERED) {
                    cells.add(c);
                    continue;
                }
                boolean blank = c.text() == null || c.text().isBlank();
                cells.add(new io.gongkai.raw.RawCell(c.text(), c.box(), blank ? 0 : Math.min(c.confidence(), io.gongkai.model.Confidence.MENDED)));
                changed = true;
            }
            out.add(changed ? new io.gongkai.raw.RawRow(r.line(), cells) : r);
        }
        return out;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}

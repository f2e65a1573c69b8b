package io.gongkai.extract.ocr;

import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

import java.awt.Rectangle;

/**
 * Takes back into a detected line the flat characters the detector left out at its start or end. PP-OCRv4's DB
 * detector often gives no text probability to a lone horizontal stroke next to a table's rule, so "一般公共服务支出"
 * is detected, and read, as "般公共服务支出", and "一、财政拨款收入" as "、财政拨款收入".
 *
 * <p>Beside the line, past at most {@code gap} × its height of blank, runs of inked columns (each at most a
 * character wide, a character's height, the blank between them no wider than that before the first) whose ink stays
 * within the line's rows (not a rule, which runs on above and below, nor another line's text) are taken as part of
 * the line, at most {@value #MAX_CHARACTERS} characters' worth, and the box is widened to hold them with the blank
 * the line had before them.
 *
 * @param gap the widest blank between the line and a stroke, as a fraction of the line's height
 */
record LineExtension(double gap) {
    /** Rows within this fraction of the line's height above or below its box still count as the line's. */
    private static final double SLACK = 0.25;
    /** How far above and below the line, as a fraction of its height, ink marks a column as not the line's alone. */
    private static final double BEYOND = 0.6;
    /** How many characters' width a line is widened by, at most, on each side. */
    private static final double MAX_CHARACTERS = 2.5;

    /**
     * The box, widened left or right (or both) to hold strokes beside it; the box itself when there are none.
     *
     * @param gray an 8-bit gray image (the page)
     * @param box  a detected line's upright box in the image's pixels
     */
    Rectangle extend(Mat gray, Rectangle box) {
        int h = box.height;
        if (h < 8) return box;
        int reach = (int) Math.ceil(gap * h + MAX_CHARACTERS * h);
        int x0 = Math.max(0, box.x - reach), x1 = Math.min(gray.cols(), box.x + box.width + reach);
        int y0 = Math.max(0, box.y - (int) Math.ceil(BEYOND * h)), y1 = Math.min(gray.rows(), box.y + h + (int) Math.ceil(BEYOND * h));
        if (x1 - x0 <= box.width || y1 - y0 < h) return box;
        Mat window = gray.submat(new Rect(x0, y0, x1 - x0, y1 - y0)), dark = new Mat();
        try {
            Imgproc.threshold(window, dark, 0, 1, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
            int cols = dark.cols(), rows = dark.rows();
            byte[] px = new byte[rows * cols];
            dark.get(0, 0, px);
            int top = box.y - y0 - (int) Math.floor(SLACK * h), bottom = box.y - y0 + h + (int) Math.ceil(SLACK * h);
            // rows mostly dark are a horizontal rule (a cell's border), which says nothing of any column
            boolean[] ruled = new boolean[rows];
            for (int y = 0; y < rows; y++) {
                int n = 0;
                for (int x = 0; x < cols; x++) n += px[y * cols + x];
                ruled[y] = n > cols / 2;
            }
            // per column: 0 blank, 1 ink only within the line's rows, 2 ink above or below them
            int[] kind = new int[cols];
            for (int x = 0; x < cols; x++) {
                for (int y = 0; y < rows; y++) {
                    if (px[y * cols + x] != 0 && !ruled[y]) kind[x] = Math.max(kind[x], y >= top && y < bottom ? 1 : 2);
                }
            }
            int left = box.x - x0, right = left + box.width;
            int newLeft = strokes(kind, left - 1, -1, h), newRight = strokes(kind, right, 1, h);
            if (newLeft < 0 && newRight < 0) return box;
            int from = newLeft >= 0 ? newLeft : left, to = newRight >= 0 ? newRight + 1 : right;
            return new Rectangle(x0 + from, box.y, to - from, box.height);
        } finally {
            window.release();
            dark.release();
        }
    }

    /**
     * Looking from column {@code start} outwards ({@code step} −1 or +1): the far edge (with the line's own margin of
     * blank) of the strokes beside the line, or −1 if there are none.
     */
    private int strokes(int[] kind, int start, int step, int h) {
        int x = start, margin = 0;
        while (inside(kind, x) && kind[x] == 0 && margin <= gap * h) {
            x += step;
            margin++;
        }
        int allowedBlank = Math.max(margin, (int) Math.ceil(0.35 * h));
        int edge = -1, taken = 0;
        while (inside(kind, x) && kind[x] == 1) {
            int from = x;
            while (inside(kind, x) && kind[x] == 1) x += step;
            int width = Math.abs(x - from);
            taken += width;
            if (width > 1.2 * h || taken > MAX_CHARACTERS * h || inside(kind, x) && kind[x] == 2) break; // too wide, or joined to something tall
            edge = x - step;
            int blank = 0;
            while (inside(kind, x) && kind[x] == 0 && blank <= allowedBlank) {
                x += step;
                blank++;
            }
            if (blank > allowedBlank || !inside(kind, x)) break;
        }
        if (edge < 0) return -1;
        int out = edge;
        for (int i = 0; i < margin && inside(kind, out + step) && kind[out + step] == 0; i++) out += step;
        return out;
    }

    private static boolean inside(int[] kind, int x) {
        return x >= 0 && x < kind.length;
    }
}

package io.gongkai.extract.ocr;

import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a detected line at the vertical ruling lines it crosses. DB detection joins a figure set flush against a
 * table's rule to the text beyond it ("31,214,205.80|二、社会保障和就业支出"). A rule is a column dark through the
 * line's whole height that runs on, dark, above or below it by {@code beyond} × the line's height (a glyph's stroke
 * stays within the line, whose box has a margin). The rule's columns are dropped, and so is a rule at the line's ends,
 * which the recognizer would read as "1" or "|".
 *
 * @param beyond how far above or below the line a rule must run on, as a fraction of the line's height
 */
record RuleSplit(double beyond) {
    /** The widest a rule may be, as a fraction of the line's height (a thick bar is not taken for a rule). */
    private static final double MAX_RULE = 0.25;
    /** The share of a column's pixels within the line that must be dark for it to be a rule. */
    private static final double DARK_SHARE = 0.95;

    /**
     * The parts of a line's box between the rules it crosses, those holding ink, left to right; the box alone when it
     * crosses none.
     *
     * @param gray an 8-bit gray image (the page)
     * @param box  the line's upright box in the image's pixels
     */
    List<Rectangle> split(Mat gray, Rectangle box) {
        int h = box.height, ext = (int) Math.ceil(beyond * h);
        int y0 = Math.max(0, box.y - ext), y1 = Math.min(gray.rows(), box.y + h + ext);
        int x0 = Math.max(0, box.x), x1 = Math.min(gray.cols(), box.x + box.width);
        if (x1 - x0 < 2 || h < 4 || box.y < y0 || box.y + h > y1) return List.of(box);
        Mat window = gray.submat(new Rect(x0, y0, x1 - x0, y1 - y0)), dark = new Mat();
        try {
            Imgproc.threshold(window, dark, 0, 1, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
            int rows = dark.rows(), cols = dark.cols(), top = box.y - y0, bottom = top + h;
            byte[] px = new byte[rows * cols];
            dark.get(0, 0, px);
            boolean[] rule = new boolean[cols];
            int[] ink = new int[cols];
            for (int x = 0; x < cols; x++) {
                for (int y = top; y < bottom; y++) ink[x] += px[y * cols + x];
                if (ink[x] < DARK_SHARE * h) continue;
                int up = 0, down = 0;
                for (int y = top - 1; y >= 0 && px[y * cols + x] != 0; y--) up++;
                for (int y = bottom; y < rows && px[y * cols + x] != 0; y++) down++;
                rule[x] = Math.max(up, down) >= ext;
            }
            List<Rectangle> parts = new ArrayList<>();
            boolean any = false;
            int start = 0, x = 0;
            while (x < cols) {
                if (!rule[x]) {
                    x++;
                    continue;
                }
                int end = x;
                while (end < cols && rule[end]) end++;
                if (end - x <= MAX_RULE * h) { // a rule: the text before it is a part
                    any = true;
                    addIfInked(parts, ink, start, x, x0, box);
                    start = end;
                }
                x = end;
            }
            addIfInked(parts, ink, start, cols, x0, box);
            return any ? parts : List.of(box);
        } finally {
            window.release();
            dark.release();
        }
    }

    /** Adds columns [from, to) of the line as a part if they hold some ink. */
    private static void addIfInked(List<Rectangle> parts, int[] ink, int from, int to, int x0, Rectangle box) {
        int total = 0;
        for (int x = from; x < to; x++) total += ink[x];
        if (to > from && total >= box.height / 2) parts.add(new Rectangle(x0 + from, box.y, to - from, box.height));
    }
}

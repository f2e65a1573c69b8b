package io.gongkai.extract.ocr;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.RotatedRect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.List;

/**
 * Text regions from a DB probability map, as PaddleOCR's {@code DBPostProcess} finds them: the map thresholded,
 * each connected region's minimum-area rectangle kept when the mean probability inside it is high enough, then grown
 * ("unclipped") by {@code area × unclipRatio / perimeter} on every side, since DB is trained to predict shrunk text.
 * Unlike PaddleOCR, only outer contours are taken: a hole in a region (its inner contour) gave a second, nested box.
 *
 * @param threshold     probability (0–1) above which a pixel is text
 * @param boxThreshold  mean probability (0–1) inside a region's rectangle for the region to be kept
 * @param unclipRatio   how far a region is grown back (PaddleOCR: 1.5)
 * @param maxCandidates at most this many regions are looked at
 * @param dilate        whether the thresholded map is dilated by a 2×2 square first (joins strokes a pixel apart)
 */
record DbPostProcess(double threshold, double boxThreshold, double unclipRatio, int maxCandidates, boolean dilate) {
    /** PaddleOCR's defaults for PP-OCRv4 ({@code det_db_thresh}, {@code det_db_box_thresh}, {@code det_db_unclip_ratio}). */
    static final DbPostProcess PADDLE = new DbPostProcess(0.3, 0.6, 1.5, 1000, false);
    private static final int MIN_SIZE = 3;

    /** A text region: its rotated rectangle in the map's pixels and its mean probability, 0–1. */
    record Region(RotatedRect rect, double score) {
        /** The corners in the map's pixels. */
        Quad quad() {
            Point[] p = new Point[4];
            rect.points(p);
            return Quad.of(p);
        }
    }

    /**
     * The text regions of a probability map.
     *
     * @param map    probabilities 0–1, row by row
     * @param width  columns of the map
     * @param height rows of the map
     */
    List<Region> regions(float[] map, int width, int height) {
        io.gongkai.extract.image.OpenCv.load();
        Mat prob = new Mat(height, width, CvType.CV_32FC1);
        Mat bitmap = new Mat(), hierarchy = new Mat();
        List<MatOfPoint> contours = new ArrayList<>();
        try {
            prob.put(0, 0, map);
            Imgproc.threshold(prob, bitmap, threshold, 255, Imgproc.THRESH_BINARY);
            bitmap.convertTo(bitmap, CvType.CV_8UC1);
            if (dilate) {
                Mat kernel = Mat.ones(2, 2, CvType.CV_8UC1);
                Imgproc.dilate(bitmap, bitmap, kernel);
                kernel.release();
            }
            Imgproc.findContours(bitmap, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
            List<Region> out = new ArrayList<>();
            for (int i = 0; i < Math.min(contours.size(), maxCandidates); i++) {
                RotatedRect rect;
                try (Closer c = new Closer(new MatOfPoint2f(contours.get(i).toArray()))) {
                    rect = Imgproc.minAreaRect((MatOfPoint2f) c.mat);
                }
                if (Math.min(rect.size.width, rect.size.height) < MIN_SIZE) continue;
                double score = meanInside(prob, rect);
                if (score < boxThreshold) continue;
                RotatedRect grown = unclip(rect);
                if (Math.min(grown.size.width, grown.size.height) < MIN_SIZE + 2) continue;
                out.add(new Region(grown, score));
            }
            return out;
        } finally {
            prob.release();
            bitmap.release();
            hierarchy.release();
            contours.forEach(Mat::release);
        }
    }

    /** The rectangle grown by {@code area × unclipRatio / perimeter} on every side (pyclipper's offset of a rectangle). */
    RotatedRect unclip(RotatedRect rect) {
        double w = rect.size.width, h = rect.size.height;
        double d = w * h * unclipRatio / (2 * (w + h));
        return new RotatedRect(rect.center, new Size(w + 2 * d, h + 2 * d), rect.angle);
    }

    /** The mean of the map inside the rectangle (PaddleOCR's {@code box_score_fast}). */
    private static double meanInside(Mat prob, RotatedRect rect) {
        Point[] p = new Point[4];
        rect.points(p);
        int w = prob.cols(), h = prob.rows();
        int x0 = w - 1, x1 = 0, y0 = h - 1, y1 = 0;
        for (Point q : p) {
            x0 = Math.min(x0, clamp((int) Math.floor(q.x), w - 1));
            x1 = Math.max(x1, clamp((int) Math.ceil(q.x), w - 1));
            y0 = Math.min(y0, clamp((int) Math.floor(q.y), h - 1));
            y1 = Math.max(y1, clamp((int) Math.ceil(q.y), h - 1));
        }
        if (x1 < x0 || y1 < y0) return 0;
        Point[] shifted = new Point[4];
        for (int i = 0; i < 4; i++) shifted[i] = new Point((int) (p[i].x - x0), (int) (p[i].y - y0));
        Mat mask = Mat.zeros(y1 - y0 + 1, x1 - x0 + 1, CvType.CV_8UC1);
        Mat window = prob.submat(y0, y1 + 1, x0, x1 + 1);
        MatOfPoint polygon = new MatOfPoint(shifted);
        try {
            Imgproc.fillPoly(mask, List.of(polygon), new Scalar(1));
            return Core.mean(window, mask).val[0];
        } finally {
            mask.release();
            window.release();
            polygon.release();
        }
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    /** Releases an OpenCV matrix at the end of a try block. */
    private record Closer(Mat mat) implements AutoCloseable {
        @Override
        public void close() {
            mat.release();
        }
    }
}

package io.gongkai.extract.ocr;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * A line crop given the margin the recognizer reads best with: its ink (dark pixels, Otsu's threshold) framed by
 * {@code margin} × the ink's height of background on every side, cut down where the crop had more and padded with
 * the background's gray where it had less. The recognizer was trained on detector crops, whose text fills most of
 * their height: text tight to the crop's edges, or small in a tall cell, reads less surely.
 *
 * @param margin background around the ink, as a fraction of the ink's height
 */
record LineMargin(double margin) {
    /** The least contrast (gray levels between the darkest and lightest pixels) for a crop to be taken as holding ink. */
    private static final double MIN_CONTRAST = 48;

    /** A crop reframed: its image and the x, in the original crop's pixels, of the image's left edge. */
    record Framed(Mat image, int offset) {
    }

    /** The crop reframed around its ink, or a copy of it when it holds none (the caller releases the image). */
    Framed frame(Mat crop) {
        Mat gray = new Mat(), ink = new Mat();
        try {
            if (crop.channels() == 1) crop.copyTo(gray);
            else Imgproc.cvtColor(crop, gray, Imgproc.COLOR_BGR2GRAY);
            Core.MinMaxLocResult range = Core.minMaxLoc(gray);
            if (range.maxVal - range.minVal < MIN_CONTRAST) return new Framed(crop.clone(), 0);
            double threshold = Imgproc.threshold(gray, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
            Rect box = Imgproc.boundingRect(ink);
            if (box.width == 0 || box.height == 0) return new Framed(crop.clone(), 0);
            int pad = (int) Math.round(margin * box.height);
            int x0 = box.x - pad, y0 = box.y - pad, x1 = box.x + box.width + pad, y1 = box.y + box.height + pad;
            Rect inside = new Rect(Math.max(0, x0), Math.max(0, y0), 0, 0);
            inside.width = Math.min(crop.cols(), x1) - inside.x;
            inside.height = Math.min(crop.rows(), y1) - inside.y;
            Mat out = new Mat();
            Mat window = crop.submat(inside);
            try {
                Core.copyMakeBorder(window, out, inside.y - y0, y1 - inside.y - inside.height, inside.x - x0,
                        x1 - inside.x - inside.width, Core.BORDER_CONSTANT, background(gray, threshold, crop.channels()));
            } finally {
                window.release();
            }
            return new Framed(out, x0);
        } finally {
            gray.release();
            ink.release();
        }
    }

    /** The mean gray of the pixels lighter than the threshold, as a fill colour of the crop's channels. */
    private static Scalar background(Mat gray, double threshold, int channels) {
        Mat light = new Mat();
        MatOfDouble mean = new MatOfDouble(), deviation = new MatOfDouble();
        try {
            Imgproc.threshold(gray, light, threshold, 255, Imgproc.THRESH_BINARY);
            Core.meanStdDev(gray, mean, deviation, light);
            double v = mean.toArray()[0];
            return channels == 1 ? new Scalar(v) : new Scalar(v, v, v);
        } finally {
            light.release();
            mean.release();
            deviation.release();
        }
    }
}

package io.gongkai.extract.ocr;

import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The text lines of a page: DB detection, then each line split at the vertical rules it crosses ({@link RuleSplit}),
 * widened to hold flat strokes the detector left out ({@link LineExtension}), lines found twice dropped, and the rest
 * put in reading order.
 *
 * @param detector  the DB detector
 * @param rules     splits lines at rules, or null not to
 * @param extension widens lines, or null not to
 */
record LineFinder(TextDetector detector, RuleSplit rules, LineExtension extension) {

    /**
     * A line found, in the image's pixels: its upright box, and the detector's corners when the line is as detected
     * (cut out along them, turned upright if the line slants), null when it was split or widened (cut out as the box).
     */
    record Line(Rectangle box, Quad quad) {
        /** The line cut out of the image, upright (the caller releases it). */
        Mat crop(Mat image) {
            if (quad != null) return quad.crop(image);
            Mat window = image.submat(new Rect(box.x, box.y, box.width, box.height));
            Mat copy = window.clone();
            window.release();
            return copy;
        }

        /** The image x of a point {@code x} pixels from the left of the line's crop. */
        double imageX(double x) {
            return quad != null ? quad.imageX(x) : box.x + x;
        }
    }

    /**
     * The lines of an image, top to bottom and left to right.
     *
     * @param image 8-bit gray or BGR
     */
    List<Line> find(Mat image) {
        Mat gray = image;
        if (image.channels() != 1) {
            gray = new Mat();
            Imgproc.cvtColor(image, gray, Imgproc.COLOR_BGR2GRAY);
        }
        try {
            Rectangle whole = new Rectangle(0, 0, image.cols(), image.rows());
            List<Line> lines = new ArrayList<>();
            for (TextDetector.Detection d : detector.detect(image)) {
                Rectangle bounds = d.quad().bounds().intersection(whole);
                if (bounds.isEmpty()) continue;
                for (Rectangle part : rules == null ? List.of(bounds) : rules.split(gray, bounds)) {
                    Rectangle box = extension == null ? part : extension.extend(gray, part);
                    lines.add(box.equals(bounds) ? new Line(bounds, d.quad()) : new Line(box, null));
                }
            }
            return ReadingOrder.sort(withoutRepeats(lines), Line::box);
        } finally {
            if (gray != image) gray.release();
        }
    }

    /**
     * The lines but those lying mostly (60% of their area) inside a larger one (or an equal one found before them): DB
     * may find a line twice, whole and in part, and a line split at a rule leaves a sliver of its neighbour's text.
     */
    static List<Line> withoutRepeats(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Rectangle f = lines.get(i).box();
            double area = (double) f.width * f.height;
            boolean repeat = false;
            for (int j = 0; j < lines.size() && !repeat; j++) {
                Rectangle g = lines.get(j).box();
                double other = (double) g.width * g.height;
                if (j == i || other < area || other == area && j > i) continue;
                Rectangle in = g.intersection(f);
                repeat = !in.isEmpty() && (double) in.width * in.height >= 0.6 * area;
            }
            if (!repeat) out.add(lines.get(i));
        }
        return out;
    }
}

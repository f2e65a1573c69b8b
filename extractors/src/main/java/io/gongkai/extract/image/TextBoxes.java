package io.gongkai.extract.image;

import io.gongkai.grid.Segment;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the text of a page is: runs of ink on one text line, no wider gap inside than about half a character
 * (a phrase: a cell's figure, a label, a title), found from the ink without the rulings. A phrase never crosses a
 * vertical ruling (two cells' texts stay apart even when they nearly touch the line between them). Pure.
 */
public final class TextBoxes {
    private TextBoxes() {
    }

    /**
     * @param text    ink without the ruling lines, 255 = ink
     * @param rulings the page's rulings (vertical ones cut phrases)
     * @param dpi     resolution
     * @return phrase boxes in pixels, top to bottom then left to right
     */
    public static List<Rectangle> phrases(Mat text, List<Segment> rulings, float dpi) {
        // characters of one phrase joined: a horizontal gap of up to ~0.6 of a 10 pt character; lines kept apart
        int joinX = Math.max(3, Math.round(dpi * 0.08f));
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(joinX, 1));
        Mat joined = new Mat();
        Imgproc.dilate(text, joined, kernel);
        kernel.release();
        int cut = Math.max(1, Math.round(dpi / 100f));
        for (Segment s : rulings) {
            if (!s.vertical()) continue;
            Imgproc.line(joined, new Point(s.x0(), s.y0()), new Point(s.x1(), s.y1()), new Scalar(0), 2 * cut + 1);
        }
        Mat labels = new Mat(), stats = new Mat(), centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(joined, labels, stats, centroids, 8, CvType.CV_32S);
        int minSide = Math.max(2, Math.round(dpi * 0.012f)), speck = Math.max(4, Math.round(dpi * dpi * 0.00012f));
        List<Rectangle> out = new ArrayList<>();
        int[] st = new int[5];
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, st);
            Rectangle r = new Rectangle(st[0], st[1], st[2], st[3]);
            if (r.width < minSide && r.height < minSide) continue;
            // the phrase's own ink (the dilation widened it): tight box, and specks of noise are not phrases
            Mat roi = text.submat(r.y, r.y + r.height, r.x, r.x + r.width);
            int inkPixels = Core.countNonZero(roi);
            if (inkPixels < speck) {
                roi.release();
                continue;
            }
            Rectangle tight = tight(roi, r);
            roi.release();
            if (tight != null) out.add(tight);
        }
        joined.release();
        labels.release();
        stats.release();
        centroids.release();
        out.sort(Comparator.comparingInt((Rectangle r) -> r.y).thenComparingInt(r -> r.x));
        return out;
    }

    private static Rectangle tight(Mat roi, Rectangle at) {
        Mat pts = new Mat();
        Core.findNonZero(roi, pts);
        if (pts.empty()) {
            pts.release();
            return null;
        }
        org.opencv.core.Rect b = Imgproc.boundingRect(pts);
        pts.release();
        return new Rectangle(at.x + b.x, at.y + b.y, b.width, b.height);
    }
}

package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShowThroughTest {
    /** A 6 × 4 in page at 200 dpi: rules and lines of figures in {@code shade} on white paper. */
    private static Mat page(int shade, int x0) {
        Mat m = new Mat(800, 1200, CvType.CV_8UC1, new Scalar(255));
        for (int y = 100; y <= 700; y += 60) Imgproc.line(m, new Point(100, y), new Point(1100, y), new Scalar(shade), 2);
        for (int y = 145; y < 700; y += 60) {
            Imgproc.putText(m, "2010101  1,234,567.89  7,654.00", new Point(x0, y), Imgproc.FONT_HERSHEY_SIMPLEX, 0.8, new Scalar(shade), 2);
        }
        return m;
    }

    @Test
    void theBacksPrintShowingThroughIsPaperAndThePagesOwnPrintKept() {
        OpenCv.load();
        Mat front = page(0, 120);
        // the back: its rows 30 pixels lower, mirrored, showing at 30 % and blurred by the paper (black as 178 of 255)
        Mat back = page(0, 160), mirrored = new Mat(), shifted = new Mat(), sheet = new Mat();
        Core.flip(back, mirrored, 1);
        Mat m = new Mat(2, 3, CvType.CV_64F);
        m.put(0, 0, 1, 0, 0, 0, 1, 30);
        Imgproc.warpAffine(mirrored, shifted, m, back.size(), Imgproc.INTER_NEAREST, Core.BORDER_CONSTANT, new Scalar(255));
        shifted.convertTo(shifted, -1, 0.3, 255 * 0.7);
        Imgproc.GaussianBlur(shifted, shifted, new Size(0, 0), 1.2);
        Core.min(front, shifted, sheet);
        Mat out = ShowThrough.removed(sheet, 200);
        assertTrue(out != sheet, "no show-through found");
        // what only the back printed is paper now; the front's black print is all there
        Mat onlyBack = new Mat(), frontInk = new Mat(), left = new Mat();
        Imgproc.threshold(shifted, onlyBack, 230, 255, Imgproc.THRESH_BINARY_INV);
        Imgproc.threshold(front, frontInk, 230, 255, Imgproc.THRESH_BINARY_INV);
        Mat nearFront = new Mat();
        Imgproc.dilate(frontInk, nearFront, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(9, 9)));
        Core.subtract(onlyBack, nearFront, onlyBack);
        Imgproc.threshold(out, left, 230, 255, Imgproc.THRESH_BINARY_INV);
        Core.bitwise_and(left, onlyBack, left);
        assertTrue(Core.countNonZero(left) < 0.1 * Core.countNonZero(onlyBack), Core.countNonZero(left) + " of the back's " + Core.countNonZero(onlyBack) + " pixels left");
        Mat dark = new Mat(), darkFront = new Mat();
        Imgproc.threshold(out, dark, 100, 255, Imgproc.THRESH_BINARY_INV);
        Imgproc.threshold(front, darkFront, 100, 255, Imgproc.THRESH_BINARY_INV);
        assertEquals(Core.countNonZero(darkFront), Core.countNonZero(dark), 0.01 * Core.countNonZero(darkFront));
        // a page without show-through is as it is; so is one printing in gray besides black (print at 50 %: the page's)
        assertSame(front, ShowThrough.removed(front, 200));
        Mat gray = new Mat();
        Core.min(front, page(128, 160), gray);
        assertSame(gray, ShowThrough.removed(gray, 200));
    }
}

package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class DoubleExposureTest {
    /** A 6 × 4 in page at 200 dpi: rows of figures and words, black on white. */
    private static Mat page() {
        Mat m = new Mat(800, 1200, CvType.CV_8UC1, new Scalar(255));
        for (int y = 60; y < 780; y += 40) {
            Imgproc.putText(m, "2010101 Xing zheng yun xing  1,234,567.89", new Point(40, y), Imgproc.FONT_HERSHEY_SIMPLEX, 0.8, new Scalar(0), 1);
        }
        return m;
    }

    @Test
    void aPageExposedTwiceIsFoundAtItsOffset() {
        OpenCv.load();
        Mat once = page(), moved = new Mat(), twice = new Mat();
        Mat shift = new Mat(2, 3, CvType.CV_64F);
        shift.put(0, 0, 1, 0, 9, 0, 1, 6);
        Imgproc.warpAffine(once, moved, shift, once.size(), Imgproc.INTER_NEAREST, Core.BORDER_CONSTANT, new Scalar(255));
        Core.min(once, moved, twice);
        Point offset = DoubleExposure.offset(twice, 200);
        assertNotNull(offset);
        assertEquals(9, offset.x);
        assertEquals(6, offset.y);
        assertNull(DoubleExposure.offset(once, 200));
    }

    @Test
    void aHalftoneLatticeUnderThePrintIsNoSecondExposure() {
        OpenCv.load();
        // a 1-bit halftone of light gray paper: dots of 1 × 2 pixels every 6, each row of them 3 right of the last
        Mat screened = page();
        for (int y = 0; y + 1 < 800; y += 3) {
            for (int x = (y / 3) % 2 == 0 ? 0 : 3; x < 1200; x += 6) {
                screened.put(y, x, 0);
                screened.put(y + 1, x, 0);
            }
        }
        assertNull(DoubleExposure.offset(screened, 200));
    }
}

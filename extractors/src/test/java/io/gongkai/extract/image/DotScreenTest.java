package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DotScreenTest {
    /** A 6 × 4 in page at 200 dpi: a table's rules and print, black, on white paper. */
    private static Mat page() {
        Mat m = new Mat(800, 1200, CvType.CV_8UC1, new Scalar(255));
        for (int y = 100; y <= 700; y += 60) Imgproc.line(m, new Point(100, y), new Point(1100, y), new Scalar(0), 2);
        for (int x = 100; x <= 1100; x += 250) Imgproc.line(m, new Point(x, 100), new Point(x, 700), new Scalar(0), 2);
        // figures: strokes, and a decimal point and a 、 as small as a dot, but black
        for (int y = 120; y < 700; y += 60) {
            Imgproc.putText(m, "1,234.00", new Point(880, y + 30), Imgproc.FONT_HERSHEY_SIMPLEX, 0.8, new Scalar(0), 2);
            Imgproc.circle(m, new Point(360, y + 28), 2, new Scalar(0), -1);
        }
        return m;
    }

    @Test
    void aLightDotScreenUnderThePrintIsMadePaperAndThePrintKept() {
        OpenCv.load();
        Mat clean = page(), screened = page();
        // a newcomer's security-paper pattern: gray 78% dots 4 px across, 8 px apart, multiplied into the page
        Mat dots = new Mat(800, 1200, CvType.CV_8UC1, new Scalar(255));
        for (int y = 4; y < 800; y += 8) for (int x = 4; x < 1200; x += 8) Imgproc.circle(dots, new Point(x, y), 2, new Scalar(199), -1);
        Core.multiply(screened, dots, screened, 1 / 255.0);
        Mat out = DotScreen.removed(screened, 200);
        assertTrue(out != screened);
        // the dots gone but those that touch print (then part of it)
        assertTrue(lightInk(out) < 0.15 * lightInk(screened), lightInk(out) + " light pixels left of " + lightInk(screened));
        // the rules and the print are all there: as many dark pixels as on the clean page, within the dots that touch them
        Mat darkOut = new Mat(), darkClean = new Mat();
        Imgproc.threshold(out, darkOut, 100, 255, Imgproc.THRESH_BINARY_INV);
        Imgproc.threshold(clean, darkClean, 100, 255, Imgproc.THRESH_BINARY_INV);
        assertEquals(Core.countNonZero(darkClean), Core.countNonZero(darkOut), 0.02 * Core.countNonZero(darkClean));
        // a page without a screen is left as it is, its decimal points and small marks print
        assertSame(clean, DotScreen.removed(clean, 200));
        for (Mat m : new Mat[] {clean, screened, dots, out, darkOut, darkClean}) m.release();
    }

    /** Pixels neither paper nor print: a dot's (150–229). */
    private static int lightInk(Mat m) {
        Mat a = new Mat();
        Core.inRange(m, new Scalar(150), new Scalar(229), a);
        int n = Core.countNonZero(a);
        a.release();
        return n;
    }
}

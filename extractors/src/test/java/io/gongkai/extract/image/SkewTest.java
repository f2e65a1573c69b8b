package io.gongkai.extract.image;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SkewTest {
    @BeforeAll
    static void load() {
        OpenCv.load();
    }

    /**
     * The ink of a ruled table page at half of 200 dpi (1170 × 830 pixels): 28 rows of word-like strokes between
     * horizontal rules, five upright rules, turned by {@code degrees}.
     */
    private static Mat page(double degrees, long seed) {
        Mat ink = Mat.zeros(830, 1170, CvType.CV_8UC1);
        Random random = new Random(seed);
        for (int r = 0; r <= 28; r++) {
            int y = 60 + r * 25;
            Imgproc.line(ink, new Point(60, y), new Point(1110, y), new Scalar(255), 2);
            if (r == 28) break;
            for (int x = 70; x < 1090; x += 14 + random.nextInt(30)) {
                // a character: a few strokes in a 10 × 12 box
                for (int s = 0; s < 3; s++) {
                    int x0 = x + random.nextInt(10), y0 = y + 7 + random.nextInt(12);
                    Imgproc.line(ink, new Point(x0, y0), new Point(x0 + random.nextInt(8), y0 + random.nextInt(3)), new Scalar(255), 2);
                }
            }
        }
        for (int x : new int[]{60, 300, 520, 800, 1110}) Imgproc.line(ink, new Point(x, 60), new Point(x, 760), new Scalar(255), 2);
        Mat turned = Skew.rotate(ink, degrees, 0);
        ink.release();
        Imgproc.threshold(turned, turned, 127, 255, Imgproc.THRESH_BINARY);
        return turned;
    }

    @Test
    void theThinnedSearchFindsTheAngleTheWholeSearchFinds() {
        // the coarse search looks at a quarter of the strokes first when there are many: the angle is the one all of
        // them give at every angle, however the page is turned within the range looked in
        double[] turns = {0.0, 0.7, -0.33, 2.35, -4.8, 7.5, 0.04, -9.1};
        for (int i = 0; i < turns.length; i++) {
            Mat ink = page(turns[i], i);
            try {
                double thinned = Skew.angle(ink), whole = Skew.angle(ink, 10.0, Integer.MAX_VALUE);
                assertEquals(whole, thinned, 0.0, "turned " + turns[i] + "°");
                assertEquals(turns[i], thinned, 0.05, "turned " + turns[i] + "°");
            } finally {
                ink.release();
            }
        }
    }

    @Test
    void aBandOfFewStrokesIsLookedAtWhole() {
        Mat ink = page(-1.2, 11);
        Mat band = ink.submat(0, 140, 0, 400);
        try {
            assertEquals(-1.2, Skew.angle(band, 4.0), 0.05);
        } finally {
            band.release();
            ink.release();
        }
    }
}

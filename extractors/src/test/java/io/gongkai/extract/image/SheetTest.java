package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A photographed sheet on a dark desk, and pages whose light falls off without an edge. */
class SheetTest {
    /** A ruled table on white paper, A4 landscape at 150 dpi. */
    private static Mat sheet() {
        OpenCv.load();
        Mat page = new Mat(1240, 1754, CvType.CV_8UC1, new Scalar(235));
        for (int r = 0; r <= 15; r++) Imgproc.line(page, new Point(150, 200 + 50 * r), new Point(1600, 200 + 50 * r), new Scalar(20), 2);
        for (int c = 0; c <= 6; c++) Imgproc.line(page, new Point(150 + 241 * c, 200), new Point(150 + 241 * c, 950), new Scalar(20), 2);
        return page;
    }

    @Test
    void theDeskAroundAPhotographedSheetIsMadePaper() {
        // the sheet on a desk of gray 50, a tenth of the frame on each side: the desk's edge would be a table's border
        Mat page = sheet();
        Mat photo = new Mat();
        Core.copyMakeBorder(page, photo, 150, 150, 200, 200, Core.BORDER_CONSTANT, new Scalar(50));
        Mat out = PageCleaner.sheetOnly(photo);
        assertEquals(255, out.get(20, 20)[0], 0.1, "the desk");
        assertEquals(255, out.get(photo.rows() - 20, photo.cols() / 2)[0], 0.1, "the desk below the sheet");
        assertEquals(20, out.get(150 + 200, 200 + 150)[0], 0.1, "the table's corner");
        assertEquals(235, out.get(150 + 100, 200 + 100)[0], 0.1, "the sheet's margin");
    }

    @Test
    void aSheetPhotographedAskewIsMadeSquare() {
        // a phone held over the page: the far side narrower, the sheet a trapezoid on the desk, a corner 8° off square
        // (a newcomer's photo of a real 收入预算总表 read "no ruled table"); cut out and squared, its rules run level and
        // upright again
        Mat page = sheet();
        Mat photo = new Mat();
        org.opencv.core.MatOfPoint2f from = new org.opencv.core.MatOfPoint2f(new Point(0, 0), new Point(page.cols() - 1, 0),
                new Point(page.cols() - 1, page.rows() - 1), new Point(0, page.rows() - 1));
        org.opencv.core.MatOfPoint2f to = new org.opencv.core.MatOfPoint2f(new Point(380, 180), new Point(1890, 240),
                new Point(2060, 1520), new Point(140, 1470));
        Imgproc.warpPerspective(page, photo, Imgproc.getPerspectiveTransform(from, to), new org.opencv.core.Size(2200, 1700),
                Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(50));
        Mat out = PageCleaner.sheetOnly(photo);
        assertEquals(page.cols(), out.cols(), 0.12 * page.cols(), "the sheet's longer sides");
        // the table's top rule at its left and right ends, and its left rule at its top and bottom, where they were
        double sx = (double) out.cols() / page.cols(), sy = (double) out.rows() / page.rows();
        for (int[] at : new int[][]{{200, 300}, {200, 1500}, {950, 300}, {950, 1500}, {500, 150}, {800, 1596}}) {
            // (within 4 pixels: the corners found again at full resolution)
            assertEquals(20, darkest(out, (int) Math.round(at[0] * sy), (int) Math.round(at[1] * sx), 4), 60, "the rule at " + at[0] + "," + at[1]);
        }
        // and the photo not made square, had: the same row at the table's right end is paper
        assertEquals(235, photo.get(200 + 180, 1500 + 330)[0], 60);
    }

    /** The darkest pixel within {@code near} pixels of (row, col): a rule found there, give or take where the corners were found. */
    private static double darkest(Mat m, int row, int col, int near) {
        double least = 255;
        for (int r = Math.max(0, row - near); r <= Math.min(m.rows() - 1, row + near); r++) {
            for (int c = Math.max(0, col - near); c <= Math.min(m.cols() - 1, col + near); c++) least = Math.min(least, m.get(r, c)[0]);
        }
        return least;
    }

    @Test
    void aPageWhoseLightFallsOffKeepsItsDarkSide() {
        // a scan with a lid left open: the right side darkened to 55% along a smooth slope, which Otsu cuts in two
        Mat page = sheet();
        Mat shade = new Mat(page.size(), CvType.CV_32F);
        for (int x = 0; x < page.cols(); x++) shade.col(x).setTo(new Scalar(1 - 0.45 * x / page.cols()));
        Mat f = new Mat();
        page.convertTo(f, CvType.CV_32F);
        Core.multiply(f, shade, f);
        Mat shaded = new Mat();
        f.convertTo(shaded, CvType.CV_8U);
        assertNull(PageCleaner.sheetOnly(shaded), "the shaded side is kept");
        // and a scan the paper fills: as it is
        assertNull(PageCleaner.sheetOnly(page));
    }
}

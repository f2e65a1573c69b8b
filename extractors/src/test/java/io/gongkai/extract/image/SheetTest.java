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

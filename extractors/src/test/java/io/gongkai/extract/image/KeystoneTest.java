package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A ruled table drawn on an A4 landscape page at 200 dpi, photographed not square to it, and as a flat scan. */
class KeystoneTest {
    private static final int W = 2339, H = 1654;

    /** Gray page: a 20-row, 8-column grid of 2-pixel rules with a few strokes of "text" in each cell. */
    private static Mat table() {
        return table(20, 8, 250, H - 250, 25, 120);
    }

    /** Gray page: a grid of 2-pixel rules from y0 to y1 (pixels), 200 pixels in from the sides, a stroke in each cell. */
    private static Mat table(int rows, int cols, int y0, int y1, int strokeDown, int strokeLength) {
        OpenCv.load();
        Mat page = new Mat(H, W, CvType.CV_8UC1, new Scalar(255));
        int x0 = 200, x1 = W - 200;
        for (int r = 0; r <= rows; r++) {
            int y = y0 + (y1 - y0) * r / rows;
            Imgproc.line(page, new Point(x0, y), new Point(x1, y), new Scalar(0), 2);
            if (r < rows) for (int c = 0; c < cols; c++) {
                int x = x0 + (x1 - x0) * c / cols + 20;
                Imgproc.line(page, new Point(x, y + strokeDown), new Point(x + strokeLength, y + strokeDown), new Scalar(40), 3);
            }
        }
        for (int c = 0; c <= cols; c++) {
            int x = x0 + (x1 - x0) * c / cols;
            Imgproc.line(page, new Point(x, y0), new Point(x, y1), new Scalar(0), 2);
        }
        return page;
    }

    private static Mat warped(Mat page, double[] moves) {
        Point[] src = {new Point(0, 0), new Point(W, 0), new Point(0, H), new Point(W, H)};
        Point[] dst = new Point[4];
        for (int i = 0; i < 4; i++) dst[i] = new Point(src[i].x + moves[2 * i], src[i].y + moves[2 * i + 1]);
        Mat m = Imgproc.getPerspectiveTransform(new MatOfPoint2f(src), new MatOfPoint2f(dst));
        Mat out = new Mat();
        Imgproc.warpPerspective(page, out, m, page.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(255));
        m.release();
        return out;
    }

    @Test
    void aPhotographedTablesLinesAreMadeUprightAndLevel() {
        // corners moved 0.4–1.2% of the page's sides, as the matrix's photo-300 moves them: the left rules lean one way,
        // the right ones the other, and no rotation puts them straight
        Mat photo = warped(table(), new double[]{25, 12, -10, 18, 12, -15, -28, -6});
        Mat rough = PageCleaner.roughInk(photo);
        Keystone.Angles before = Keystone.measure(rough);
        assertTrue(before.keystoned(), before.toString());
        Mat fixed = Keystone.corrected(photo, rough);
        assertNotNull(fixed);
        Mat again = PageCleaner.roughInk(fixed);
        Keystone.Angles after = Keystone.measure(again);
        assertFalse(after.keystoned(), after.toString());
        for (double a : new double[]{after.top(), after.bottom(), after.left(), after.right()}) assertEquals(0, a, 0.1, after.toString());
    }

    @Test
    void aSheetPhotographedFromItsNearEdgeHasItsSidesPutUpright() {
        // a phone held over a sheet on a desk: the far edge narrower, the sides converging — the left rules lean about
        // +4°, the right ones −4° (8° apart), the rows stay level. Bands whose upright lines differ by more than 4°
        // had been taken for a photo of a photo and left: a newcomer's photo of a real budget (4.9° and −3.3°) lost its
        // right border and every figure of its last column
        Mat photo = warped(table(), new double[]{190, 0, -190, 0, 0, 0, 0, 0});
        Keystone.Angles before = Keystone.measure(PageCleaner.roughInk(photo));
        assertTrue(Math.abs(before.left() - before.right()) > 6, before.toString());
        assertMadeUprightAndLevel(photo);
    }

    @Test
    void aTableWhoseSideThirdHoldsItsBorderAndOneBrokenRuleIsMeasured() {
        // a 财务收支预算总表 photographed (a newcomer's phone photo of 上海市财政局25 p8): its left third holds the table's
        // border and one column's edge, a pixel wide at the rough ink's half resolution, and where the light fell off
        // that edge broke in places (here, over most of its length); two whole rules had been asked for, the band said
        // nothing, and the keystone went unseen (four columns' figures ran together in one cell)
        Mat page = table(14, 4, 250, H - 250, 25, 120);
        int edge = 200 + (W - 400) / 4;
        for (int y = 300; y < H - 300; y += 160) Imgproc.line(page, new Point(edge, y), new Point(edge, y + 100), new Scalar(255), 4);
        assertMadeUprightAndLevel(warped(page, new double[]{25, 12, -10, 18, 12, -15, -28, -6}));
    }

    @Test
    void aSheetPhotographedFarFromSquareHasItsSidesPutUprightThoughTheyLeanPastTenDegrees() {
        // a newcomer's phone photo with the sheet's corners moved 8–10% of its sides (ImageMagick -distort Perspective):
        // once its rows are put level its left rules lean about 10°, its right ones 8°; no piece of them a fifth of an
        // inch tall stood upright, the keystone went unseen and the page gave no table
        Mat photo = warped(table(), new double[]{0.08 * W, 0.09 * H, -0.05 * W, 0.02 * H, 0, 0, -0.10 * W, -0.07 * H});
        double skew = Skew.angle(PageCleaner.roughInk(photo));
        Mat level = Skew.rotate(photo, -skew, 255);
        Keystone.Angles before = Keystone.measure(PageCleaner.roughInk(level));
        assertTrue(Math.abs(before.left()) > 8 && Math.abs(before.right()) > 6, before.toString());
        // (a homography fitted to four bands' mean lean leaves a quarter degree where the lean was ten)
        assertMadeUprightAndLevel(level, 0.3);
    }

    /** The photo is found keystoned, and corrected its four bands' lines stand upright and level (within 0.15°). */
    private static void assertMadeUprightAndLevel(Mat photo) {
        assertMadeUprightAndLevel(photo, 0.15);
    }

    /** The photo is found keystoned, and corrected its four bands' lines stand upright and level (within {@code within}°). */
    private static void assertMadeUprightAndLevel(Mat photo, double within) {
        Mat rough = PageCleaner.roughInk(photo);
        Keystone.Angles before = Keystone.measure(rough);
        assertTrue(before.keystoned(), before.toString());
        Mat fixed = Keystone.corrected(photo, rough);
        assertNotNull(fixed);
        Keystone.Angles after = Keystone.measure(PageCleaner.roughInk(fixed));
        assertFalse(after.keystoned(), after.toString());
        for (double a : new double[]{after.top(), after.bottom(), after.left(), after.right()}) assertEquals(0, a, within, after.toString());
    }

    @Test
    void aWideTableInTheTopOfTheSheetIsMeasuredWhereItStands() {
        // a 决算 table of 16 columns set small across a landscape sheet, its 24 rows in the sheet's top third, the rest
        // blank: the page's bottom band holds no line and its left third too few rules — the keystone went unseen, and
        // the rows' right ends climbed into the rows above. Measured in the table's own bands it is found and undone
        assertMadeUprightAndLevel(warped(table(24, 16, 180, 180 + 24 * 22, 14, 60), new double[]{25, 12, -10, 18, 12, -15, -28, -6}));
        // the same table scanned flat is left as it is
        Mat flat = table(24, 16, 180, 180 + 24 * 22, 14, 60);
        assertNull(Keystone.corrected(flat, PageCleaner.roughInk(flat)));
    }

    @Test
    void aTableWhoseExtentASheetsEdgesWidenIsMeasuredOnThePagesThirds() {
        // a phone photo of a sheet on a desk, the desk made paper but the sheet's outline left: its top and bottom edges
        // are long lines far wider than the table, the extent of the long rules reaches past the table's sides, its
        // right band holds one rule, and the keystone went unseen (a newcomer's photo of 社会福利院24's economic table:
        // 0 of 55 amounts). Where the table's bands cannot tell its vertical lines, the page's thirds do
        OpenCv.load();
        Mat page = new Mat(H, W, CvType.CV_8UC1, new Scalar(255));
        Imgproc.rectangle(page, new Point(250, 120), new Point(W - 250, H - 120), new Scalar(60), 3);
        int x0 = 600, x1 = 1700, y0 = 300, y1 = H - 300;
        for (int r = 0; r <= 24; r++) Imgproc.line(page, new Point(x0, y0 + (y1 - y0) * r / 24), new Point(x1, y0 + (y1 - y0) * r / 24), new Scalar(0), 2);
        for (int c = 0; c <= 4; c++) Imgproc.line(page, new Point(x0 + (x1 - x0) * c / 4, y0), new Point(x0 + (x1 - x0) * c / 4, y1), new Scalar(0), 2);
        Mat photo = warped(page, new double[]{25, 12, -10, 18, 12, -15, -28, -6});
        Mat rough = PageCleaner.roughInk(photo);
        Keystone.Angles a = Keystone.measure(rough);
        assertTrue(a.keystoned(), a.toString());
        assertEquals(rough.cols(), a.within().width, "measured on the page's thirds: " + a + ", the rules' extent " + Keystone.extent(rough));
    }

    @Test
    void aFlatScanIsLeftAsItIs() {
        // a scan on the glass: the same rules, only turned (a rotation leaves every band at one angle)
        Mat page = table();
        Mat turned = Skew.rotate(page, 0.8, 255);
        Mat rough = PageCleaner.roughInk(turned);
        assertNull(Keystone.corrected(turned, rough), Keystone.measure(rough).toString());
        // and a page with no table's rules at its sides says nothing of its vertical lines
        Mat prose = new Mat(H, W, CvType.CV_8UC1, new Scalar(255));
        for (int y = 200; y < H - 200; y += 40) Imgproc.line(prose, new Point(200, y), new Point(W - 200, y), new Scalar(30), 4);
        Keystone.Angles a = Keystone.measure(PageCleaner.roughInk(prose));
        assertTrue(Double.isNaN(a.left()) && Double.isNaN(a.right()), a.toString());
        assertFalse(a.keystoned());
    }
}

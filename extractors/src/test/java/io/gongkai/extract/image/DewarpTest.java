package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A ruled table drawn on an A4 landscape page at 200 dpi, seen through a lens that bows its lines, and flat. */
class DewarpTest {
    private static final int W = 2339, H = 1654;
    private static final float DPI = 200;

    /** Gray page: a 16-row, 6-column grid of 2-pixel rules, a stroke of "text" in each cell. */
    private static Mat table() {
        OpenCv.load();
        Mat page = new Mat(H, W, CvType.CV_8UC1, new Scalar(255));
        int rows = 16, cols = 6, x0 = 180, x1 = W - 180, y0 = 260, y1 = H - 200;
        for (int r = 0; r <= rows; r++) {
            int y = y0 + (y1 - y0) * r / rows;
            Imgproc.line(page, new Point(x0, y), new Point(x1, y), new Scalar(0), 2);
            if (r < rows) for (int c = 0; c < cols; c++) {
                int x = x0 + (x1 - x0) * c / cols + 30;
                Imgproc.line(page, new Point(x, y + 30), new Point(x + 140, y + 30), new Scalar(40), 3);
            }
        }
        for (int c = 0; c <= cols; c++) {
            int x = x0 + (x1 - x0) * c / cols;
            Imgproc.line(page, new Point(x, y0), new Point(x, y1), new Scalar(0), 2);
        }
        return page;
    }

    /** The page with each pixel taken from ({@code mx}, {@code my}) of the source (bilinear; white where nothing was). */
    private static Mat remapped(Mat page, float[] mx, float[] my) {
        Mat a = new Mat(H, W, CvType.CV_32FC1), b = new Mat(H, W, CvType.CV_32FC1), out = new Mat();
        a.put(0, 0, mx);
        b.put(0, 0, my);
        Imgproc.remap(page, out, a, b, Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(255));
        a.release();
        b.release();
        return out;
    }

    /** The page through a lens of radial distortion {@code k} (ImageMagick's barrel: > 0 bows lines outward), corners kept. */
    private static Mat lens(Mat page, double k) {
        float[] mx = new float[W * H], my = new float[W * H];
        double cx = W / 2.0, cy = H / 2.0, half = Math.min(W, H) / 2.0;
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            double dx = (x - cx) / half, dy = (y - cy) / half, r2 = dx * dx + dy * dy;
            double f = (1 - k) + k * r2; // ImageMagick's Barrel "0 0 k 1-k": source radius = (k r² + (1 − k)) r
            mx[y * W + x] = (float) (cx + dx * f * half);
            my[y * W + x] = (float) (cy + dy * f * half);
        }
        return remapped(page, mx, my);
    }

    /**
     * The page with its bottom-right corner lifted off the glass: beyond a hinge line {@code hinge} pixels in from the
     * corner (across the diagonal), the sheet curls up with radius {@code radius} pixels, so that what lies {@code s}
     * beyond the hinge is seen at {@code radius·sin(s/radius)}: drawn in, most at the corner.
     */
    static Mat lifted(Mat page, double hinge, double radius) {
        float[] mx = new float[W * H], my = new float[W * H];
        double sq = Math.sqrt(2);
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
            double seen = ((x - W) + (y - H)) / sq + hinge, d = 0;
            if (seen > 0) d = (radius * Math.asin(Math.min(seen / radius, 0.999)) - seen) / sq;
            mx[y * W + x] = (float) (x + d);
            my[y * W + x] = (float) (y + d);
        }
        return remapped(page, mx, my);
    }

    /** The most any long rule of the page, either way, stands off its own straight line (pixels of the rough ink). */
    private static double mostBow(Mat page) {
        Mat rough = PageCleaner.roughInk(page), t = new Mat();
        Core.transpose(rough, t);
        double roughDpi = DPI * rough.cols() / page.cols();
        double most = 0;
        for (List<Dewarp.Rule> rules : List.of(Dewarp.rules(rough, roughDpi), Dewarp.rules(t, roughDpi))) {
            for (Dewarp.Rule r : rules) most = Math.max(most, Math.max(r.bow(), r.bend()));
        }
        rough.release();
        t.release();
        return most;
    }

    @Test
    void rulesALensBowedAreMadeStraight() {
        for (double k : new double[]{0.06, -0.05}) {
            Mat bowed = lens(table(), k);
            assertTrue(mostBow(bowed) > 6, "the lens bows the rules: " + mostBow(bowed));
            Mat rough = PageCleaner.roughInk(bowed);
            Mat mask = new Mat(H, W, CvType.CV_8UC1, new Scalar(0));
            Imgproc.rectangle(mask, new Point(W - 400, 250), new Point(W - 200, 450), new Scalar(255), -1);
            Mat straight = Dewarp.corrected(bowed, rough, DPI, mask);
            assertNotNull(straight, "barrel/pincushion " + k);
            assertTrue(mostBow(straight) <= 1.5, "straight after: " + mostBow(straight));
            // every rule found again, one each (no rule broken into pieces, none run into another)
            Mat r2 = PageCleaner.roughInk(straight);
            assertEquals(17, Dewarp.rules(r2, DPI / 2).size());
            // a mask of the page (a seal's place) moved with it
            assertTrue(Core.countNonZero(mask) > 30_000, "the mask is kept");
            for (Mat m : List.of(bowed, rough, straight, r2, mask)) m.release();
        }
    }

    @Test
    void rulesACornerLiftedOffTheGlassBentAreMadeStraight() {
        // only the rules near the lifted corner bend, over their last inches: no one curve along a whole rule follows them
        Mat bent = lifted(table(), 900, 1000);
        double before = mostBow(bent);
        assertTrue(before > 6, "the lift bends the rules: " + before);
        Mat rough = PageCleaner.roughInk(bent);
        Mat straight = Dewarp.corrected(bent, rough, DPI, null);
        assertNotNull(straight);
        double after = mostBow(straight);
        Mat r2 = PageCleaner.roughInk(straight);
        int found = Dewarp.rules(r2, DPI / 2).size();
        assertTrue(after <= 1.5, "straight after: " + after + " (before " + before + ")");
        assertEquals(17, found);
        for (Mat m : List.of(bent, rough, straight, r2)) m.release();
    }

    @Test
    void aCreasesShadowRunningPastTheTableIsNoRuleToPutStraight() {
        // a fold's shadow, 4° off upright from the sheet's top edge to its bottom through a column of figures: put
        // upright as a column rule it dragged the figures beside it up to a quarter inch sideways (a newcomer's folded
        // sheet: 合计 figures read 370,0010 and 8,000,0)
        Mat page = table();
        double lean = Math.tan(Math.toRadians(4));
        Imgproc.line(page, new Point(500, 0), new Point(500 + H * lean, H), new Scalar(110), 6);
        Mat bent = lifted(page, 900, 1000);
        Mat rough = PageCleaner.roughInk(bent);
        Mat straight = Dewarp.corrected(bent, rough, DPI, null);
        assertNotNull(straight, "the lifted corner is still put straight");
        for (int y : new int[]{20, H - 20}) {
            // the middle of the shadow's dark pixels (it is 6 pixels wide)
            double expected = 500 + y * lean, sum = 0;
            int n = 0;
            for (int x = (int) expected - 80; x <= expected + 80; x++) if (straight.get(y, x)[0] < 200) {
                sum += x;
                n++;
            }
            double at = n == 0 ? -1 : sum / n;
            assertTrue(Math.abs(at - expected) <= 3, "the shadow at row " + y + " stays at " + expected + ": " + at);
        }
        for (Mat m : List.of(page, bent, rough, straight)) m.release();
    }

    @Test
    void aFlatPageOrAKeystonedOneIsLeftAsItIs() {
        Mat flat = table();
        Mat rough = PageCleaner.roughInk(flat);
        assertNull(Dewarp.corrected(flat, rough, DPI, null));
        // a photo's keystone leans straight rules: they do not bow (that is Keystone's to undo)
        Point[] src = {new Point(0, 0), new Point(W, 0), new Point(0, H), new Point(W, H)};
        Point[] dst = {new Point(20, 12), new Point(W - 8, -10), new Point(-14, H + 6), new Point(W + 18, H - 14)};
        Mat m = Imgproc.getPerspectiveTransform(new MatOfPoint2f(src), new MatOfPoint2f(dst));
        Mat keyed = new Mat();
        Imgproc.warpPerspective(flat, keyed, m, flat.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(255));
        Mat r2 = PageCleaner.roughInk(keyed);
        assertNull(Dewarp.corrected(keyed, r2, DPI, null));
        for (Mat x : List.of(flat, rough, m, keyed, r2)) x.release();
    }
}

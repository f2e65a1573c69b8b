package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageCleanerTest {

    private static int at(Mat gray, int x) {
        return (int) gray.get(0, x)[0];
    }

    @Test
    void aSealsOwnStrokeIsPaperAndThePrintUnderItStaysDark() {
        // one row of pixels: paper, the seal's red stroke (its brightest channel light gray), print under the seal
        // (dark in every channel), gray print, a pale gray mark that is no colour
        int[] rgb = {0xFFFFFF, 0xE07070, 0x401818, 0x303030, 0xD0D0D0};
        BufferedImage img = new BufferedImage(rgb.length, 1, BufferedImage.TYPE_3BYTE_BGR);
        for (int x = 0; x < rgb.length; x++) img.setRGB(x, 0, rgb[x]);
        OpenCv.load();
        Mat gray = PageCleaner.withoutColouredInk(img, 200);
        assertEquals(255, at(gray, 0));
        assertEquals(255, at(gray, 1), "the seal's stroke");
        assertTrue(at(gray, 2) < 100, "print under the seal: " + at(gray, 2));
        assertEquals(0x30, at(gray, 3));
        assertEquals(0xD0, at(gray, 4), "gray that is no colour is left to the ink threshold");
        gray.release();
    }

    @Test
    void aRuleCutByASealsOpaqueRingIsCarriedAcrossItAndNothingElseIs() {
        // 200 dpi: a row rule (2 px, black) crossed by an opaque red ring stroke (8 px, drawn over the print, as a digital
        // seal or an ImageMagick -draw is); a second rule that stops, 20 px of paper, and goes on (no seal in the gap);
        // two short strokes (a digit's width) with the same red stroke between them; and more of the ring over bare paper
        // below, so that the page holds as much seal ink as a ring (PageCleaner.SEAL_LEAST) and is judged for opacity
        BufferedImage page = new BufferedImage(400, 140, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 140);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(10, 30, 380, 2);
        g.fillRect(10, 60, 180, 2);
        g.fillRect(210, 60, 180, 2);
        g.fillRect(186, 90, 10, 2);
        g.fillRect(204, 90, 10, 2);
        g.setColor(new java.awt.Color(230, 20, 20));
        g.setStroke(new java.awt.BasicStroke(8));
        g.drawLine(150, 0, 170, 50);
        g.drawLine(200, 80, 200, 100);
        g.drawLine(10, 128, 390, 128);
        g.dispose();
        OpenCv.load();
        Mat gray = PageCleaner.withoutColouredInk(page, 200);
        for (int x = 140; x <= 180; x++) assertTrue(gray.get(30, x)[0] < 100, "the rule under the ring at x " + x + ": " + gray.get(30, x)[0]);
        assertEquals(255, (int) gray.get(20, 160)[0], "the ring's own stroke off the rule is paper");
        for (int x = 192; x <= 208; x++) assertEquals(255, (int) gray.get(60, x)[0], "a rule's own gap, no seal in it, at x " + x);
        // no bridge between two short strokes: a bridge paints the ends' tone (0); inpainting the thin stroke between
        // them blends paper and their edges, lighter than print
        assertTrue(gray.get(90, 200)[0] >= 128, "no bridge between two short strokes: " + gray.get(90, 200)[0]);
        gray.release();
    }

    /** A 200 dpi page of print (a rule and a column of figure-like strokes) with a deep red ring over it (none: null). */
    private static BufferedImage ringedPage(Boolean opaque) {
        BufferedImage page = new BufferedImage(500, 400, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 500, 400);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(20, 200, 460, 2);
        for (int y = 60; y < 360; y += 40) for (int x = 200; x < 300; x += 12) g.fillRect(x, y, 2, 16);
        g.dispose();
        if (opaque == null) return page;
        java.awt.image.BufferedImage ring = new BufferedImage(500, 400, BufferedImage.TYPE_3BYTE_BGR);
        g = ring.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 500, 400);
        g.setColor(new java.awt.Color(200, 30, 30)); // a deep red: its brightest channel under the ink threshold
        g.setStroke(new java.awt.BasicStroke(8));
        g.drawOval(130, 80, 240, 240);
        g.dispose();
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 500; x++) {
                int p = page.getRGB(x, y), r = ring.getRGB(x, y);
                if ((r & 0xFFFFFF) == 0xFFFFFF) continue;
                // drawn over the print (opaque), or multiplied with it as ink is (translucent)
                int m = opaque ? r : ((((p >> 16) & 255) * ((r >> 16) & 255) / 255) << 16) | ((((p >> 8) & 255) * ((r >> 8) & 255) / 255) << 8) | ((p & 255) * (r & 255) / 255);
                page.setRGB(x, y, m);
            }
        }
        return page;
    }

    @Test
    void anOpaqueSealsDeepRedIsPaperAndAnInkedSealsPrintShowsThrough() {
        OpenCv.load();
        Mat opaque = PageCleaner.withoutColouredInk(ringedPage(true), 200);
        // the ring's left and right, off the print: nothing left of it that reads as ink
        for (int y = 150; y < 250; y += 5) {
            if (Math.abs(y - 201) <= 4) continue;
            assertTrue(opaque.get(y, 134)[0] > PageCleaner.PALE, "the opaque ring at y " + y + ": " + opaque.get(y, 134)[0]);
        }
        // the rule under it goes on across it
        StringBuilder row = new StringBuilder();
        for (int x = 120; x < 140; x++) row.append((int) opaque.get(200, x)[0]).append(' ');
        for (int x = 362; x < 380; x++) row.append((int) opaque.get(201, x)[0]).append(' ');
        assertTrue(opaque.get(200, 130)[0] < 100 && opaque.get(201, 370)[0] < 100, "the rule across the ring: " + row);
        opaque.release();
        Mat inked = PageCleaner.withoutColouredInk(ringedPage(false), 200);
        // the figures' strokes the ring crosses show through an inked seal, dark, and stay
        int dark = 0;
        for (int y = 60; y < 360; y++) for (int x = 200; x < 300; x++) if (inked.get(y, x)[0] < 100) dark++;
        BufferedImage plain = ringedPage(null);
        int printed = 0;
        for (int y = 60; y < 360; y++) for (int x = 200; x < 300; x++) if ((plain.getRGB(x, y) & 0xFF) < 100) printed++;
        assertEquals(printed, dark, "the print under an inked seal");
        inked.release();
    }

    @Test
    void dustIsCountedAsIsolatedSpecksPerSquareInch() {
        // a 10 × 10 inch black-and-white page at 200 dpi: 400 specks of 2 × 2 pixels, 100 pixels apart, and a block of
        // print (a stroke's broken pixel beside it is no dust)
        BufferedImage page = new BufferedImage(2000, 2000, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 2000, 2000);
        g.setColor(java.awt.Color.BLACK);
        for (int y = 0; y < 20; y++) for (int x = 0; x < 20; x++) g.fillRect(50 + 100 * x, 50 + 100 * y, 2, 2);
        g.fillRect(1000, 1010, 60, 20);
        g.fillRect(1062, 1015, 1, 1);
        g.dispose();
        Mat m = OpenCv.mat(page);
        assertEquals(4.0, PageCleaner.specksPerSquareInch(m, 200), 0.01);
        m.release();
    }

    @Test
    void darkPaperUnderBlackPrintIsNoNegativeAndLightPrintOnBlackIs() {
        // 200 dpi, 6 × 4 inches, lines of print (strokes 3 px): black on dark recycled paper (118 of 255, under the
        // 128 a light pixel has: none of the page is light), and white on black (a microfilm reader's negative)
        OpenCv.load();
        Mat dark = new Mat(800, 1200, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(118));
        Mat negative = new Mat(800, 1200, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(25));
        for (int y = 60; y < 780; y += 40) {
            org.opencv.imgproc.Imgproc.putText(dark, "2010101 Xing zheng yun xing 1,234,567.89", new org.opencv.core.Point(40, y),
                    org.opencv.imgproc.Imgproc.FONT_HERSHEY_SIMPLEX, 0.9, new org.opencv.core.Scalar(0), 3);
            org.opencv.imgproc.Imgproc.putText(negative, "2010101 Xing zheng yun xing 1,234,567.89", new org.opencv.core.Point(40, y),
                    org.opencv.imgproc.Imgproc.FONT_HERSHEY_SIMPLEX, 0.9, new org.opencv.core.Scalar(235), 3);
        }
        assertTrue(dark == PageCleaner.positive(dark), "dark paper was inverted");
        Mat positive = PageCleaner.positive(negative);
        assertTrue(positive != negative, "the negative was left as it is");
        assertTrue(org.opencv.core.Core.mean(positive).val[0] > 180, "inverted: its paper light");
        for (Mat m : new Mat[] {dark, negative, positive}) m.release();
    }

    @Test
    void aBandOfLightPrintOnDarkIsMadePositiveAndABlackBoxWithNoPrintIsLeft() {
        // 200 dpi, 8 × 4 inches: dark print on paper above; a band 1 inch tall printed light on black (two lines of white
        // "strokes" 3 px wide); beside it a black box 1.2 inch square with nothing in it (a redaction, a scanner's border)
        Mat page = new Mat(800, 1600, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(255));
        OpenCv.load();
        for (int x = 100; x < 1500; x += 40) org.opencv.imgproc.Imgproc.rectangle(page, new org.opencv.core.Point(x, 100), new org.opencv.core.Point(x + 2, 130), new org.opencv.core.Scalar(0), -1);
        org.opencv.imgproc.Imgproc.rectangle(page, new org.opencv.core.Point(0, 400), new org.opencv.core.Point(1100, 600), new org.opencv.core.Scalar(10), -1);
        for (int x = 100; x < 1000; x += 20) {
            org.opencv.imgproc.Imgproc.rectangle(page, new org.opencv.core.Point(x, 430), new org.opencv.core.Point(x + 2, 460), new org.opencv.core.Scalar(245), -1);
            org.opencv.imgproc.Imgproc.rectangle(page, new org.opencv.core.Point(x, 480), new org.opencv.core.Point(x + 2, 510), new org.opencv.core.Scalar(245), -1);
        }
        org.opencv.imgproc.Imgproc.rectangle(page, new org.opencv.core.Point(1250, 400), new org.opencv.core.Point(1490, 640), new org.opencv.core.Scalar(0), -1);
        Mat out = PageCleaner.positiveRegions(page, 200);
        assertTrue(out != page, "the band is made positive");
        assertTrue(out.get(470, 510)[0] > 200, "the band's paper is light: " + out.get(470, 510)[0]);
        assertTrue(out.get(495, 101)[0] < 60, "its print is dark: " + out.get(495, 101)[0]);
        assertTrue(out.get(300, 500)[0] == 255 && out.get(115, 101)[0] == 0, "the page above is as it was");
        assertTrue(out.get(520, 1370)[0] == 0, "the black box holds no print and is left");
        out.release();
        // a page with no dark region is given back as it is
        Mat plain = new Mat(800, 1600, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(255));
        assertTrue(PageCleaner.positiveRegions(plain, 200) == plain);
        plain.release();
        page.release();
    }

    @Test
    void printWhoseColourChannelsStandAPixelApartStaysPrint() {
        // a 96 dpi screenshot's table: 1-pixel rules and strokes, black; then its red channel a pixel to the right and
        // its blue a pixel to the left (subpixel text, a scanner's sensors out of line). The brightest channel of such
        // a pixel is paper in two of three: the print was gone
        int w = 400, h = 300;
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(java.awt.Color.BLACK);
        for (int y = 20; y <= 280; y += 26) g.fillRect(20, y, 360, 1);
        for (int x : new int[]{20, 140, 260, 379}) g.fillRect(x, 20, 1, 261);
        java.util.Random random = new java.util.Random(7);
        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 3; col++) {
                for (int k = 0; k < 8; k++) {
                    // a digit's strokes, a pixel wide: verticals and horizontals
                    int x = 30 + col * 120 + k * 11, y = 26 + row * 26;
                    g.fillRect(x + random.nextInt(6), y, 1, 13);
                    g.fillRect(x, y + random.nextInt(13), 7, 1);
                }
            }
        }
        g.dispose();
        BufferedImage fringed = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = x >= 1 ? (page.getRGB(x - 1, y) >> 16) & 0xFF : 255;
                int gr = (page.getRGB(x, y) >> 8) & 0xFF;
                int b = x + 1 < w ? page.getRGB(x + 1, y) & 0xFF : 255;
                fringed.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        OpenCv.load();
        Mat plain = PageCleaner.withoutColouredInk(page, 96), read = PageCleaner.withoutColouredInk(fringed, 96);
        Mat plainInk = new Mat(), readInk = new Mat(), both = new Mat();
        org.opencv.imgproc.Imgproc.threshold(plain, plainInk, 128, 255, org.opencv.imgproc.Imgproc.THRESH_BINARY_INV);
        org.opencv.imgproc.Imgproc.threshold(read, readInk, 128, 255, org.opencv.imgproc.Imgproc.THRESH_BINARY_INV);
        org.opencv.core.Core.bitwise_and(plainInk, readInk, both);
        int ink = org.opencv.core.Core.countNonZero(plainInk), kept = org.opencv.core.Core.countNonZero(both), made = org.opencv.core.Core.countNonZero(readInk);
        assertTrue(kept >= 0.95 * ink, "print kept where it was: " + kept + " of " + ink + " pixels");
        assertTrue(made <= 1.05 * ink, "no print made where there was none: " + made + " pixels for " + ink);
        for (Mat m : java.util.List.of(plain, read, plainInk, readInk, both)) m.release();
    }
}

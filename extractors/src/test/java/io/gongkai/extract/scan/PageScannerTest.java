package io.gongkai.extract.scan;

import io.gongkai.extract.image.OpenCv;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page reader's geometric decisions, on boxes in pixels (a page whose phrases are typically 30 pixels tall, 9 pt at 240 dpi). */
class PageScannerTest {
    private static final int TYPICAL = 30;

    @Test
    void aFlatBarIsADash() {
        // a 9 pt em dash at 300 dpi: 37 × 3 pixels; an en dash 20 × 3
        assertTrue(PageScanner.isDash(new Rectangle(0, 0, 37, 3), TYPICAL));
        assertTrue(PageScanner.isDash(new Rectangle(0, 0, 20, 4), TYPICAL));
    }

    @Test
    void digitsUnderlinesAndRulesAreNotDashes() {
        assertFalse(PageScanner.isDash(new Rectangle(0, 0, 4, 28), TYPICAL), "a 1 is tall");
        assertFalse(PageScanner.isDash(new Rectangle(0, 0, 16, 28), TYPICAL), "a 0");
        assertFalse(PageScanner.isDash(new Rectangle(0, 0, 6, 5), TYPICAL), "a full stop is not flat");
        assertFalse(PageScanner.isDash(new Rectangle(0, 0, 300, 3), TYPICAL), "a rule or an underline is long");
        assertFalse(PageScanner.isDash(new Rectangle(0, 0, 37, 3), 0), "no phrases: nothing is typical");
    }

    @Test
    void aThinBarTallerThanTheTextIsARulesPieceNotText() {
        // a photographed page in perspective, 300 dpi: the left rule's piece beside its straight fit, 6 × 45 pixels in a
        // row of 28-pixel text (read '| 301' and 'I 758,448')
        assertTrue(PageScanner.isRulePiece(new Rectangle(0, 0, 6, 45), TYPICAL, 300));
        assertFalse(PageScanner.isRulePiece(new Rectangle(0, 0, 4, 28), TYPICAL, 300), "a 1 is no taller than the text");
        assertFalse(PageScanner.isRulePiece(new Rectangle(0, 0, 30, 45), TYPICAL, 300), "two lines of characters are wide");
        assertFalse(PageScanner.isRulePiece(new Rectangle(0, 0, 6, 45), 0, 300), "no phrases: nothing is typical");
    }

    @Test
    void aSheetsEdgeOrAGuttersShadowTheHeightOfThePageIsNoText() {
        // a curled page's gutter edge at 200 dpi: 8 pixels wide, the page's height (1653 pixels), in 33-pixel text; read
        // '|', it made one line with the 编制单位 and 单位：元 line beside it and took that line into the table's height
        assertTrue(PageScanner.isEdge(new Rectangle(2313, 0, 8, 1653), 33));
        assertTrue(PageScanner.isRulePiece(new Rectangle(2313, 0, 8, 1653), 33, 200), "no rule of the table either, nothing to read");
        assertFalse(PageScanner.isEdge(new Rectangle(0, 0, 30, 160), 33), "characters stacked one under another are a line wide");
        assertFalse(PageScanner.isEdge(new Rectangle(0, 0, 8, 100), 33), "a bar three lines tall is a rule's piece, not an edge");
        assertFalse(PageScanner.isEdge(new Rectangle(0, 0, 8, 1653), 0), "no phrases: nothing is typical");
    }

    @Test
    void aFlatBarOnARowRuleIsThatRulesPieceNotText() {
        // a hairline row rule a 1-bit scan cut into steps (万里街道25 预算 printed by LibreOffice, bw-200): the steps off the
        // rule's fit stand as flat bars along it, 130 × 11 pixels in a row of 30-pixel text, read … or ———
        List<io.gongkai.grid.Segment> rules = List.of(new io.gongkai.grid.Segment(100, 505, 1500, 505));
        assertTrue(PageScanner.onRowRule(new Rectangle(700, 500, 130, 11), TYPICAL, rules));
        assertFalse(PageScanner.onRowRule(new Rectangle(700, 520, 130, 11), TYPICAL, rules), "away from the rule: an underline, a dash");
        assertFalse(PageScanner.onRowRule(new Rectangle(700, 495, 130, 28), TYPICAL, rules), "a figure touching the rule is as tall as the text");
        // a fax's rule (98 lines an inch, rows doubled, put straight) leaves short steps a few pixels off its fit, read
        // "— — 11, 447, 100"; a dash printed for a zero stands in the middle of its row
        assertTrue(PageScanner.onRowRule(new Rectangle(700, 508, 16, 4), TYPICAL, rules), "a short step just under the rule");
        assertTrue(PageScanner.onRowRule(new Rectangle(700, 500, 37, 6), TYPICAL, rules), "a short step the rule runs through");
        assertFalse(PageScanner.onRowRule(new Rectangle(700, 482, 37, 6), TYPICAL, rules), "a dash in the middle of the row above");
        assertFalse(PageScanner.onRowRule(new Rectangle(700, 508, 12, 10), TYPICAL, rules), "no flat bar: a glyph's piece");
        assertFalse(PageScanner.onRowRule(new Rectangle(20, 500, 60, 6), TYPICAL, rules), "beside the rule's end");
        assertFalse(PageScanner.onRowRule(new Rectangle(700, 500, 130, 11), TYPICAL, List.of(new io.gongkai.grid.Segment(700, 400, 700, 600))), "a column rule");
    }

    /** An A4 page's ink at 200 dpi with {@code inked} rows of it all ink. */
    private static Mat page(int inked) {
        OpenCv.load();
        Mat ink = new Mat(2339, 1654, CvType.CV_8UC1, new Scalar(0));
        if (inked > 0) ink.rowRange(0, inked).setTo(new Scalar(255));
        return ink;
    }

    private static List<Rectangle> phrases(int n) {
        List<Rectangle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Rectangle((i * 37) % 1600, (i * 37) / 1600 * 12, 8, 8));
        return out;
    }

    @Test
    void aPageOfNoiseIsNoPrintedPage() {
        // a dense table: 16 columns of 45 rows, 7 % ink (the densest page of the scanned sample)
        Mat table = page(160);
        assertNull(PageScanner.notPrinted(table, phrases(16 * 45), 200));
        // specks everywhere, each a "phrase": 20,000 on 93 square inches
        String specks = PageScanner.notPrinted(table, phrases(20_000), 200);
        assertTrue(specks != null && specks.startsWith("its image holds 20000 phrase-like marks"), specks);
        // a photo: ink over half the page
        String photo = PageScanner.notPrinted(page(1200), phrases(100), 200);
        assertTrue(photo != null && photo.startsWith("ink covers 51%"), photo);
        table.release();
    }

    @Test
    void aPagesOrientationIsJudgedOnLinesOfItsTextNotOnPiecesOfRules() {
        // a grey copy at 200 dpi: its hairline rules left flat pieces 4-12 px tall and up to 2,315 px long beside their
        // fit, the page's longest marks; its lines of text are 26-44 px tall and shorter
        List<Rectangle> boxes = new ArrayList<>();
        for (int i = 0; i < 18; i++) boxes.add(new Rectangle(151, 423 + 53 * i, 264 + 20 * i, 4 + i % 8));
        for (int i = 0; i < 30; i++) boxes.add(new Rectangle(160, 400 + 40 * i, 120 + 5 * i, 26 + i % 3));
        boxes.add(new Rectangle(851, 268, 645, 44)); // the title
        boxes.add(new Rectangle(900, 600, 40, 28)); // a lone figure
        List<Rectangle> lines = PageScanner.orientationLines(boxes, 200);
        assertTrue(lines.size() == 24 && lines.stream().allMatch(r -> r.height >= 26), lines.toString());
        assertTrue(lines.get(0).width == 645, "the longest line first: " + lines.get(0));
    }

    /**
     * A scan of a budget's 10.5 pt table finer than 250 dpi is read at 200 dpi, where its type is still 19 pixels or more
     * tall: the sample's real 200 dpi scan (scripts/make-scanned-sample), brought to 300 dpi, measures as it did at 200
     * and is read at 200; the same page with its print at half the size (type of 5–6 pt, as the seed's small landscape
     * tables) is read at its own 300, and so is a black-and-white copy of it at 300.
     */
    @Test
    void aScanOfLargeTypeIsReadAt200DpiAndOneOfSmallTypeAtItsOwn() throws Exception {
        java.awt.image.BufferedImage at200;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(io.gongkai.Samples.scannedBudget().toFile())) {
            var resources = doc.getPage(0).getResources();
            at200 = ((org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next())).getImage();
        }
        OpenCv.load();
        Mat gray200 = OpenCv.gray(at200), gray300 = new Mat(), small = new Mat(), bw = new Mat();
        try {
            org.opencv.imgproc.Imgproc.resize(gray200, gray300, new org.opencv.core.Size(gray200.cols() * 1.5, gray200.rows() * 1.5), 0, 0, org.opencv.imgproc.Imgproc.INTER_CUBIC);
            double inches200 = io.gongkai.extract.image.TypeSize.inches(gray200, 200), inches300 = io.gongkai.extract.image.TypeSize.inches(gray300, 300);
            assertTrue(inches200 >= PageScanner.LARGE_TYPE_INCHES && Math.abs(inches300 - inches200) < 0.01, inches200 + " in at 200 dpi, " + inches300 + " at 300");
            PageScanner scanner = new PageScanner(300, new io.gongkai.extract.ocr.Tesseract());
            assertEquals(200f, scanner.stored(OpenCv.image(gray300), 300, 0).dpi(), 0.01f);
            // the same print at half the size, on a page of the same size, white around it
            Mat half = new Mat();
            org.opencv.imgproc.Imgproc.resize(gray300, half, new org.opencv.core.Size(gray300.cols() / 2.0, gray300.rows() / 2.0), 0, 0, org.opencv.imgproc.Imgproc.INTER_AREA);
            small.create(gray300.rows(), gray300.cols(), CvType.CV_8UC1);
            small.setTo(new Scalar(255));
            half.copyTo(small.submat(0, half.rows(), 0, half.cols()));
            half.release();
            assertTrue(io.gongkai.extract.image.TypeSize.inches(small, 300) < PageScanner.LARGE_TYPE_INCHES);
            assertEquals(300f, scanner.stored(OpenCv.image(small), 300, 0).dpi(), 0.01f);
            org.opencv.imgproc.Imgproc.threshold(gray300, bw, 160, 255, org.opencv.imgproc.Imgproc.THRESH_BINARY);
            assertEquals(300f, scanner.stored(OpenCv.image(bw), 300, 0).dpi(), 0.01f);
        } finally {
            gray200.release();
            gray300.release();
            small.release();
            bw.release();
        }
    }
}

package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealRingsTest {
    private static final float DPI = 200;

    /** Millimetres at {@link #DPI}, pixels. */
    private static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }

    /**
     * An A4 landscape page at 200 dpi: a ruled grid (rules 2 px every 60 px down, columns every 260 px) with figure-like
     * strokes in its cells, and, when {@code ringTone} is given, a seal's two rings ({@code diameterMm} across, strokes 0.8
     * and 0.5 mm) drawn over them: opaque in that gray, or (translucent) multiplied into the print, so print stays dark.
     */
    private static Mat page(Integer ringTone, boolean translucent, double diameterMm) {
        BufferedImage img = new BufferedImage(2339, 1654, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        for (int y = 200; y <= 1400; y += 60) g.fillRect(150, y, 2040, 2);
        for (int x = 150; x <= 2190; x += 260) g.fillRect(x, 200, 2, 1200);
        for (int y = 220; y < 1400; y += 60) for (int x = 200; x < 2150; x += 260) for (int d = 0; d < 9; d++) g.fillRect(x + 20 + d * 18, y, 3, 22);
        g.dispose();
        OpenCv.load();
        Mat gray = OpenCv.gray(img);
        if (ringTone == null) return gray;
        Mat ring = new Mat(gray.size(), gray.type(), new org.opencv.core.Scalar(255));
        org.opencv.core.Point c = new org.opencv.core.Point(1100, 900);
        org.opencv.imgproc.Imgproc.circle(ring, c, px(diameterMm / 2), new org.opencv.core.Scalar(ringTone), Math.max(1, px(0.8)), org.opencv.imgproc.Imgproc.LINE_AA);
        org.opencv.imgproc.Imgproc.circle(ring, c, px(diameterMm / 2 - 4), new org.opencv.core.Scalar(ringTone), Math.max(1, px(0.5)), org.opencv.imgproc.Imgproc.LINE_AA);
        if (translucent) Core.multiply(gray, ring, gray, 1 / 255.0);
        else Core.min(gray, ring, gray);
        if (!translucent) {
            // opaque: the ring's own tone where it lies, over the print too
            Mat on = new Mat();
            Core.compare(ring, new org.opencv.core.Scalar(255), on, Core.CMP_LT);
            ring.copyTo(gray, on);
            on.release();
        }
        ring.release();
        return gray;
    }

    @Test
    void anOpaqueGrayRingOverATableIsFoundAndOnlyIt() {
        Mat gray = page(85, false, 40);
        Mat rings = SealRings.opaque(gray, DPI);
        assertNotNull(rings, "a 40 mm ring as dark as the print, drawn over it");
        assertTrue(rings.get(900, 1100 + px(20))[0] > 0, "the outer ring's stroke");
        assertTrue(rings.get(900, 1100 + px(16))[0] > 0, "the inner ring's stroke");
        assertTrue(rings.get(900, 1100)[0] == 0 && rings.get(200, 150 + 260)[0] == 0, "not the middle, not the grid");
        // nothing beyond the rings: no more pixels marked than the strokes and five pixels either side (blur, a scan's fringe)
        int marked = Core.countNonZero(rings);
        double area = 2 * Math.PI * px(20) * (px(0.8) + 10) + 2 * Math.PI * px(16) * (px(0.5) + 10);
        assertTrue(marked <= area, marked + " pixels marked, the rings' bands " + (int) area);
        gray.release();
        rings.release();
    }

    @Test
    void aBlackRingInABlackAndWhiteScanIsFound() {
        Mat gray = page(0, false, 42);
        Mat rings = SealRings.opaque(gray, DPI);
        assertNotNull(rings);
        gray.release();
        rings.release();
    }

    @Test
    void aTranslucentSealsRingThatThePrintShowsThroughIsLeftToTheReaders() {
        Mat gray = page(150, true, 40);
        assertNull(SealRings.opaque(gray, DPI));
        gray.release();
    }

    @Test
    void aRuledTableWithoutASealHasNoRing() {
        Mat gray = page(null, false, 0);
        assertNull(SealRings.opaque(gray, DPI));
        gray.release();
    }

    @Test
    void aCircleTooSmallForASealIsNoRing() {
        // a 20 mm circle: a numbered mark, a logo, no official seal (38 mm at least)
        Mat gray = page(85, false, 20);
        assertNull(SealRings.opaque(gray, DPI));
        gray.release();
    }
}

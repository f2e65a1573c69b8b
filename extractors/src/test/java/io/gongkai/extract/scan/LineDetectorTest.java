package io.gongkai.extract.scan;

import io.gongkai.grid.Segment;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ruling lines, skew and orientation of a drawn page: a 5 × 4 ruled grid with figures in its cells. */
class LineDetectorTest {
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(1200, 900, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 900);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        for (int r = 0; r <= 5; r++) g.drawLine(100, 100 + r * 120, 1100, 100 + r * 120);
        for (int c = 0; c <= 4; c++) g.drawLine(100 + c * 250, 100, 100 + c * 250, 700);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        for (int r = 0; r < 5; r++) for (int c = 0; c < 4; c++) g.drawString("12,345.6" + c, 120 + c * 250, 175 + r * 120);
        g.dispose();
        return img;
    }

    @Test
    void findsEveryRulingLineOnceAndNoFigureAsALine() {
        List<Segment> s = LineDetector.detect(Binarizer.dark(page()), 100);
        assertEquals(6, s.stream().filter(Segment::horizontal).count(), s.toString());
        assertEquals(5, s.stream().filter(Segment::vertical).count(), s.toString());
    }

    @Test
    void keepsAShortCellBorderBetweenTwoRulingsButNoGlyphStroke() {
        BufferedImage img = page();
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        // a one-row total under the grid: its rulings and the short border between its label and its value
        g.drawLine(100, 760, 600, 760);
        g.drawLine(100, 800, 600, 800);
        g.drawLine(350, 760, 350, 800);
        // a free-standing stroke as long as that border, touching no ruling
        g.drawLine(800, 760, 800, 800);
        g.dispose();
        List<Segment> s = LineDetector.detect(Binarizer.dark(img), 100, 30);
        assertTrue(s.stream().anyMatch(x -> x.vertical() && Math.abs(x.x0() - 350) <= 2 && x.y0() >= 755 && x.y1() <= 805), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.vertical() && Math.abs(x.x0() - 800) <= 2), s.toString());
        assertEquals(5, s.stream().filter(x -> x.vertical() && x.y1() - x.y0() > 500).count(), s.toString());
    }

    @Test
    void measuresTheSkewOfATurnedPage() {
        double angle = Deskew.angle(Binarizer.dark(Deskew.rotate(page(), 1.2)));
        assertTrue(Math.abs(angle - 1.2) < 0.1, "measured " + angle);
        BufferedImage upright = Deskew.rotate(Deskew.rotate(page(), 1.2), -angle);
        List<Segment> s = LineDetector.detect(Binarizer.dark(upright), 100);
        assertEquals(6, s.stream().filter(Segment::horizontal).count(), "after deskew: " + s);
    }

    @Test
    void tellsAnUprightPageFromOneScannedSideways() {
        boolean[][] upright = Binarizer.dark(page());
        boolean[][] sideways = Binarizer.dark(Orientation.quarter(page(), true));
        double up = Orientation.ratio(upright, LineDetector.detect(upright, 100));
        double side = Orientation.ratio(sideways, LineDetector.detect(sideways, 100));
        assertTrue(up > Orientation.SIDEWAYS && side < Orientation.SIDEWAYS, up + " / " + side);
    }
}

package io.gongkai.extract.scan;

import io.gongkai.extract.image.OpenCv;
import io.gongkai.model.Box;
import io.gongkai.model.Confidence;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealCoverTest {

    @Test
    void theCellsAnOpaqueSealsRingCrossesAreInDoubtAndNoOthers() {
        // a 200 dpi page (1000 × 800 pixels: 360 × 288 points) with a ring 8 pixels wide, centre (500, 400), radius 150
        OpenCv.load();
        Mat seal = Mat.zeros(800, 1000, CvType.CV_8UC1);
        Imgproc.circle(seal, new Point(500, 400), 150, new Scalar(255), 8);
        SealCover cover = SealCover.of(seal, 200);
        seal.release();
        double pt = 72.0 / 200;
        // cells 100 × 40 pixels: one the ring's left side crosses (x 340–360), one inside the ring, one far from it
        Box crossed = new Box(1, 300 * pt, 380 * pt, 100 * pt, 40 * pt), inside = new Box(1, 450 * pt, 380 * pt, 100 * pt, 40 * pt),
                far = new Box(1, 800 * pt, 100 * pt, 100 * pt, 40 * pt);
        assertTrue(cover.share(crossed) >= 0.03, "crossed: " + cover.share(crossed));
        assertEquals(0, cover.share(inside), 1e-9);
        assertEquals(0, cover.share(far), 1e-9);
        List<RawRow> rows = cover.marked(List.of(new RawRow(1, List.of(new RawCell("", crossed, 1.0), new RawCell("14,400.00", crossed, 0.99),
                new RawCell("14,400.00", inside, 0.99), new RawCell("", far, 1.0), new RawCell("", null, 1.0)))));
        List<RawCell> cells = rows.get(0).cells();
        assertEquals(0.0, cells.get(0).confidence(), "a blank under the ring is not known to be blank");
        assertTrue(cells.get(1).confidence() <= Confidence.MENDED, "a figure the ring crosses is in doubt");
        assertEquals(0.99, cells.get(2).confidence(), "inside the ring the print is whole");
        assertEquals(1.0, cells.get(3).confidence());
        assertEquals(1.0, cells.get(4).confidence(), "a cell without a box is as read");
    }
}

package io.gongkai.extract.image;

import io.gongkai.grid.Segment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulingsTest {
    /** A 200 dpi landscape A4 page's grid: columns at x = 180, 300, 420, 1400, 1700, 2160; rows at y = 400..1400. */
    private static List<Segment> columns() {
        List<Segment> v = new ArrayList<>();
        for (int x : new int[]{180, 300, 420, 1400, 1700, 2160}) v.add(new Segment(x, 400, x, 1400));
        return v;
    }

    @Test
    void aScanLineFoundInTwoPiecesFromThePaperEdgesIsOneStreak() {
        // a fax's scan line through a row (y = 850), its middle lost among the row's glyphs: a piece from the left
        // edge past the code columns, one from the right edge from just before a column rule; put straight with the
        // text, the line slants 0.3°, so the pieces stand 6 px apart
        Segment left = new Segment(0, 850, 440, 850), right = new Segment(1385, 856, 2338, 856);
        List<Segment> h = List.of(left, right, new Segment(180, 400, 2160, 400), new Segment(180, 1400, 2160, 1400));
        int width = 2339, height = 1654;
        double margin = Rulings.STREAK_MARGIN * 200;
        assertFalse(Rulings.streak(left, columns(), width, height, 200), "alone, a piece does not run past the grid at both ends");
        assertTrue(Rulings.streak(Rulings.alongOneLine(left, h, 6, width, margin), columns(), width, height, 200));
        assertTrue(Rulings.streak(Rulings.alongOneLine(right, h, 6, width, margin), columns(), width, height, 200));
        // a table's rule is no piece of it: it reaches no paper edge
        Segment rule = h.get(2);
        assertEquals(rule, Rulings.alongOneLine(rule, h, 6, width, margin));
        // nor a line from the same edge: two pieces from one edge reach no further than the longer
        Segment other = new Segment(0, 852, 300, 852);
        assertFalse(Rulings.streak(Rulings.alongOneLine(left, List.of(left, other), 6, width, margin), columns(), width, height, 200));
    }
}

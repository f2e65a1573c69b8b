package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which stated resolutions give a scan a paper's size: A4 at 300 dpi is paper; the same pixels at 762 or 72 dpi are not. */
class PaperSizeTest {
    @Test
    void aScannersResolutionGivesAPaperAndAMistakenUnitDoesNot() {
        assertTrue(PaperSize.paper(2480, 3508, 300, 300), "A4 at 300 dpi");
        assertTrue(PaperSize.paper(3307, 2339, 200, 200), "A3 landscape at 200 dpi");
        assertTrue(PaperSize.paper(595, 842, 72, 72), "A4 scanned at 72 dpi: a poor scan, still A4");
        assertTrue(PaperSize.paper(1728, 1143, 204, 98), "a fax in standard mode: A4 across, 204 × 98 dpi");
        assertTrue(PaperSize.paper(4758, 1734, 200, 200), "a spread of two A4 pages with dark margins at 200 dpi: 23.8 inches");
        assertFalse(PaperSize.paper(3532, 2513, 762, 762), "300 per cm written as 762 dpi: 4.6 inches");
        assertFalse(PaperSize.paper(2480, 3508, 72, 72), "a 300 dpi scan said to be 72 dpi: 49 inches");
        assertFalse(PaperSize.paper(1654, 2339, 96, 96), "a 200 dpi scan said to be 96 dpi: 24 inches");
        assertEquals(300, 762 * PaperSize.toA4(3508, 2480, 762, 762), 1, "read as A4: its 3,508 pixels over 11.69 inches");
    }
}

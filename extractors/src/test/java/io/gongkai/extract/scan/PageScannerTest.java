package io.gongkai.extract.scan;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
}

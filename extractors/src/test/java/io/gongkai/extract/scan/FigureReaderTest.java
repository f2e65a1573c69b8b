package io.gongkai.extract.scan;

import io.gongkai.extract.ocr.TextLine;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 1s of a black-and-white page's figures that the recognizer gave 4 a trace of. */
class FigureReaderTest {
    /** A figure reading whose characters are {@code text}'s, the 1s at {@code traces} (by order among the 1s) given 4 that much. */
    private static TextLine trace(String text, double... traces) {
        List<TextLine.Char> chars = new ArrayList<>();
        int one = 0;
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            Map<String, Double> alternatives = c.equals("1") && one < traces.length ? Map.of("4", traces[one++]) : Map.of();
            chars.add(new TextLine.Char(c, i * 10, i * 10 + 9, 0.8, alternatives));
        }
        return new TextLine(text, new Rectangle(0, 0, text.length() * 10, 20), 0.8, chars);
    }

    @Test
    void aOneTheRecognizerGaveFourATraceOfIsReadFour() {
        // 4,333,478 cut to 1 bit: both 4s lost their diagonals; the network gave 4 0.004 and 0.003 where it read 1
        assertEquals("4,333,478", FigureReader.traced("1,333,178", "1,333,178", trace("1,333,178", 0.004, 0.003)));
        // a 1 printed: the network gave 4 next to nothing there
        assertEquals("11,610,630", FigureReader.traced("11,610,630", "11,610,630", trace("11,610,630", 3e-6, 3e-5, 4e-6)));
        assertEquals("41,610,630", FigureReader.traced("11,610,630", "11,610,630", trace("11,610,630", FigureReader.STROKE_LOST_4, 1e-4, 1e-4)));
    }

    @Test
    void theTraceAddsToWhatTheGlyphsShowed() {
        // the glyphs showed the last 4's crossbar (LostDiagonals read it 4); the network's trace gives the first
        assertEquals("4,333,478", FigureReader.traced("1,333,478", "1,333,178", trace("1,333,178", 0.004, 1e-5)));
    }

    @Test
    void aTraceOfOtherDigitsThanTheFiguresIsNoEvidence() {
        // the figure's reading came from elsewhere (the whole-alphabet reading, or the second engine's): the trace's
        // digits are not its digits, and its 1s are not the figure's
        assertEquals("1,333,178", FigureReader.traced("1,333,178", "1,333,178", trace("1,333,176", 0.01, 0.01)));
        assertEquals("1,333,178", FigureReader.traced("1,333,178", "1,333,178", null));
    }

    /**
     * A newcomer's scan of a Writer print without rules, 基本支出 too narrow for 12,291,733.00: the figure's last 0 on a
     * line of its own, flush left under it, read {@code o}. On a page without rules no grid puts the {@code o} in a column
     * of figures; it stands under one, packed against it and flush with it (boxes in points, as PP-OCRv4 read that page).
     */
    @Test
    void aLoneRoundGlyphFlushUnderAFigureIsItsWrappedZero() {
        io.gongkai.grid.Glyph head = new io.gongkai.grid.Glyph("12,291,733.0", 394.1, 161.8, 459.1, 170.6, 8.8, 0.9);
        io.gongkai.grid.Glyph name = new io.gongkai.grid.Glyph("一般公共服务支出", 140.2, 167.3, 222.5, 178.1, 10.8, 0.9);
        io.gongkai.grid.Glyph o = new io.gongkai.grid.Glyph("o", 393.8, 175.9, 399.6, 183.6, 7.7, 0.9);
        assertEquals(true, FigureReader.wrappedZero(o, List.of(head, name, o)));
        // set flush right under a figure right-aligned in its cell: the same
        io.gongkai.grid.Glyph right = new io.gongkai.grid.Glyph("O", 453.3, 175.9, 459.1, 183.6, 7.7, 0.9);
        assertEquals(true, FigureReader.wrappedZero(right, List.of(head, right)));
        // under a name, not a figure; in the middle of a figure's span; two lines below it: not a figure's end
        io.gongkai.grid.Glyph underName = new io.gongkai.grid.Glyph("o", 140.0, 180.0, 145.8, 187.7, 7.7, 0.9);
        assertEquals(false, FigureReader.wrappedZero(underName, List.of(head, name, underName)));
        io.gongkai.grid.Glyph middle = new io.gongkai.grid.Glyph("o", 420.0, 175.9, 425.8, 183.6, 7.7, 0.9);
        assertEquals(false, FigureReader.wrappedZero(middle, List.of(head, middle)));
        io.gongkai.grid.Glyph far = new io.gongkai.grid.Glyph("o", 393.8, 195.0, 399.6, 202.7, 7.7, 0.9);
        assertEquals(false, FigureReader.wrappedZero(far, List.of(head, far)));
    }
}

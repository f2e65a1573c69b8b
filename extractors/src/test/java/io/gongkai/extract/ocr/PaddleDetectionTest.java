package io.gongkai.extract.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link PaddleOcr#read}: lines found on rendered pages, boxed where their ink is, in reading order, read exactly. */
class PaddleDetectionTest {
    private static final PaddleOcr OCR = PaddleOcrTest.OCR;

    @ParameterizedTest
    @ValueSource(ints = {200, 300})
    void eachLineOfAPageOfMixedSizesIsFoundAndRead(int dpi) {
        RenderedText.Page page = MixedPage.make(dpi);
        List<TextLine> lines = OCR.read(RenderedText.degraded(page.image(), 8, dpi));
        assertEquals(MixedPage.TEXTS, lines.stream().map(TextLine::text).toList(), "texts, in reading order");
        for (int i = 0; i < lines.size(); i++) assertFoundWhereItIs(lines.get(i), page.boxes().get(i));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300})
    void aTablesCellsAreReadApartAcrossItsRules(int dpi) {
        RenderedText.Page page = MixedPage.table(dpi);
        List<TextLine> lines = OCR.read(page.image());
        assertEquals(MixedPage.TABLE_TEXTS, lines.stream().map(TextLine::text).toList(), "cells, in reading order");
        for (int i = 0; i < lines.size(); i++) assertFoundWhereItIs(lines.get(i), page.boxes().get(i));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300})
    void aPageInColourIsReadAsInGray(int dpi) {
        BufferedImage gray = MixedPage.make(dpi).image();
        BufferedImage rgb = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        rgb.getGraphics().drawImage(gray, 0, 0, null);
        assertEquals(OCR.read(gray).stream().map(TextLine::text).toList(), OCR.read(rgb).stream().map(TextLine::text).toList());
    }

    /** The line's box holds most of the text's ink and not much more; its characters lie inside it, in order. */
    private static void assertFoundWhereItIs(TextLine line, Rectangle ink) {
        Rectangle box = line.box(), common = box.intersection(ink);
        double area = (double) ink.width * ink.height;
        assertTrue(!common.isEmpty() && common.width * (double) common.height >= 0.7 * area, line.text() + ": box " + box + ", ink " + ink);
        assertTrue(box.width * (double) box.height <= 3 * area, line.text() + ": box " + box + " much larger than its ink " + ink);
        int x = box.x;
        for (TextLine.Char c : line.chars()) {
            assertTrue(c.x0() >= x - 1 && c.x1() <= box.x + box.width && c.x0() <= c.x1(), line.text() + ": " + c + " in " + box);
            x = c.x1();
        }
    }
}

package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextBoxesTest {

    @Test
    void theTextsHeightIsNotTakenFromMoreFlatPiecesOfRulesThanPhrases() {
        // a fax stretched from 98 to 204 lines an inch: 40 phrases of text 25 px tall, 60 pieces of its row rules 2-4 px
        // tall; the median of all was 3 px, and every test scaled by it took the pieces for text
        List<Rectangle> boxes = new ArrayList<>();
        for (int i = 0; i < 40; i++) boxes.add(new Rectangle(100, 40 * i, 150, 24 + i % 3));
        for (int i = 0; i < 60; i++) boxes.add(new Rectangle(10 * i, 40 * (i % 40) + 36, 7, 2 + i % 3));
        assertEquals(25, TextBoxes.typicalHeight(boxes, 204));
        // a page of nothing but marks still has a measure
        assertEquals(3, TextBoxes.typicalHeight(boxes.subList(40, 100), 204));
        assertEquals(0, TextBoxes.typicalHeight(List.of(), 204));
    }

    @Test
    void aFlatStrokeOverACharacterIsPartOfItHoweverShortTheFiguresAround() {
        // a newcomer's 200 dpi 1-bit scan: 元's top stroke 3 pixels above the rest of it, on a table page whose figures
        // (17 pixels) set the text's height; read apart, it was a dash, and 单位：— 元 gave no unit
        List<Rectangle> boxes = new ArrayList<>(List.of(new Rectangle(2201, 224, 16, 4), new Rectangle(2201, 231, 19, 16)));
        List<Rectangle> merged = TextBoxes.mergeFragments(boxes, List.of(), 22, 17);
        assertEquals(List.of(new Rectangle(2201, 224, 19, 23)), merged);
        // the same under a character
        assertEquals(1, TextBoxes.mergeFragments(List.of(new Rectangle(100, 120, 16, 4), new Rectangle(100, 100, 19, 16)), List.of(), 22, 17).size());
        // a piece wider than the character (a broken rule's), one far above it, or one as tall as a third of it and
        // more (a line of small text over a figure) stays apart
        assertEquals(2, TextBoxes.mergeFragments(List.of(new Rectangle(180, 224, 60, 4), new Rectangle(201, 231, 19, 16)), List.of(), 22, 17).size());
        assertEquals(2, TextBoxes.mergeFragments(List.of(new Rectangle(201, 210, 16, 4), new Rectangle(201, 231, 19, 16)), List.of(), 22, 17).size());
        assertEquals(2, TextBoxes.mergeFragments(List.of(new Rectangle(201, 220, 16, 8), new Rectangle(201, 231, 19, 16)), List.of(), 22, 17).size());
        // a flat piece over a phrase of figures (a seal's ring cut across them) is none of their strokes
        assertEquals(2, TextBoxes.mergeFragments(List.of(new Rectangle(230, 224, 30, 4), new Rectangle(201, 231, 90, 16)), List.of(), 22, 17).size());
    }
}

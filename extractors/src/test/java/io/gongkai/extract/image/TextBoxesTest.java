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
}

package io.gongkai.extract.ocr;

import java.awt.Rectangle;
import java.util.List;

/**
 * A line (or word) of text an OCR engine read.
 *
 * @param text       what was read, stripped ("" when nothing was)
 * @param box        where, in the pixels of the image given to the engine
 * @param confidence the engine's confidence in the whole reading, 0–1 (the least sure character's, for engines that
 *                   score characters)
 * @param chars      the characters one by one, with where each stands and how sure the engine is of it; empty when
 *                   the engine does not say
 */
public record TextLine(String text, Rectangle box, double confidence, List<Char> chars) {
    public TextLine {
        chars = chars == null ? List.of() : List.copyOf(chars);
        box = new Rectangle(box);
    }

    /** One character: its text (one code point), its horizontal extent in image pixels, its confidence 0–1. */
    public record Char(String text, int x0, int x1, double confidence) {
    }
}

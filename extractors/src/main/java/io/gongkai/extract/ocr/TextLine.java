package io.gongkai.extract.ocr;

import java.awt.Rectangle;
import java.util.List;
import java.util.Map;

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

    /**
     * One character: its text (one code point), its horizontal extent in image pixels, its confidence 0–1, and other
     * characters the engine saw a trace of in its place, each with its probability 0–1 (empty when the engine does not
     * say: PP-OCRv4 says it of a reading restricted to some characters, among those).
     */
    public record Char(String text, int x0, int x1, double confidence, Map<String, Double> alternatives) {
        public Char {
            alternatives = alternatives == null ? Map.of() : Map.copyOf(alternatives);
        }

        /** A character the engine gives no alternatives for. */
        public Char(String text, int x0, int x1, double confidence) {
            this(text, x0, x1, confidence, Map.of());
        }

        /** The probability the engine gave {@code other} in this character's place, 0 when it gave none. */
        public double alternative(String other) {
            return alternatives.getOrDefault(other, 0.0);
        }
    }
}

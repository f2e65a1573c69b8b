package io.gongkai.raw;

import io.gongkai.model.Box;

/**
 * A cell's text as an extractor found it, before any interpretation.
 *
 * @param text       the text as read
 * @param box        where it is on the page, null when unknown
 * @param confidence 0..1 (OCR confidence; 1 for a text layer)
 */
public record RawCell(String text, Box box, double confidence) {
    public static RawCell of(String text) {
        return new RawCell(text, null, 1.0);
    }
}

package io.gongkai.grid;

/**
 * A character (or a run of characters an extractor cannot split) with its box, in points from the page's top-left
 * corner. {@code y1} is the baseline side: the box spans the glyph's real height, not the font's bounding box, so
 * CJK glyphs in tight rows stay inside their cells. {@code confidence} is 1 for a text layer, OCR's (0–1) for a scan.
 */
public record Glyph(String text, double x0, double y0, double x1, double y1, double fontSize, double confidence) {
    /** A glyph of a text layer: read with certainty. */
    public Glyph(String text, double x0, double y0, double x1, double y1, double fontSize) {
        this(text, x0, y0, x1, y1, fontSize, 1.0);
    }

    public double cx() {
        return (x0 + x1) / 2;
    }

    public double cy() {
        return (y0 + y1) / 2;
    }

    public boolean isCjk() {
        return !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}

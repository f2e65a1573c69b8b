package io.gongkai.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * An OCR engine: text with boxes and confidences from images of a page. Implementations are thread-safe (each keeps
 * per-thread native state where its library needs it) and hold no state between calls that changes what they read.
 *
 * <p>Images are 8-bit gray or RGB, dark text on a light ground, at the resolution they were scanned or rendered at
 * (a 9 pt figure at 200 dpi is about 25 pixels tall).
 */
public interface OcrEngine {

    /** The engine's short name, as {@code --ocr-engine} gives it: {@code tesseract}, {@code paddle}. */
    String name();

    /**
     * Finds the text lines of an image and reads them.
     *
     * @param image a page or a part of one
     * @return the lines found, top to bottom, boxes in the image's pixels
     */
    List<TextLine> read(BufferedImage image);

    /**
     * Reads each image as one line of text (no detection: the caller cut the lines out, e.g. a table cell's ink).
     *
     * @param lines   crops holding one line of text each
     * @param allowed the only characters a reading may hold (e.g. {@link #FIGURE_CHARACTERS}), or null for any
     * @return one reading per crop, in order; an empty text when nothing was read; boxes are the crops' bounds
     */
    List<TextLine> recognize(List<BufferedImage> lines, String allowed);

    /**
     * A crop read as text (any character), and the same recognition read as a figure ({@link #FIGURE_CHARACTERS}
     * only), or null for the figure where the engine would have to recognize the crop again for it.
     */
    record Readings(TextLine text, TextLine figure) {
    }

    /**
     * Reads each image as one line of text, and as a figure where that costs the engine no second recognition (a CTC
     * recognizer's output decoded twice: {@link PaddleOcr}); an engine that would have to read a crop again leaves the
     * figure null, and the caller asks {@link #recognize} for the few it needs.
     *
     * @param lines crops holding one line of text each
     * @return one pair per crop, in order
     */
    default List<Readings> recognizeAlsoAsFigures(List<BufferedImage> lines) {
        return recognize(lines, null).stream().map(l -> new Readings(l, null)).toList();
    }

    /**
     * How likely each line is turned half a turn (a page scanned upside down), 0–1, or null when the engine cannot
     * tell (the caller then judges by how well the page reads).
     *
     * @param lines crops holding one line of text each
     */
    default double[] upsideDown(List<BufferedImage> lines) {
        return null;
    }

    /** The characters a printed figure is written with: digits, separators, a minus sign. */
    String FIGURE_CHARACTERS = "0123456789.,-";
}

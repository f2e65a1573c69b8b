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

package io.gongkai.extract.ocr;

import io.gongkai.error.EngineUnavailableException;
import org.opencv.core.Mat;

/**
 * Which way a page's text lines run, as PP-OCRv4's text detector finds them: across (an upright page, or one upside
 * down) or down (a page on its side). The detector marks the lines of text as regions whatever their direction; a
 * region more than twice as long one way as the other runs that way. Thread-safe.
 *
 * <p>Why not the ink alone: Chinese is set in a grid both ways, and a table of many narrow columns, or paragraphs set
 * with tight lines, piles its ink on pixel columns as much as on rows — a real upright 绩效目标表 measured as a page on
 * its side does ({@code Skew.rowsOverColumns} 0.51), where the detector found 162 lines across and none down (turned a
 * quarter: none across, 24 down).
 */
public final class LineDirection {
    /** The direction, or that the detector could not tell. */
    public enum Direction { ACROSS, DOWN, UNKNOWN }

    /** Lines a page must show at least, and more than {@link #DOMINANT} times the other way, for a direction. */
    static final int LEAST = 10;
    static final int DOMINANT = 3;
    private static final TextDetector DETECTOR = new TextDetector(960, DbPostProcess.PADDLE);

    private LineDirection() {
    }

    /**
     * The direction of the page's text lines; {@link Direction#UNKNOWN} when neither way has {@link #LEAST} lines and
     * {@link #DOMINANT} times the other's, or when the detector's model cannot be loaded.
     *
     * @param page 8-bit gray or BGR, dark text on light paper
     */
    public static Direction of(Mat page) {
        int across = 0, down = 0;
        try {
            for (TextDetector.Detection d : DETECTOR.detect(page)) {
                java.awt.Rectangle b = d.quad().bounds();
                double w = b.width, h = b.height;
                if (w >= 2 * h) across++;
                else if (h >= 2 * w) down++;
            }
        } catch (EngineUnavailableException e) {
            return Direction.UNKNOWN;
        }
        if (across >= LEAST && across > DOMINANT * down) return Direction.ACROSS;
        if (down >= LEAST && down > DOMINANT * across) return Direction.DOWN;
        return Direction.UNKNOWN;
    }
}

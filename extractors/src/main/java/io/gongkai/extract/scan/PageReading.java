package io.gongkai.extract.scan;

import io.gongkai.extract.image.OpenCv;
import io.gongkai.extract.image.Rulings;
import io.gongkai.extract.ocr.TextLine;
import io.gongkai.grid.Glyph;
import org.opencv.core.Core;
import org.opencv.core.Mat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's reading: the page (flattened gray, put upright and straight), its rulings, each phrase's box (pixels) and
 * what the engine read in it (a glyph in points, same index), the same recognition read as a figure (same index; null
 * where the engine would have to read the phrase again for it: {@link io.gongkai.extract.ocr.OcrEngine#recognizeAlsoAsFigures}),
 * and the mean confidence over them (weighted by their length), and the phrases read as nothing ({@code unread}). A black-and-white page is read softened ({@code flat});
 * {@code scanned} is the same page as scanned, two levels, put straight alike (null for any other page): its glyphs'
 * thin remnants are there ({@link #glyphCrops}). It owns the page images and the rulings' mask: {@link #release()} frees
 * them.
 */
record PageReading(Mat flat, Mat scanned, Rulings rulings, List<Rectangle> boxes, List<Glyph> glyphs, List<TextLine> asFigures, double confidence,
                   UnreadPhrases unread) {

    /** Releases the page image and the rulings' mask. */
    void release() {
        flat.release();
        if (scanned != null) scanned.release();
        rulings.release();
    }

    /**
     * The crops of these phrases for their glyphs to be looked at, each widened to its left by 0.6 of its height (the ink
     * box is the softened page's, and a 4's crossbar left as a dot beside its stem, as far out as that, is in no box):
     * from the page as read, or from the page as scanned where it was black and white ({@code asScanned}: a one-pixel
     * dot is still black there) — the same boxes, pixel for pixel.
     */
    List<BufferedImage> glyphCrops(List<Integer> which, float dpi, boolean asScanned) {
        Mat page = asScanned && scanned != null ? scanned : flat;
        List<BufferedImage> crops = new ArrayList<>(which.size());
        for (int i : which) {
            Rectangle r = boxes.get(i);
            int wider = Math.min(r.x, (int) Math.round(0.6 * r.height));
            crops.add(crop(page, rulings.mask(), new Rectangle(r.x - wider, r.y, r.width + wider, r.height), dpi));
        }
        return crops;
    }

    /** The crops of these phrases (indices into {@link #boxes()}), for an engine to read. */
    List<BufferedImage> crops(List<Integer> which, float dpi) {
        List<BufferedImage> crops = new ArrayList<>(which.size());
        for (int i : which) crops.add(crop(flat, rulings.mask(), boxes.get(i), dpi));
        return crops;
    }

    /**
     * A phrase's pixels for OCR: the flattened gray page inside its ink box and a fiftieth of an inch around it, ruling-line
     * pixels whitened, framed in white paper (a quarter of its height, at least 4 pixels): what stands beside a phrase
     * (a rule's grey edge, a neighbouring cell's text) is not the engine's to read.
     */
    static BufferedImage crop(Mat flat, Mat lines, Rectangle r, float dpi) {
        // the ink box is tight on thresholded ink: a blurred glyph's faint edge lies outside it (the last 0 of 742,560
        // cut to a C); the page's own pixels a fiftieth of an inch around it are kept
        int grow = grow(dpi);
        int x0 = Math.max(0, r.x - grow), y0 = Math.max(0, r.y - grow);
        int x1 = Math.min(flat.cols(), r.x + r.width + grow), y1 = Math.min(flat.rows(), r.y + r.height + grow);
        Mat roi = flat.submat(y0, y1, x0, x1).clone();
        Mat mask = lines.submat(y0, y1, x0, x1);
        roi.setTo(new org.opencv.core.Scalar(255), mask);
        mask.release();
        int pad = pad(r);
        Mat framed = new Mat();
        Core.copyMakeBorder(roi, framed, pad, pad, pad, pad, Core.BORDER_CONSTANT, new org.opencv.core.Scalar(255));
        roi.release();
        BufferedImage out = OpenCv.image(framed);
        framed.release();
        return out;
    }

    /** Pixels of the page kept around a phrase's ink box in its {@link #crop}. */
    private static int grow(float dpi) {
        return Math.max(2, Math.round(dpi / 50f));
    }

    /** Pixels of white paper framing a phrase's {@link #crop}. */
    private static int pad(Rectangle r) {
        return Math.max(4, r.height / 4);
    }

    /** The page's x (pixels) of the left edge of the phrase's {@link #crop}: a crop's x plus this is the page's. */
    static int cropLeft(Rectangle r, float dpi) {
        return Math.max(0, r.x - grow(dpi)) - pad(r);
    }

}

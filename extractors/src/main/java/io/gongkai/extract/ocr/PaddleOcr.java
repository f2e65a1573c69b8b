package io.gongkai.extract.ocr;

import org.opencv.core.Mat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * PP-OCRv4 (PaddleOCR's Chinese models: DB text detection, SVTR-LCNet recognition over 6623 characters, the
 * mobile v2.0 angle classifier) run by ONNX Runtime; the models come from the class path.
 *
 * <p>The models are loaded once per JVM, on first use (detection, recognition and the classifier each when first
 * needed), and shared: an instance holds no state and any number of threads may call it at once. Each model runs on
 * one thread per call (parallelism comes from reading several pages at once; the system property
 * {@code gongkai.paddle.threads}, read when a model loads, changes it). Failing to load ONNX Runtime or OpenCV
 * throws {@link io.gongkai.error.EngineUnavailableException}.
 *
 * <p>Images are 8-bit gray or RGB (any {@link BufferedImage} type; the models read 3 channels, gray is repeated).
 * Lines are expected horizontal and upright: vertical text is not read, and a page turned 180° needs turning first
 * ({@link #upsideDown} tells).
 */
public final class PaddleOcr implements OcrEngine {
    /**
     * The longest side, in pixels, at which {@link #read} detects text (a larger image is scaled down to it): an A4
     * page at 200 or 300 dpi is detected at about 110 dpi, where 7–12 pt table text was found and read exactly (at
     * PaddleOCR's 960, a few lines lost their first character).
     */
    public static final int DETECTION_MAX_SIDE = 1280;
    private final LineFinder finder;
    private final TextRecognizer recognizer;
    private final AngleClassifier classifier;
    private final LineMargin margin;

    /**
     * The engine with the settings measured on scanned budget tables: lines recognized one at a time (on one thread,
     * batches of lines padded to a common width were no faster: 9.0 ms per line of a table page alone, 9.3 in twos,
     * 9.8 in fours, 14.8 in eights), padded by 16 pixels (2 time steps) on the right, at least as wide as tall
     * (PaddleOCR's padding to 320 cost 40% more on table cells and read no better), at most 1600 pixels wide at height
     * 48 (longer lines squeezed: 45-character lines of prose still read exactly); crops given to {@link #recognize}
     * reframed around their ink.
     */
    public PaddleOcr() {
        this(new LineFinder(new TextDetector(DETECTION_MAX_SIDE, DbPostProcess.PADDLE), new RuleSplit(0.25), new LineExtension(0.5)),
                new TextRecognizer(1, TextRecognizer.HEIGHT, 1600, 16), new AngleClassifier(4), new LineMargin(0.5));
    }

    /**
     * An engine of parts.
     *
     * @param finder     finds the lines of a page ({@link #read})
     * @param recognizer reads lines
     * @param classifier tells upside-down lines
     * @param margin     reframes the crops given to {@link #recognize}, or null to read them as given
     */
    PaddleOcr(LineFinder finder, TextRecognizer recognizer, AngleClassifier classifier, LineMargin margin) {
        this.finder = finder;
        this.recognizer = recognizer;
        this.classifier = classifier;
        this.margin = margin;
    }

    @Override
    public String name() {
        return "paddle";
    }

    /**
     * Finds the text lines of an image and reads them. The image is scaled so that its longer side is at most
     * {@value #DETECTION_MAX_SIDE} pixels for detection; lines are cut from the full-resolution image for recognition.
     * A line crossing a table's vertical rule is split there (DB joins a figure flush against a rule to the text
     * beyond it).
     *
     * @param image a page or part of one, 8-bit gray or RGB
     * @return the lines read (empty readings left out), top to bottom and left to right, each with its box (upright,
     * in the image's pixels), its characters' horizontal extents in the image's pixels and their probabilities
     */
    @Override
    public List<TextLine> read(BufferedImage image) {
        Mat source = io.gongkai.extract.image.OpenCv.mat(image);
        List<Mat> crops = new ArrayList<>();
        try {
            List<LineFinder.Line> lines = finder.find(source);
            for (LineFinder.Line l : lines) crops.add(l.crop(source));
            List<List<TextRecognizer.Glyph>> read = recognizer.recognize(crops, new CtcDecoder(PaddleModels.characters(), null));
            List<TextLine> out = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = line(read.get(i), lines.get(i).box(), lines.get(i)::imageX);
                if (!line.text().isEmpty()) out.add(line);
            }
            return out;
        } finally {
            source.release();
            crops.forEach(Mat::release);
        }
    }

    /**
     * Reads each image as one line of text.
     *
     * @param lines   crops holding one line each, 8-bit gray or RGB
     * @param allowed the only characters a reading may hold (e.g. {@link #FIGURE_CHARACTERS}), or null for any
     * @return one reading per crop, in order: its box the crop's bounds, its characters' extents in the crop's pixels
     */
    @Override
    public List<TextLine> recognize(List<BufferedImage> lines, String allowed) {
        return recognize(lines, List.of(new CtcDecoder(PaddleModels.characters(), allowed))).get(0);
    }

    /**
     * Reads each image as one line, and the same network output decoded again with figure characters only: the
     * figure reading is what {@link #recognize recognize(lines, FIGURE_CHARACTERS)} gives for the same crop.
     */
    @Override
    public List<Readings> recognizeAlsoAsFigures(List<BufferedImage> lines) {
        List<List<TextLine>> read = recognize(lines, List.of(new CtcDecoder(PaddleModels.characters(), null),
                new CtcDecoder(PaddleModels.characters(), FIGURE_CHARACTERS)));
        List<Readings> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) out.add(new Readings(read.get(0).get(i), read.get(1).get(i)));
        return out;
    }

    /** Reads each image as one line, the recognizer run once and its output decoded by each decoder: per decoder, per crop. */
    private List<List<TextLine>> recognize(List<BufferedImage> lines, List<CtcDecoder> decoders) {
        List<Mat> crops = new ArrayList<>(lines.size());
        int[] offsets = new int[lines.size()];
        try {
            for (int i = 0; i < lines.size(); i++) {
                Mat m = io.gongkai.extract.image.OpenCv.mat(lines.get(i));
                if (margin == null) {
                    crops.add(m);
                    continue;
                }
                LineMargin.Framed f = margin.frame(m);
                m.release();
                crops.add(f.image());
                offsets[i] = f.offset();
            }
            List<List<List<TextRecognizer.Glyph>>> read = recognizer.recognize(crops, decoders);
            List<List<TextLine>> out = new ArrayList<>(decoders.size());
            for (List<List<TextRecognizer.Glyph>> decoded : read) {
                List<TextLine> each = new ArrayList<>(lines.size());
                for (int i = 0; i < lines.size(); i++) {
                    int dx = offsets[i];
                    each.add(line(decoded.get(i), new Rectangle(0, 0, lines.get(i).getWidth(), lines.get(i).getHeight()), x -> x + dx));
                }
                out.add(each);
            }
            return out;
        } finally {
            crops.forEach(Mat::release);
        }
    }

    /**
     * The probability (0–1) that each line is turned 180° (PaddleOCR's angle classifier; above 0.9 is PaddleOCR's
     * threshold for turning a line).
     *
     * @param lines crops holding one line each, 8-bit gray or RGB
     * @return one probability per line, in order
     */
    @Override
    public double[] upsideDown(List<BufferedImage> lines) {
        List<Mat> mats = new ArrayList<>(lines.size());
        try {
            for (BufferedImage line : lines) mats.add(io.gongkai.extract.image.OpenCv.mat(line));
            return classifier.upsideDown(mats);
        } finally {
            mats.forEach(Mat::release);
        }
    }

    /**
     * A reading as a line: spaces at its ends dropped, characters placed by {@code toImage} (crop x to image x) and
     * kept within the box.
     */
    private static TextLine line(List<TextRecognizer.Glyph> glyphs, Rectangle box, DoubleUnaryOperator toImage) {
        int from = 0, to = glyphs.size();
        while (from < to && glyphs.get(from).text().isBlank()) from++;
        while (to > from && glyphs.get(to - 1).text().isBlank()) to--;
        StringBuilder text = new StringBuilder();
        List<TextLine.Char> chars = new ArrayList<>(to - from);
        double confidence = from < to ? 1 : 0;
        for (TextRecognizer.Glyph g : glyphs.subList(from, to)) {
            text.append(g.text());
            int x0 = (int) Math.floor(toImage.applyAsDouble(g.x0())), x1 = (int) Math.ceil(toImage.applyAsDouble(g.x1()));
            x0 = Math.max(box.x, Math.min(box.x + box.width, x0));
            x1 = Math.max(x0, Math.min(box.x + box.width, x1));
            chars.add(new TextLine.Char(g.text(), x0, x1, g.probability(), g.alternatives()));
            confidence = Math.min(confidence, g.probability());
        }
        return new TextLine(text.toString(), box, confidence, chars);
    }
}

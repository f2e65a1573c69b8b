package io.gongkai.extract.scan;

import io.gongkai.extract.image.OpenCv;
import io.gongkai.extract.image.PageCleaner;
import io.gongkai.extract.image.Rulings;
import io.gongkai.extract.image.Skew;
import io.gongkai.extract.image.TextBoxes;
import io.gongkai.extract.ocr.OcrEngine;
import io.gongkai.extract.ocr.TextLine;
import io.gongkai.grid.Glyph;
import io.gongkai.grid.GridBuilder;
import io.gongkai.grid.GridCell;
import io.gongkai.grid.GridTable;
import io.gongkai.grid.Segment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.opencv.core.Core;
import org.opencv.core.Mat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scanned page read into what the text path reads from a PDF: ruling lines and text with boxes, in points from the
 * page's top-left corner. The grid builder, templates and identities then work as for a text-layer page.
 *
 * <p>The steps: coloured ink (seals) dropped and the paper flattened ({@link PageCleaner}); a page scanned sideways
 * turned upright; the skew measured and undone ({@link Skew}); ruling lines found by morphology ({@link Rulings});
 * the text's phrases found in the ink without them ({@link TextBoxes}) and each read as one line by the OCR engine;
 * then, in columns of figures, a figure read again with only a figure's characters allowed. A page that reads badly
 * is read the other way up too (scanned upside down). Thread-safe.
 */
public final class PageScanner {
    /** Rendering stops growing at this many pixels (a huge page image would otherwise exhaust memory). */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Below this mean confidence a page is read the other way up as well. */
    static final double UPSIDE_DOWN_SUSPECT = 0.6;
    /** Below this OCR confidence a figure is read again, figure characters only. */
    static final double FIGURE_CONFIDENCE = 0.9;
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("-?[0-9][0-9.,]*");

    private final float dpi;
    private final OcrEngine engine;
    /** A second, independent engine that reads every figure again, or null. */
    private final OcrEngine second;
    /** Why figures were not corroborated though a second engine was asked for (it could not be loaded), or null. */
    private volatile String uncorroborated;

    /** Why the second engine did not corroborate the figures (it could not be loaded), or null when it did or none was asked for. */
    public String uncorroborated() {
        return uncorroborated;
    }
    /** Threads that read scanned pages in parallel; idle ones end after a minute. */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gongkai-ocr");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param dpi    resolution at which pages are rendered for OCR
     * @param engine the OCR engine that reads them
     */
    public PageScanner(float dpi, OcrEngine engine) {
        this(dpi, engine, null);
    }

    /**
     * @param dpi    resolution at which pages are rendered for OCR
     * @param engine the OCR engine that reads them
     * @param second an independent engine that reads every figure again (corroboration), or null
     */
    public PageScanner(float dpi, OcrEngine engine, OcrEngine second) {
        this.dpi = dpi;
        this.engine = engine;
        this.second = second;
        // an engine with an angle classifier answers (here: nothing, for no lines); one without says null
        this.classifiesAngles = engine.upsideDown(List.of()) != null;
    }

    /** Whether the engine tells an upside-down line from an upright one (else a page is judged by how well it reads). */
    private final boolean classifiesAngles;

    /** Glyphs (a phrase's whole text each) and ruling segments of a page, in points. */
    public record Scan(List<Glyph> glyphs, List<Segment> segments, float dpi) {
    }

    /** A page image and the resolution it was rendered at. */
    public record Rendered(BufferedImage image, float dpi) {
    }

    /** Renders page {@code page} (1-based) in colour, at this scanner's resolution or less (at most {@link #MAX_PIXELS}). */
    public Rendered render(PDDocument doc, int page) throws IOException {
        var box = doc.getPage(page - 1).getCropBox();
        float scale = dpi;
        double pixels = (double) box.getWidth() * box.getHeight() * (dpi / 72f) * (dpi / 72f);
        if (pixels > MAX_PIXELS) scale = (float) (dpi * Math.sqrt(MAX_PIXELS / pixels));
        PDFRenderer renderer = new PDFRenderer(doc);
        // an embedded image far finer than the rendering is decoded subsampled, not whole (a huge scan stays bounded)
        renderer.setSubsamplingAllowed(true);
        return new Rendered(renderer.renderImageWithDPI(page - 1, scale, ImageType.RGB), scale);
    }

    /**
     * A page that is one stored scan image, at the image's own resolution (no resampling: rendering a 200 dpi scan at
     * 300 dpi only blurs it), or at this scanner's when the image is finer (a 600 dpi scan is read at 300 dpi).
     *
     * @param image    the stored image, decoded
     * @param dpi      its resolution (pixels per inch)
     * @param quarters quarter turns clockwise the page is shown with (/Rotate)
     */
    public Rendered stored(BufferedImage image, double dpi, int quarters) {
        BufferedImage img = image;
        float at = (float) dpi;
        if (dpi > this.dpi * 1.25 || (double) img.getWidth() * img.getHeight() > MAX_PIXELS) {
            double scale = Math.min(this.dpi / dpi, Math.sqrt(MAX_PIXELS / ((double) img.getWidth() * img.getHeight())));
            int w = Math.max(1, (int) Math.round(img.getWidth() * scale)), h = Math.max(1, (int) Math.round(img.getHeight() * scale));
            BufferedImage small = new BufferedImage(w, h, OpenCv.isGray(img) ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
            var g = small.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, w, h, null);
            g.dispose();
            img = small;
            at = (float) (dpi * scale);
        }
        if (Math.floorMod(quarters, 4) != 0) {
            OpenCv.load();
            Mat m = OpenCv.isGray(img) ? OpenCv.gray(img) : OpenCv.bgr(img);
            Mat t = Skew.turn(m, quarters);
            m.release();
            img = t.channels() == 1 ? OpenCv.image(t) : OpenCv.colourImage(t);
            t.release();
        }
        return new Rendered(img, at);
    }

    /** Reads a rendered page. */
    public Scan read(Rendered page, int number) {
        return read(page.image(), page.dpi(), number);
    }

    /** Reads a rendered page on a thread of the OCR pool. */
    public java.util.concurrent.Future<Scan> submit(Rendered page, int number) {
        return POOL.submit(() -> read(page, number));
    }

    /** Reads a page image scanned or rendered at {@code dpi}. */
    public Scan read(BufferedImage img, float dpi, int page) {
        OpenCv.load();
        Mat gray = PageCleaner.withoutColouredInk(img);
        Mat flat = PageCleaner.flatten(gray, dpi);
        gray.release();
        Mat soft = PageCleaner.softenedIfBilevel(flat, dpi);
        if (soft != flat) flat = replace(flat, soft);
        // the page's lie (sideways, skew) judged on a rough ink at half the resolution; the ink the page is read
        // from is made once, after it is put straight
        Mat rough = PageCleaner.roughInk(flat);
        if (Skew.rowsOverColumns(rough) < SIDEWAYS) {
            // scanned sideways: turned a quarter clockwise (the reading below turns it round if that was the wrong way)
            flat = replace(flat, Skew.turn(flat, 1));
            rough = replace(rough, Skew.turn(rough, 1));
        }
        double skew = Skew.angle(rough);
        rough.release();
        if (Math.abs(skew) >= 0.05) flat = replace(flat, Skew.rotate(flat, -skew, 255));
        Mat ink = PageCleaner.ink(flat, dpi);
        Found found = find(ink, dpi);
        if (upsideDown(flat, found, dpi)) {
            // the engine's angle classifier says the lines stand on their heads: turned half a turn before reading
            found.rulings().release();
            flat = replace(flat, Skew.turn(flat, 2));
            ink = replace(ink, PageCleaner.ink(flat, dpi));
            found = find(ink, dpi);
        }
        Read read = read(flat, found, dpi, page);
        ink.release();
        if (read.confidence() < UPSIDE_DOWN_SUSPECT && !classifiesAngles) {
            // read badly: perhaps upside down (its lines look the same either way); the better reading stands
            Mat turned = Skew.turn(flat, 2), turnedInk = PageCleaner.ink(turned, dpi);
            Read other = read(turned, find(turnedInk, dpi), dpi, page);
            turnedInk.release();
            if (other.confidence() > read.confidence() + 0.1) {
                read.release();
                read = other;
            } else {
                other.release();
            }
        }
        try {
            figures(read, dpi, page);
            double pt = 72.0 / dpi;
            List<Segment> segments = new ArrayList<>();
            for (Segment s : read.rulings().segments()) segments.add(new Segment(s.x0() * pt, s.y0() * pt, s.x1() * pt, s.y1() * pt));
            return new Scan(read.glyphs(), segments, dpi);
        } finally {
            read.release();
        }
    }

    /**
     * Whether the engine's angle classifier finds the page upside down: the page's longest phrases (up to 24), read
     * for their angle, are on average more likely turned than not (a sideways page turned the wrong way round is
     * upside down too). False when the engine has no classifier.
     */
    private boolean upsideDown(Mat flat, Found found, float dpi) {
        if (!classifiesAngles) return false;
        List<Rectangle> phrases = new ArrayList<>(found.phrases());
        phrases.sort(java.util.Comparator.comparingInt((Rectangle r) -> -r.width));
        List<BufferedImage> crops = new ArrayList<>();
        for (Rectangle r : phrases.subList(0, Math.min(24, phrases.size()))) {
            if (r.width >= 2 * r.height) crops.add(crop(flat, found.rulings().mask(), r, dpi)); // a line, not a lone figure
        }
        if (crops.size() < 3) return false;
        double[] p = engine.upsideDown(crops);
        double mean = 0;
        for (double x : p) mean += x;
        return mean / p.length > 0.6;
    }

    /** Below this ratio of row to column peakiness a page is sideways (upright pages measure 1.4 and more). */
    static final double SIDEWAYS = 0.8;

    private static Mat replace(Mat old, Mat next) {
        old.release();
        return next;
    }

    /**
     * A page's reading: its rulings, its phrases and what the engine read in each (as glyphs in points), and the mean
     * confidence over them (weighted by their length).
     */
    private record Read(Mat flat, Rulings rulings, List<Rectangle> boxes, List<Glyph> glyphs, double confidence) {
        /** Releases the page image and the rulings' mask (the reading owns them). */
        void release() {
            flat.release();
            rulings.release();
        }
    }

    /** A page's rulings, and its phrases found in the ink without them. */
    private record Found(Rulings rulings, List<Rectangle> phrases) {
    }

    private static Found find(Mat ink, float dpi) {
        Rulings rulings = Rulings.detect(ink, dpi);
        Mat text = new Mat();
        Core.subtract(ink, rulings.mask(), text);
        List<Rectangle> phrases = TextBoxes.phrases(text, rulings.segments(), dpi);
        text.release();
        return new Found(rulings, phrases);
    }

    private Read read(Mat flat, Found found, float dpi, int page) {
        Rulings rulings = found.rulings();
        List<Rectangle> phrases = found.phrases();
        List<BufferedImage> crops = new ArrayList<>(phrases.size());
        for (Rectangle r : phrases) crops.add(crop(flat, rulings.mask(), r, dpi));
        List<TextLine> lines = engine.recognize(crops, null);
        double pt = 72.0 / dpi;
        List<Glyph> glyphs = new ArrayList<>();
        List<Rectangle> boxes = new ArrayList<>();
        double weight = 0, sum = 0;
        for (int i = 0; i < phrases.size(); i++) {
            TextLine l = lines.get(i);
            if (l.text().isBlank()) continue;
            Rectangle b = phrases.get(i);
            boxes.add(b);
            glyphs.add(new Glyph(l.text(), b.x * pt, b.y * pt, (b.x + b.width) * pt, (b.y + b.height) * pt, b.height * pt, ocrConfidence(l.confidence())));
            weight += l.text().length();
            sum += l.confidence() * l.text().length();
        }
        return new Read(flat, rulings, boxes, glyphs, weight == 0 ? 1 : sum / weight);
    }

    /**
     * The second look at figures: in a column of figures, a phrase whose reading is not a figure, or is one read with
     * low confidence, is read again with only a figure's characters allowed (where the full alphabet lets a 1 be 工 or
     * l); the new reading replaces the old when it is a figure and the engine is at least as sure of it.
     */
    private void figures(Read read, float dpi, int page) {
        double pt = 72.0 / dpi;
        List<Segment> segments = new ArrayList<>();
        for (Segment s : read.rulings().segments()) segments.add(new Segment(s.x0() * pt, s.y0() * pt, s.x1() * pt, s.y1() * pt));
        List<GridTable> grids = new GridBuilder().lattice(page, List.of(), segments);
        List<Glyph> glyphs = read.glyphs();
        // each glyph's cell, and per column (table/column) how many of its one-column cells read as figures
        Map<Glyph, String> columnOf = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (int t = 0; t < grids.size(); t++) {
            for (GridCell c : grids.get(t).cells()) {
                if (c.colSpan() != 1) continue;
                String key = t + "/" + c.col();
                StringBuilder text = new StringBuilder();
                for (Glyph g : glyphs) {
                    if (g.cx() > c.x0() && g.cx() < c.x1() && g.cy() > c.y0() && g.cy() < c.y1()) {
                        columnOf.put(g, key);
                        text.append(g.text());
                    }
                }
                if (text.isEmpty()) continue;
                int[] n = counts.computeIfAbsent(key, k -> new int[2]);
                n[0]++;
                if (isFigure(text.toString())) n[1]++;
            }
        }
        java.util.Set<String> figureColumns = new java.util.HashSet<>();
        counts.forEach((key, n) -> {
            if (n[1] >= 3 && n[1] * 2 >= n[0]) figureColumns.add(key);
        });
        List<Integer> figures = new ArrayList<>(), again = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            boolean inFigures = figureColumns.contains(columnOf.get(g)) && mayBeFigure(g.text());
            if (inFigures || moneyLike(g.text())) figures.add(i);
            if (inFigures && (!isFigure(g.text()) || g.confidence() < FIGURE_CONFIDENCE) || moneyLike(g.text())) again.add(i);
        }
        if (!again.isEmpty()) {
            List<TextLine> lines = engine.recognize(crops(read, again, dpi), OcrEngine.FIGURE_CHARACTERS);
            for (int k = 0; k < again.size(); k++) {
                TextLine l = lines.get(k);
                Glyph g = glyphs.get(again.get(k));
                double conf = ocrConfidence(l.confidence());
                if (!isFigure(l.text())) continue;
                if (isFigure(g.text()) && conf < g.confidence()) continue;
                glyphs.set(again.get(k), new Glyph(l.text(), g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), conf));
            }
        }
        if (second != null && !figures.isEmpty()) corroborate(read, figures, dpi);
    }

    /**
     * Every figure read again by the second engine, figure characters only: where both read the same figure, the
     * reading is corroborated (confidence {@link io.gongkai.model.Confidence#CORROBORATED} or more); where they differ,
     * the first engine's reading stands with a confidence of at most one half (the identities decide, or it is
     * flagged).
     */
    private void corroborate(Read read, List<Integer> figures, float dpi) {
        if (uncorroborated != null) return;
        List<Glyph> glyphs = read.glyphs();
        List<TextLine> lines;
        try {
            lines = second.recognize(crops(read, figures, dpi), OcrEngine.FIGURE_CHARACTERS);
        } catch (io.gongkai.EngineUnavailableException e) {
            // the second engine is not installed: the figures stand on one reading (and no identity vouching for one
            // leaves it flagged); the document says so
            uncorroborated = "figures read by " + engine.name() + " alone, not corroborated by " + second.name() + ": " + e.getMessage();
            return;
        }
        for (int k = 0; k < figures.size(); k++) {
            Glyph g = glyphs.get(figures.get(k));
            String other = lines.get(k).text().replace(" ", "");
            boolean alike = sameFigure(g.text(), other);
            double conf = alike ? Math.max(io.gongkai.model.Confidence.CORROBORATED, Math.min(0.99, 1 - (1 - g.confidence()) * (1 - ocrConfidence(lines.get(k).confidence()))))
                    : Math.min(g.confidence(), 0.5);
            // a CTC recognizer merges a digit repeated without a gap (106,000 read 106,00): where the second reading is the
            // first with one repeated digit more, the second's text stands (still only half sure: the identities decide)
            String text = !alike && isFigure(other) && repeatsOneMore(g.text().replace(" ", ""), other) ? other : g.text();
            glyphs.set(figures.get(k), new Glyph(text, g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), conf));
        }
    }

    /** Whether {@code longer} is {@code shorter} with one of its characters doubled where it stands (000 for 00). */
    static boolean repeatsOneMore(String shorter, String longer) {
        if (longer.length() != shorter.length() + 1) return false;
        for (int i = 0; i < longer.length(); i++) {
            if (longer.substring(0, i).concat(longer.substring(i + 1)).equals(shorter)
                    && (i > 0 && longer.charAt(i - 1) == longer.charAt(i) || i + 1 < longer.length() && longer.charAt(i + 1) == longer.charAt(i))) return true;
        }
        return false;
    }

    /** Whether two readings are the same figure: the same digits, and the same decimals (separators as OCR reads them aside). */
    static boolean sameFigure(String a, String b) {
        String x = a.replace(" ", ""), y = b.replace(" ", "");
        if (!isFigure(x) || !isFigure(y)) return false;
        if (!x.replaceAll("[^0-9-]", "").equals(y.replaceAll("[^0-9-]", ""))) return false;
        return decimals(x) == decimals(y);
    }

    /** Digits after a figure's decimal point (the last separator followed by one or two digits), else 0. */
    private static int decimals(String figure) {
        int at = Math.max(figure.lastIndexOf('.'), figure.lastIndexOf(','));
        int after = at < 0 ? 0 : figure.length() - at - 1;
        return after >= 1 && after <= 2 ? after : 0;
    }

    private List<BufferedImage> crops(Read read, List<Integer> which, float dpi) {
        List<BufferedImage> crops = new ArrayList<>(which.size());
        for (int i : which) crops.add(crop(read.flat(), read.rulings().mask(), read.boxes().get(i), dpi));
        return crops;
    }

    /**
     * A phrase's pixels for OCR: the flattened gray page inside its ink box and a fiftieth of an inch around it, ruling-line
     * pixels whitened, framed in white paper (a quarter of its height, at least 4 pixels): what stands beside a phrase
     * (a rule's grey edge, a neighbouring cell's text) is not the engine's to read.
     */
    private static BufferedImage crop(Mat flat, Mat lines, Rectangle r, float dpi) {
        // the ink box is tight on thresholded ink: a blurred glyph's faint edge lies outside it (the last 0 of 742,560
        // cut to a C); the page's own pixels a fiftieth of an inch around it are kept
        int grow = Math.max(2, Math.round(dpi / 50f));
        int x0 = Math.max(0, r.x - grow), y0 = Math.max(0, r.y - grow);
        int x1 = Math.min(flat.cols(), r.x + r.width + grow), y1 = Math.min(flat.rows(), r.y + r.height + grow);
        Mat roi = flat.submat(y0, y1, x0, x1).clone();
        Mat mask = lines.submat(y0, y1, x0, x1);
        roi.setTo(new org.opencv.core.Scalar(255), mask);
        mask.release();
        int pad = Math.max(4, r.height / 4);
        Mat framed = new Mat();
        Core.copyMakeBorder(roi, framed, pad, pad, pad, pad, Core.BORDER_CONSTANT, new org.opencv.core.Scalar(255));
        roi.release();
        BufferedImage out = OpenCv.image(framed);
        framed.release();
        return out;
    }

    /** Whether text reads as a figure (a number with its separators). */
    static boolean isFigure(String text) {
        return FIGURE.matcher(text.replace(" ", "")).matches();
    }

    /** Whether text could be a misread figure: no Chinese but 工 (a 1), or one character among three digits or more (3014计); not a dash, not blank. */
    static boolean mayBeFigure(String text) {
        String t = text.replace(" ", "").replace("工", "1");
        int han = io.gongkai.normalize.TextNormalizer.hanCount(t);
        long digits = t.chars().filter(Character::isDigit).count();
        return !t.isEmpty() && (han == 0 || han == 1 && digits >= 3) && !t.matches("[-—–_~一]+");
    }

    /**
     * Whether text not read as a figure looks like a misread amount wherever it stands (a one-row table has no column
     * of figures): four digits or more, a decimal point or a thousands separator, and more digits than anything else.
     */
    static boolean moneyLike(String text) {
        if (isFigure(text)) return false;
        String t = text.replace(" ", "");
        long digits = t.chars().filter(Character::isDigit).count();
        return digits >= 4 && (t.indexOf('.') >= 0 || t.indexOf(',') >= 0) && digits * 2 > t.length();
    }

    /** One engine's 0–1 as a glyph's confidence: at most {@link io.gongkai.model.Confidence#ONE_READING} (see there). */
    private static double ocrConfidence(double c) {
        return Math.max(0, Math.min(io.gongkai.model.Confidence.ONE_READING, c));
    }

    /** Whether a page has no usable text layer and must be read from its image. */
    public static boolean needsOcr(List<Glyph> glyphs) {
        return glyphs.stream().noneMatch(g -> !g.text().isBlank());
    }
}

package io.gongkai.extract.scan;

import io.gongkai.budget.Budget.Deadline;
import io.gongkai.extract.image.OpenCv;
import io.gongkai.extract.image.PageCleaner;
import io.gongkai.extract.image.Rulings;
import io.gongkai.extract.image.Skew;
import io.gongkai.extract.image.TypeSize;
import io.gongkai.extract.image.TextBoxes;
import io.gongkai.extract.ocr.OcrEngine;
import io.gongkai.extract.ocr.TextLine;
import io.gongkai.grid.Glyph;
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
import java.util.List;

/**
 * A scanned page read into what the text path reads from a PDF: ruling lines and text with boxes, in points from the
 * page's top-left corner. The grid builder, templates and identities then work as for a text-layer page.
 *
 * <p>The steps: coloured ink (seals) dropped, a negative made positive and the paper flattened ({@link PageCleaner}); a page scanned sideways
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

    private final float dpi;
    private final OcrEngine engine;
    /** The figures' second look, and their corroboration by a second engine. */
    private final FigureReader figureReader;

    /** Why the second engine did not corroborate the figures (it could not be loaded), or null when it did or none was asked for. */
    public String uncorroborated() {
        return figureReader.uncorroborated();
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
        this(dpi, engine, second, false);
    }

    private PageScanner(float dpi, OcrEngine engine, OcrEngine second, boolean later) {
        this.dpi = dpi;
        this.engine = engine;
        this.figureReader = new FigureReader(engine, second);
        this.later = later;
        // an engine with an angle classifier answers (here: nothing, for no lines); one without says null
        this.classifiesAngles = engine.upsideDown(List.of()) != null;
    }

    /** Whether the second engine's readings are held for the caller to ask for ({@link Scan#corroborated}). */
    private final boolean later;

    /**
     * This scanner, the second engine's readings of a page's figures held in its {@link Scan} until the caller asks for
     * them ({@link Scan#corroborated}: when the document's identities want them); without a second engine, the same.
     */
    public PageScanner corroboratingLater() {
        return new PageScanner(dpi, engine, figureReader.second(), true);
    }

    /** The second engine's readings of a scan's figures, on a thread of the OCR pool, within a document's budget. */
    public java.util.concurrent.Future<Scan> submitCorroborated(Scan scan, Deadline deadline) {
        return POOL.submit(deadline.counted(scan::corroborated));
    }

    /** The resolution pages are rendered at for OCR, in pixels per inch (a stored scan finer than it is read at it). */
    public float dpi() {
        return dpi;
    }

    /** Whether the engine tells an upside-down line from an upright one (else a page is judged by how well it reads). */
    private final boolean classifiesAngles;

    /**
     * Glyphs (a phrase's whole text each) and ruling segments of a page, in points.
     *
     * @param notRead   why the page was not read (its image is no printed page: noise, a photo), or null when it was
     * @param sealCover where an opaque seal covers the page, its cells' readings in doubt ({@link SealCover#marked}), or
     *                  null when it has none
     * @param corroboration the page's figures held for the second engine ({@link #later}), or null: read by it already,
     *                  or none to read
     * @param cut       the edges of the image a table's rules run off ({@link #cutEdges}: "bottom", "right and bottom"),
     *                  or null when none does
     * @param unread    the phrases the engine read as nothing, their cells' readings in doubt ({@link UnreadPhrases#marked})
     */
    public record Scan(List<Glyph> glyphs, List<Segment> segments, float dpi, String notRead, SealCover sealCover,
                       Corroboration corroboration, String cut, UnreadPhrases unread) {
        public Scan(List<Glyph> glyphs, List<Segment> segments, float dpi) {
            this(glyphs, segments, dpi, null, null, null, null, UnreadPhrases.NONE);
        }

        public Scan(List<Glyph> glyphs, List<Segment> segments, float dpi, String notRead) {
            this(glyphs, segments, dpi, notRead, null, null, null, UnreadPhrases.NONE);
        }

        /**
         * This page with its figures read by the second engine (its {@link #corroboration}), as they would have been
         * had it been read at once; this scan itself when none are held.
         */
        public Scan corroborated() {
            if (corroboration == null) return this;
            return new Scan(corroboration.applied(glyphs), segments, dpi, notRead, sealCover, null, cut, unread);
        }
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
     * Scans of type at least this large (the median height of its characters' pieces of ink, {@link TypeSize}: 19 pixels
     * at 200 dpi) are read at {@link #LARGE_TYPE_DPI} whatever resolution they were scanned at. Measured on the scan
     * matrix's 300 dpi conditions (13 real documents, 797 amounts each): read at 200 dpi, clean 797 → 797 exact, noisy
     * 791 → 793, colour 797 → 797, photographed 795 → 796, at 45–55% less CPU a page; the seed's 7–8 pt landscape
     * tables (0.040–0.080 inch) photographed lost 324 of 1,283 amounts at 200 dpi, and are read at the scan's own.
     */
    static final double LARGE_TYPE_INCHES = 0.095;
    /** The resolution a scan of large type is read at ({@link #LARGE_TYPE_INCHES}), dpi. */
    static final float LARGE_TYPE_DPI = 200;

    /**
     * A page that is one stored scan image, at the image's own resolution (no resampling: rendering a 200 dpi scan at
     * 300 dpi only blurs it), or at this scanner's when the image is finer (a 600 dpi scan is read at 300 dpi), or at
     * {@value #LARGE_TYPE_DPI} dpi when it is finer than that and its type is large ({@link #LARGE_TYPE_INCHES}: a
     * budget's 10.5 pt table scanned at 300 dpi). A black-and-white scan (two levels only) is read at its own resolution up to this scanner's:
     * averaged down, it would no longer be 1-bit, and its strokes are looked at as such.
     *
     * @param image    the stored image, decoded
     * @param dpi      its resolution (pixels per inch)
     * @param quarters quarter turns clockwise the page is shown with (/Rotate)
     */
    public Rendered stored(BufferedImage image, double dpi, int quarters) {
        BufferedImage img = image;
        float at = (float) dpi;
        double most = this.dpi;
        if (dpi > LARGE_TYPE_DPI * 1.25 && most > LARGE_TYPE_DPI) {
            OpenCv.load();
            Mat gray = OpenCv.gray(img);
            if (!PageCleaner.isBilevel(gray) && TypeSize.inches(gray, dpi) >= LARGE_TYPE_INCHES) most = LARGE_TYPE_DPI;
            gray.release();
        }
        if (dpi > most * 1.25 || (double) img.getWidth() * img.getHeight() > MAX_PIXELS) {
            double scale = Math.min(most / dpi, Math.sqrt(MAX_PIXELS / ((double) img.getWidth() * img.getHeight())));
            int w = Math.max(1, (int) Math.round(img.getWidth() * scale)), h = Math.max(1, (int) Math.round(img.getHeight() * scale));
            // averaged over each new pixel's area (bilinear sampling skips pixels when shrinking by more than half)
            OpenCv.load();
            boolean gray = OpenCv.isGray(img);
            Mat m = gray ? OpenCv.gray(img) : OpenCv.bgr(img), small = new Mat();
            org.opencv.imgproc.Imgproc.resize(m, small, new org.opencv.core.Size(w, h), 0, 0, org.opencv.imgproc.Imgproc.INTER_AREA);
            m.release();
            img = gray ? OpenCv.image(small) : OpenCv.colourImage(small);
            small.release();
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
        return read(page.image(), page.dpi(), number, Deadline.NONE);
    }

    /** Reads a rendered page within a document's budget (its time checked at each stage and every {@link #CHUNK} phrases). */
    public Scan read(Rendered page, int number, Deadline deadline) {
        return read(page.image(), page.dpi(), number, deadline);
    }

    /** Reads a rendered page on a thread of the OCR pool, within a document's budget. */
    public java.util.concurrent.Future<Scan> submit(Rendered page, int number, Deadline deadline) {
        return POOL.submit(deadline.counted(() -> read(page, number, deadline)));
    }

    /** Reads a page image scanned or rendered at {@code dpi}. */
    public Scan read(BufferedImage img, float dpi, int page) {
        return read(img, dpi, page, Deadline.NONE);
    }

    /** Phrases recognized at a time between two checks of the deadline. */
    static final int CHUNK = 64;
    /** A bar this many text lines tall is an edge, a shadow or a fold, no text ({@link #isEdge}). */
    static final double EDGE_LINES = 4;
    /** What an edge or a rule reads as: one bar. */
    private static final java.util.regex.Pattern LONE_BAR = java.util.regex.Pattern.compile("[|│丨lI1!\\[\\]()（）]");

    /**
     * Reads a page image scanned or rendered at {@code dpi}, within a document's budget. A page whose image is no
     * printed page ({@link #notPrinted}: noise, a photo) is not read: its scan has no glyphs and says why.
     *
     * @throws io.gongkai.error.BudgetExceededException when the document's time is spent
     */
    public Scan read(BufferedImage img, float dpi, int page, Deadline deadline) {
        deadline.check("OCR of page " + page);
        OpenCv.load();
        // what does not depend on the page's skew is done once: the page is laid straight by its skew and, where that
        // shows no rule, laid as it lies too (below), each from a copy
        Upright upright = upright(img, dpi);
        Laid turned;
        try {
            turned = laid(upright.copy(), dpi, page, deadline, false);
        } catch (RuntimeException | Error e) {
            upright.release();
            throw e;
        }
        if (turned.notPrinted() != null || turned.ruled() || Math.abs(turned.skew()) < MIN_TURN) {
            upright.release();
            return finish(turned, dpi, page, deadline);
        }
        // put "straight" by the skew measured, the page showed no rule: the measure may be wrong (a page rendered crisp at
        // 150 dpi, its hairlines a pixel thin, measured on its text alone: -0.8°, every rule lost once turned so). As it
        // lies, a page that shows rules is read so; one that shows none either (unruled) is read turned. Rules are
        // looked for before anything is recognized: no page is recognized twice, nor prepared twice
        Laid lying;
        try {
            deadline.check("OCR of page " + page + ": looking for its rules as it lies");
            lying = laid(upright, dpi, page, deadline, true);
        } catch (RuntimeException | Error e) {
            turned.release();
            throw e;
        }
        if (lying.notPrinted() != null || lying.ruled()) {
            turned.release();
            return finish(lying, dpi, page, deadline);
        }
        lying.release();
        return finish(turned, dpi, page, deadline);
    }

    /**
     * How near an image's edge (inches) a rule's end stands to run off it ({@link #AT_EDGE}); how far past the last rule
     * across them (inches) rules must run to go on beyond it ({@link #PAST_LAST}: more than a rule's thickness).
     */
    static final double AT_EDGE = 0.03, PAST_LAST = 0.02;

    /**
     * The edges of the image that a table's rules run off, the scan cut short there: two rules or more of one
     * direction reaching the edge (within {@link #AT_EDGE}) and running on {@link #PAST_LAST} or more past the last rule
     * across them — rows (columns) beyond it were not scanned; a table whose border is the image's edge stops at it. A
     * newcomer's scans cut across tables (their bottom rows, their right columns off the image) lost 19 amounts with no
     * word but failing sums. Null when no edge is so.
     *
     * @param segments the page's rules, pixels of the image laid straight
     */
    static String cutEdges(List<Segment> segments, int width, int height, float dpi) {
        double edge = Math.max(3, AT_EDGE * dpi), past = Math.max(3, PAST_LAST * dpi);
        List<Segment> h = segments.stream().filter(Segment::horizontal).toList(), v = segments.stream().filter(Segment::vertical).toList();
        if (h.isEmpty() || v.isEmpty()) return null;
        List<String> cut = new ArrayList<>();
        if (runsOff(v, h, true, false, edge, past, height)) cut.add("top");
        if (runsOff(v, h, false, false, edge, past, height)) cut.add("bottom");
        if (runsOff(h, v, true, true, edge, past, width)) cut.add("left");
        if (runsOff(h, v, false, true, edge, past, width)) cut.add("right");
        return cut.isEmpty() ? null : String.join(" and ", cut);
    }

    /**
     * Whether two of {@code along} reach the image's edge ({@code start}: its top or left one) and run {@code past} or
     * more beyond every rule of {@code across}.
     */
    private static boolean runsOff(List<Segment> along, List<Segment> across, boolean start, boolean horizontal, double edge, double past, int length) {
        int reaching = 0;
        double reach = start ? Double.MAX_VALUE : -1;
        for (Segment s : along) {
            double end = start ? (horizontal ? Math.min(s.x0(), s.x1()) : Math.min(s.y0(), s.y1())) : (horizontal ? Math.max(s.x0(), s.x1()) : Math.max(s.y0(), s.y1()));
            if (start ? end > edge : end < length - 1 - edge) continue;
            reaching++;
            reach = start ? Math.min(reach, end) : Math.max(reach, end);
        }
        if (reaching < 2) return false;
        double last = start ? Double.MAX_VALUE : -1;
        for (Segment s : across) {
            double at = horizontal ? s.x0() : s.y0();
            last = start ? Math.min(last, at) : Math.max(last, at);
        }
        return start ? last - reach >= past : reach - last >= past;
    }

    /** The least skew (degrees) a page is turned by to put it straight. */
    static final double MIN_TURN = 0.05;

    /**
     * A page made paper and ink, upright, before its skew is measured: its flattened gray ({@code flat}), the same as
     * scanned where it was black and white ({@code scanned}, else null), where an opaque seal lay ({@code seal}, or
     * null) and a rough ink at half the resolution ({@code rough}). Owns its images.
     */
    private record Upright(Mat flat, Mat scanned, Mat seal, Mat rough, boolean bilevel, boolean dusty) {
        Upright copy() {
            return new Upright(flat.clone(), scanned == null ? null : scanned.clone(), seal == null ? null : seal.clone(),
                    rough.clone(), bilevel, dusty);
        }

        void release() {
            flat.release();
            PageScanner.release(scanned);
            PageScanner.release(seal);
            rough.release();
        }
    }

    private static Upright upright(BufferedImage img, float dpi) {
        PageCleaner.Decoloured decoloured = PageCleaner.decoloured(img, dpi);
        Mat gray = decoloured.gray();
        // where an opaque seal lay, followed through every turn and warp the page is given (SealCover)
        Mat seal = decoloured.seal();
        Mat positive = PageCleaner.positive(gray);
        if (positive != gray) gray = replace(gray, positive);
        // a band or block printed light on dark, before the sheet is looked for: its edge is no sheet's edge
        Mat positiveRegions = PageCleaner.positiveRegions(gray, dpi);
        if (positiveRegions != gray) gray = replace(gray, positiveRegions);
        Mat unsalted = PageCleaner.medianIfSalted(gray, dpi);
        if (unsalted != gray) gray = replace(gray, unsalted);
        // a photo's desk around the sheet made paper: its edge is no table's border
        Mat sheet = PageCleaner.sheetOnly(gray);
        if (sheet != null) {
            gray = replace(gray, sheet);
            // (a photo's sheet cut out and made square: the seal's place on it is not followed; its cells go unmarked)
            seal = release(seal);
        }
        Mat flat = PageCleaner.flatten(gray, dpi);
        gray.release();
        // a light dot screen under the print (security paper, a coarse halftone's shading): its columns of dots are no rules
        Mat unscreened = io.gongkai.extract.image.DotScreen.removed(flat, dpi);
        if (unscreened != flat) flat = replace(flat, unscreened);
        // the print of the sheet's back showing through thin paper, darker than the ink threshold leaves out
        Mat unthrough = io.gongkai.extract.image.ShowThrough.removed(flat, dpi);
        if (unthrough != flat) flat = replace(flat, unthrough);
        // a page exposed twice over itself, a few pixels off: the second copy taken out before anything is read
        org.opencv.core.Point doubled = io.gongkai.extract.image.DoubleExposure.offset(flat, dpi);
        if (doubled != null) flat = replace(flat, io.gongkai.extract.image.DoubleExposure.undone(flat, doubled));
        Mat clean = PageCleaner.despeckledIfSalted(flat, dpi);
        if (clean != flat) flat = replace(flat, clean);
        PageCleaner.darkenedIfFaint(flat);
        Mat soft = PageCleaner.softenedIfBilevel(flat, dpi);
        boolean bilevel = soft != flat;
        // on a dusty black-and-white page a speck beside a 1 is no 4's crossbar (FigureReader)
        boolean dusty = bilevel && PageCleaner.specksPerSquareInch(flat, dpi) >= FigureReader.DUSTY;
        // a black-and-white page is kept as scanned beside the softened one it is read from, and put straight with it:
        // a 4's crossbar left as a one-pixel dot is a trace the softening and the turn all but erase (243 of 255 on the
        // matrix's bw-200 page), black here (FigureReader reads the 1s' glyphs on it: LostDiagonals)
        Mat scanned = null;
        if (bilevel) {
            scanned = flat;
            flat = soft;
        }
        // the page's lie (sideways, skew) judged on a rough ink at half the resolution; the ink the page is read
        // from is made once, after it is put straight
        Mat rough = PageCleaner.roughInk(flat);
        // the ink's profile says sideways; the text detector has the last word where it can tell (a table of many
        // narrow columns and tight paragraphs piles ink on pixel columns as lines do on rows)
        if (Skew.rowsOverColumns(rough) < SIDEWAYS && io.gongkai.extract.ocr.LineDirection.of(flat) != io.gongkai.extract.ocr.LineDirection.Direction.ACROSS) {
            // scanned sideways: turned a quarter clockwise (the reading below turns it round if that was the wrong way)
            flat = replace(flat, Skew.turn(flat, 1));
            rough = replace(rough, Skew.turn(rough, 1));
            if (scanned != null) scanned = replace(scanned, Skew.turn(scanned, 1));
            if (seal != null) seal = replace(seal, Skew.turn(seal, 1));
        }
        return new Upright(flat, scanned, seal, rough, bilevel, dusty);
    }

    /**
     * A page laid straight (or as it lies), its rulings and phrases found: what is recognized. {@code notPrinted}: why
     * its image is no printed page (its images then released), else null. Owns its images.
     */
    private record Laid(Mat flat, Mat scanned, Mat seal, Mat ink, Found found, double noise, boolean bilevel, boolean dusty,
                        double skew, String notPrinted) {
        boolean ruled() {
            return !found.rulings().segments().isEmpty();
        }

        void release() {
            found.rulings().release();
            ink.release();
            flat.release();
            PageScanner.release(scanned);
            PageScanner.release(seal);
        }
    }

    /**
     * The upright page laid straight by its skew ({@code asItLies}: as it lies; both dewarped and their keystone undone),
     * its rulings and phrases found. Takes {@code page}'s images over.
     */
    private static Laid laid(Upright page, float dpi, int number, Deadline deadline, boolean asItLies) {
        Mat flat = page.flat(), rough = page.rough(), scanned = page.scanned(), seal = page.seal();
        double skew = asItLies ? 0 : Skew.angle(rough);
        if (Math.abs(skew) >= MIN_TURN) {
            flat = replace(flat, Skew.rotate(flat, -skew, 255));
            rough = replace(rough, PageCleaner.roughInk(flat));
            if (scanned != null) scanned = replace(scanned, Skew.rotate(scanned, -skew, 255));
            if (seal != null) seal = replace(seal, Skew.rotate(seal, -skew, 0));
        }
        // a lens's or a curled sheet's bowed rules made straight, before the keystone is measured: a bowed rule's
        // pieces lean differently across the page, as a keystone's lines do, and no homography puts them straight
        Mat straight = io.gongkai.extract.image.Dewarp.corrected(flat, rough, dpi, seal);
        if (straight != null) {
            flat = replace(flat, straight);
            rough = replace(rough, PageCleaner.roughInk(flat));
            // (the page as scanned is not remapped alike)
            scanned = release(scanned);
        }
        // a photo's keystone: lines that lean differently across the page made upright and level
        Mat keyed = io.gongkai.extract.image.Keystone.corrected(flat, rough, seal);
        rough.release();
        if (keyed != null) {
            flat = replace(flat, keyed);
            // (a keystone's second look is measured on the page it warped: the page as scanned is not warped alike)
            scanned = release(scanned);
        }
        double noise = PageCleaner.noise(flat); // once: turning the page changes nothing in it
        Mat ink = PageCleaner.ink(flat, dpi, noise, page.bilevel());
        deadline.check("OCR of page " + number + ": finding its rulings and phrases");
        Found found = find(ink, flat, dpi, noise, page.bilevel());
        String notPrinted = notPrinted(ink, found.phrases(), dpi);
        return new Laid(flat, scanned, seal, ink, found, noise, page.bilevel(), page.dusty(), skew, notPrinted);
    }

    /** Recognizes a laid page: its phrases read, its figures looked at again, its unit read. Releases its images. */
    private Scan finish(Laid laid, float dpi, int page, Deadline deadline) {
        if (laid.notPrinted() != null) {
            laid.release();
            return new Scan(List.of(), List.of(), dpi, laid.notPrinted());
        }
        String stage = "OCR of page " + page;
        Mat flat = laid.flat(), scanned = laid.scanned(), seal = laid.seal(), ink = laid.ink();
        Found found = laid.found();
        double noise = laid.noise();
        boolean bilevel = laid.bilevel();
        deadline.check(stage);
        if (upsideDown(flat, found, dpi)) {
            // the engine's angle classifier says the lines stand on their heads: turned half a turn before reading
            found.rulings().release();
            flat = replace(flat, Skew.turn(flat, 2));
            if (scanned != null) scanned = replace(scanned, Skew.turn(scanned, 2));
            if (seal != null) seal = replace(seal, Skew.turn(seal, 2));
            ink = replace(ink, PageCleaner.ink(flat, dpi, noise, bilevel));
            found = find(ink, flat, dpi, noise, bilevel);
        }
        // the rulings and phrases are found: the page is now made what the recognizer reads best
        PageCleaner.forRecognition(flat, dpi, noise);
        PageReading read = read(flat, scanned, found, dpi, page, deadline);
        ink.release();
        if (read.confidence() < UPSIDE_DOWN_SUSPECT && !classifiesAngles) {
            // read badly: perhaps upside down (its lines look the same either way); the better reading stands
            deadline.check(stage + ": reading it the other way up");
            Mat turned = Skew.turn(flat, 2);
            double turnedNoise = PageCleaner.noise(turned); // smoothed for recognition by now, perhaps
            Mat turnedInk = PageCleaner.ink(turned, dpi, turnedNoise, bilevel);
            PageReading other = read(turned, scanned == null ? null : Skew.turn(scanned, 2), find(turnedInk, turned, dpi, turnedNoise, bilevel), dpi, page, deadline);
            turnedInk.release();
            if (other.confidence() > read.confidence() + 0.1) {
                read.release();
                read = other;
                if (seal != null) seal = replace(seal, Skew.turn(seal, 2));
            } else {
                other.release();
            }
        }
        try {
            deadline.check(stage + ": reading its figures again");
            Corroboration held = figureReader.read(read, dpi, page, bilevel, laid.dusty(), later);
            UnitReader.read(read, engine, dpi);
            double pt = 72.0 / dpi;
            List<Segment> segments = new ArrayList<>();
            for (Segment s : read.rulings().segments()) segments.add(new Segment(s.x0() * pt, s.y0() * pt, s.x1() * pt, s.y1() * pt));
            return new Scan(read.glyphs(), withoutGlyphSizedGrids(segments, page), dpi, null, seal == null ? null : SealCover.of(seal, dpi), held,
                    cutEdges(read.rulings().segments(), flat.cols(), flat.rows(), dpi), read.unread());
        } finally {
            read.release();
            release(seal);
        }
    }

    /**
     * The narrowest a grid of rules is that can hold a table, in points (1.5 inches): a label column and a column of
     * figures. Narrower, its rules are the strokes of large type: a cover's 30-point title at 300 dpi leaves the long
     * strokes of 年 and 单 an inch long, which crossed as a grid of one row and four columns (a newcomer's whole-document
     * scans: a table on the cover of every one, its one cell a suspect "1", and exit 1).
     */
    static final double LEAST_TABLE_WIDTH = 108;

    /**
     * The segments (points) less those of grids narrower than {@link #LEAST_TABLE_WIDTH} and as short: a column of rows as
     * tall as a table is no glyph's strokes (a sheet's last column printed alone on the next page, 3.2 cm wide and
     * 30 rows tall, had been taken for one, and its figures lost).
     */
    static List<Segment> withoutGlyphSizedGrids(List<Segment> segments, int page) {
        List<io.gongkai.grid.GridTable> small = new io.gongkai.grid.GridBuilder().lattice(page, List.of(), segments).stream()
                .filter(t -> t.right() - t.left() < LEAST_TABLE_WIDTH && t.bottom() - t.top() < LEAST_TABLE_WIDTH).toList();
        if (small.isEmpty()) return segments;
        double slack = 2;
        return segments.stream().filter(s -> small.stream().noneMatch(t -> Math.min(s.x0(), s.x1()) >= t.left() - slack
                && Math.max(s.x0(), s.x1()) <= t.right() + slack && Math.min(s.y0(), s.y1()) >= t.top() - slack
                && Math.max(s.y0(), s.y1()) <= t.bottom() + slack)).toList();
    }

    /**
     * Whether the engine's angle classifier finds the page upside down: the page's longest phrases (up to 24), read
     * for their angle, are on average more likely turned than not (a sideways page turned the wrong way round is
     * upside down too). Only lines of the text count ({@link #orientationLines}):
     * a rule's remnants are the longest marks of a grey photocopy whose hairlines stood beside their fit, and read for
     * an angle they are no text (a newcomer's copy of 司法局26: its upright second page was turned on the say of 18
     * flat pieces of rules).
     * False when the engine has no classifier.
     */
    private boolean upsideDown(Mat flat, Found found, float dpi) {
        if (!classifiesAngles) return false;
        List<BufferedImage> crops = new ArrayList<>();
        for (Rectangle r : orientationLines(found.phrases(), dpi)) crops.add(PageReading.crop(flat, found.rulings().mask(), r, dpi));
        if (crops.size() < 3) return false;
        double[] p = engine.upsideDown(crops);
        double mean = 0;
        for (double x : p) mean += x;
        return mean / p.length > 0.6;
    }

    /**
     * The phrases a page's orientation is judged on: its longest (up to 24) that are lines of its text, as tall as the
     * text (0.6 of {@link TextBoxes#typicalHeight} and more) and twice as wide as tall at least (a line, not a lone
     * figure).
     */
    static List<Rectangle> orientationLines(List<Rectangle> phrases, float dpi) {
        int typical = TextBoxes.typicalHeight(phrases, dpi);
        List<Rectangle> lines = new ArrayList<>(phrases);
        lines.removeIf(r -> r.height < 0.6 * typical || r.width < 2 * r.height);
        lines.sort(java.util.Comparator.comparingInt((Rectangle r) -> -r.width));
        return lines.subList(0, Math.min(24, lines.size()));
    }

    /**
     * Why a page's image is no printed page, or null when it may be one: more phrases than a page of print holds
     * ({@link #MAX_PHRASES_PER_SQUARE_INCH}: noise, a photo's texture, each speck a "phrase"), or ink over more than
     * {@link #MAX_INK} of it (print leaves most of the paper white). Such a page would be read phrase by phrase for
     * minutes to yield nothing; it is left unread and the document says so.
     */
    static String notPrinted(Mat ink, List<Rectangle> phrases, float dpi) {
        double squareInches = (double) ink.cols() * ink.rows() / ((double) dpi * dpi);
        double density = phrases.size() / Math.max(1, squareInches);
        if (density > MAX_PHRASES_PER_SQUARE_INCH) {
            return String.format(java.util.Locale.ROOT, "its image holds %d phrase-like marks (%.0f a square inch; print holds at most %d): noise or a photo,"
                    + " not a printed page", phrases.size(), density, MAX_PHRASES_PER_SQUARE_INCH);
        }
        double cover = (double) Core.countNonZero(ink) / ((double) ink.cols() * ink.rows());
        if (cover > MAX_INK) {
            return String.format(java.util.Locale.ROOT, "ink covers %.0f%% of its image (print: under %.0f%%): a photo or noise, not a printed page", 100 * cover, 100 * MAX_INK);
        }
        return null;
    }

    /** More phrases a square inch than a page of print holds (a dense 16-column table at 7 pt: about 12). */
    static final int MAX_PHRASES_PER_SQUARE_INCH = 60;
    /**
     * More of the page in ink than print covers: the scanned sample's pages measure 4-7 %; a photo-like page of
     * blotches 34 %, uniform noise (cleaned away as specks) 1-2 %.
     */
    static final double MAX_INK = 0.25;

    /** Below this ratio of row to column peakiness a page is sideways (upright pages measure 1.4 and more). */
    static final double SIDEWAYS = 0.8;

    private static Mat replace(Mat old, Mat next) {
        old.release();
        return next;
    }

    /** Releases a page image if there is one; null. */
    private static Mat release(Mat m) {
        if (m != null) m.release();
        return null;
    }

    /** A page's rulings, and its phrases found in the ink without them. */
    private record Found(Rulings rulings, List<Rectangle> phrases) {
    }

    private static Found find(Mat ink, Mat flat, float dpi, double noise, boolean bilevel) {
        Rulings rulings = Rulings.detect(ink, flat, dpi, noise);
        Mat text = PageCleaner.textInk(flat, dpi, noise, ink, rulings.mask(), bilevel);
        List<Rectangle> phrases = TextBoxes.phrases(text, rulings.segments(), dpi);
        // a phrase as tall as many lines is a table's text tied into one by pieces of its rules that no grid kept (hairline
        // rules cut to 1 bit at 150 dpi break into dashes too far apart to join): those pieces erased there, its phrases
        // found again (a newcomer's Writer table scanned so read as 13 phrases, two of them the whole table: no table)
        List<Rectangle> tied = phrases.stream().filter(r -> r.height > TIED * dpi).toList();
        if (!tied.isEmpty()) {
            Mat untied = PageCleaner.rulePiecesErased(text, tied, dpi);
            if (untied != text) {
                text.release();
                text = untied;
                phrases = TextBoxes.phrases(text, rulings.segments(), dpi);
            }
        }
        text.release();
        return new Found(rulings, phrases);
    }

    /** The tallest a phrase is, inches, that is a line of text (a title in 36 pt is half an inch tall). */
    static final double TIED = 0.6;

    /** The page read: {@code flat} is read, {@code scanned} (null but for a black-and-white page) is kept for its glyphs. */
    private PageReading read(Mat flat, Mat scanned, Found found, float dpi, int page, Deadline deadline) {
        Rulings rulings = found.rulings();
        List<Rectangle> phrases = found.phrases();
        // a flat bar is a dash (nothing spent): no engine need read it, and a recognizer shown a dash beside a rule's
        // grey edge reads 1; a thin bar taller than the text is a rule's piece
        int typical = TextBoxes.typicalHeight(phrases, dpi);
        List<BufferedImage> crops = new ArrayList<>(phrases.size());
        List<Integer> read = new ArrayList<>(phrases.size());
        java.util.Set<Integer> pieces = new java.util.HashSet<>();
        for (int i = 0; i < phrases.size(); i++) {
            if (isRulePiece(phrases.get(i), typical, dpi) || onRowRule(phrases.get(i), typical, rulings.segments())) {
                pieces.add(i); // nothing to read, no glyph
                continue;
            }
            if (isDash(phrases.get(i), typical)) continue;
            read.add(i);
            crops.add(PageReading.crop(flat, rulings.mask(), phrases.get(i), dpi));
        }
        // read as text and, where the engine's one recognition gives it, as a figure too (FigureReader's second look)
        List<OcrEngine.Readings> recognized = new ArrayList<>(crops.size());
        for (int from = 0; from < crops.size(); from += CHUNK) {
            deadline.check("OCR of page " + page + " (phrase " + (from + 1) + " of " + crops.size() + ")");
            recognized.addAll(engine.recognizeAlsoAsFigures(crops.subList(from, Math.min(crops.size(), from + CHUNK))));
        }
        TextLine dash = new TextLine("—", new Rectangle(), io.gongkai.model.Confidence.ONE_READING, List.of());
        List<OcrEngine.Readings> lines = new ArrayList<>(java.util.Collections.nCopies(phrases.size(), new OcrEngine.Readings(dash, null)));
        for (int k = 0; k < read.size(); k++) lines.set(read.get(k), recognized.get(k));
        double pt = 72.0 / dpi;
        List<Glyph> glyphs = new ArrayList<>();
        List<Rectangle> boxes = new ArrayList<>();
        List<TextLine> asFigures = new ArrayList<>();
        double weight = 0, sum = 0;
        List<io.gongkai.model.Box> unread = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            TextLine l = lines.get(i).text();
            if (pieces.contains(i)) continue;
            Rectangle b = phrases.get(i);
            if (l.text().isBlank()) {
                unread.add(new io.gongkai.model.Box(page, b.x * pt, b.y * pt, b.width * pt, b.height * pt));
                continue;
            }
            // a lone bar as tall as lines of text is an edge or a shadow read as | (a phone photo's sheet edge, its
            // shadow a line wide: the header lines beside it made one with it)
            if (b.height >= EDGE_LINES * typical && LONE_BAR.matcher(l.text().strip()).matches()) continue;
            List<FigureBesideName.Part> parts = FigureBesideName.parts(l, b, PageReading.cropLeft(b, dpi), flat);
            for (FigureBesideName.Part part : parts) {
                // two cells read as one phrase: each a phrase of its own (its figure's second look reads it afresh)
                Rectangle p = part.box();
                boxes.add(p);
                asFigures.add(null);
                glyphs.add(new Glyph(part.text(), p.x * pt, p.y * pt, (p.x + p.width) * pt, (p.y + p.height) * pt, p.height * pt, FigureReader.ocrConfidence(l.confidence())));
            }
            if (parts.isEmpty()) {
                boxes.add(b);
                asFigures.add(lines.get(i).figure());
                glyphs.add(new Glyph(l.text(), b.x * pt, b.y * pt, (b.x + b.width) * pt, (b.y + b.height) * pt, b.height * pt, FigureReader.ocrConfidence(l.confidence())));
            }
            weight += l.text().length();
            sum += l.confidence() * l.text().length();
        }
        return new PageReading(flat, scanned, rulings, boxes, glyphs, asFigures, weight == 0 ? 1 : sum / weight, new UnreadPhrases(unread));
    }


    /**
     * Whether a phrase's ink box is a dash (—, –, -): a flat bar at most a third of the page's typical phrase height
     * tall, at least 2.5 times as wide as tall and no wider than two typical heights (a longer bar is a rule or an
     * underline).
     *
     * @param typical the median height of the page's phrases, pixels
     */
    static boolean isDash(Rectangle r, int typical) {
        return typical > 0 && r.height <= typical / 3.0 && r.width >= 2.5 * r.height && r.width <= 2 * typical;
    }

    /**
     * Whether a phrase's ink box is a piece of a vertical rule the rulings left (a rule a photo's perspective or a bent
     * page made slanted leaves its straight fit a few pixels off; what stands beside the fit is ink): a bar no wider
     * than a rule's stroke (a fortieth of an inch, at least 3 pixels) and taller than any character of the page's text
     * (1.4 times its phrases' median height). Read, it is | or I or 1 before a code or a figure ('| 301', 'I 758,448'),
     * and the rows whose codes it spoiled were taken for the table's header.
     *
     * @param typical the median height of the page's phrases, pixels
     */
    static boolean isRulePiece(Rectangle r, int typical, float dpi) {
        return typical > 0 && r.width <= Math.max(3, Math.round(dpi / 40f)) && r.height >= 1.4 * typical
                || isEdge(r, typical);
    }

    /**
     * Whether a phrase's ink box is a sheet's edge, a gutter's shadow or a fold seen as a line: a bar as tall as
     * {@link #EDGE_LINES} lines of the page's text and less than half a line wide (no character is so narrow, and
     * characters stacked one under another are a line wide). Read, it is a {@code |} the height of the page, and the
     * phrases beside it made one line with it: a curled page's gutter took its 编制单位 and 单位：元 line into the table's
     * height, and the table lost its unit and the document its department.
     *
     * @param typical the median height of the page's phrases, pixels
     */
    static boolean isEdge(Rectangle r, int typical) {
        return typical > 0 && r.height >= EDGE_LINES * typical && r.width * 2 < typical;
    }

    /**
     * Whether a phrase's ink box is a piece of a row rule left beside the rule found: a flat bar (at most half the page's
     * typical phrase height tall, and a dash's shape or at least twice that long) that the rule's line runs through, or
     * passes within a quarter of that height of. A hairline rule a 1-bit scan cut into steps leaves the pieces that
     * stepped off its fit; read, they are … or ——— in the cell below or above, and a merged cell's figure with a … beside
     * it was no figure (LibreOffice's 2025 budget of 万里街道 in black and white: 325,000 read in 人员经费, not 公用经费);
     * a fax's rule, its rows doubled (98 lines an inch) and put straight, leaves short steps a few pixels off its fit,
     * read as dashes before every figure under it ("— — 11, 447, 100"). Text never lies on a rule, and a dash printed
     * for a zero stands in the middle of its row, half a row height from either rule.
     *
     * @param typical the median height of the page's phrases, pixels
     * @param rules   the page's rulings, pixels
     */
    static boolean onRowRule(Rectangle r, int typical, List<Segment> rules) {
        if (typical <= 0 || r.height > typical / 2.0 || r.width < 2 * typical && !isDash(r, typical)) return false;
        double near = Math.max(1, typical / 4.0);
        for (Segment s : rules) {
            if (s.horizontal() && s.y0() >= r.y - near && s.y0() <= r.y + r.height + near && s.x0() <= r.x + r.width && s.x1() >= r.x) return true;
        }
        return false;
    }

    /** Whether a page has no usable text layer and must be read from its image. */
    public static boolean needsOcr(List<Glyph> glyphs) {
        return glyphs.stream().noneMatch(g -> !g.text().isBlank());
    }
}

package io.gongkai.extract.image;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfFloat;
import org.opencv.core.MatOfInt;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A scanned page made ready for finding its lines and text: coloured ink dropped, the paper's shading flattened, ink
 * told from paper. Pure functions over OpenCV matrices; the caller releases what it is given back.
 */
public final class PageCleaner {
    private PageCleaner() {
    }

    /** A pixel whose channels differ by more than this (of 255) is coloured ink, not gray print or paper. */
    static final int COLOURED = 60;

    /**
     * A coloured pixel ({@link #COLOURED}) whose brightest channel is above this (of 255), and as light as its
     * neighbourhood ({@link #STAIN_EVEN}), holds no print: black print under coloured ink or a stain is dark in every
     * channel (multiplied by the stain's colour: a coffee stain's 190,140,80 over black text is under 40 in each) and
     * darker than the stain beside it; what is left is the stain's own colour, or a pen's (blue ballpoint 20,40,170; a
     * coffee ring's dark rim 170,120,70). Measured on a newcomer's two coffee-stained scans: at {@link #PALE} (191) the rim
     * stayed gray and was read as a ruled column, the stained figures shifted a column; taken by level alone (140), the
     * hairline rules under a stain at 200 dpi went with it.
     */
    static final int COLOURED_PAPER = 100;

    /**
     * How much darker (of 255) than the lightest pixel within a fortieth of an inch a coloured pixel may be and still be
     * a stain's colour ({@link #COLOURED_PAPER}): a stain is smooth; a rule or a stroke under it is darker than the
     * stain beside it (a hairline rule under a stain at 200 dpi is 130–140 in its brightest channel, the stain 190).
     */
    static final int STAIN_EVEN = 20;

    /**
     * The page in gray with coloured marks turned to paper: each pixel's brightest channel. A red seal (公章), a blue
     * stamp, a highlighter or tinted paper is bright in at least one channel; black print is dark in all three, also
     * where a seal is stamped over it (seal ink is translucent: print shows through it dark). A coloured pixel (its
     * channels {@link #COLOURED} apart) still paler than {@link #PALE} there is the seal's own stroke, which the
     * brightest channel leaves light gray and the recognizers read as a digit beside a figure: it is made paper
     * (seal-200, real documents' amounts read exactly 98.6% → 100%, the seed tables' unchanged). Nothing around the
     * seal is whitened: its greyish rim (JPEG halves colour resolution) is left as faint marks, which the ink
     * threshold and the phrase finder pass over, where whitening it had eaten the strokes of figures under the
     * seal. Where the seal's ink is opaque (a stamp's ring or a digital seal drawn over the print: no print shows
     * through), a rule it crosses is cut; a rule cut into pieces shorter than a rule's least length is no rule, and two
     * rows of a column were one cell, a figure read in the wrong row and a blank where it stood (a newcomer's rings over a
     * real budget's economic table). The print is therefore carried across the seal's stroke ({@link #bridgedUnderSeal}).
     * A gray image is returned as it is (copied).
     *
     * @param dpi the image's resolution, pixels per inch
     */
    public static Mat withoutColouredInk(BufferedImage image, float dpi) {
        Decoloured d = decoloured(image, dpi);
        if (d.seal() != null) d.seal().release();
        return d.gray();
    }

    /**
     * A page without its coloured ink ({@link #withoutColouredInk}), and where an opaque seal lay.
     *
     * @param gray the page in gray, 8 bits
     * @param seal 255 on an opaque seal's ink (what print it hid is not known: {@link io.gongkai.extract.scan.SealCover}),
     *             0 elsewhere; null when the page has no opaque seal
     */
    public record Decoloured(Mat gray, Mat seal) {
    }

    /** As {@link #withoutColouredInk}, keeping where an opaque seal's ink lay. */
    public static Decoloured decoloured(BufferedImage image, float dpi) {
        if (OpenCv.isGray(image)) return withoutRings(OpenCv.gray(image), dpi);
        Mat bgr = OpenCv.bgr(image);
        List<Mat> ch = new ArrayList<>(3);
        Core.split(bgr, ch);
        bgr.release();
        registered(ch);
        Mat out = new Mat(), least = new Mat();
        Core.max(ch.get(0), ch.get(1), out);
        Core.max(out, ch.get(2), out);
        Core.min(ch.get(0), ch.get(1), least);
        Core.min(least, ch.get(2), least);
        ch.forEach(Mat::release);
        // a coloured pixel pale in its brightest channel is the seal's own ink, which the brightest channel leaves as a
        // light gray stroke that the recognizers read as a digit (9690,682 for 690,682 under a seal): paper. Seal ink
        // over print is dark in every channel and stays
        Mat saturated = new Mat(), pale = new Mat(), coloured = new Mat();
        Core.subtract(out, least, coloured);
        Imgproc.threshold(coloured, coloured, COLOURED, 255, Imgproc.THRESH_BINARY);
        Imgproc.threshold(out, pale, PALE, 255, Imgproc.THRESH_BINARY);
        Core.bitwise_and(coloured, pale, saturated);
        // the seal's strokes: coloured ink three pixels wide or more (colour noise, a JPEG's fringe are not)
        Mat strokes = new Mat(), round = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(3, 3));
        Imgproc.morphologyEx(coloured, strokes, Imgproc.MORPH_OPEN, round);
        boolean opaque = Core.countNonZero(strokes) >= SEAL_LEAST * dpi * dpi && opaque(out, least, strokes);
        if (opaque) {
            // an opaque seal hides no print: all of its ink is the seal's, its darker strokes too (a deep red's
            // brightest channel is under PALE, and was left a gray ring that read as ink), and the fringe JPEG gives them
            Imgproc.dilate(strokes, strokes, round);
            Core.bitwise_or(saturated, strokes, saturated);
        }
        strokes.release();
        round.release();
        if (!opaque) stainsMadePaper(out, coloured, saturated, dpi);
        out.setTo(new org.opencv.core.Scalar(255), saturated);
        // only an opaque seal's ink hides print to carry across: a translucent seal's or a stain's pale colour lies
        // over print that shows through it, and bridging across a stain's fill drew a figure's strokes down through
        // the rows under it (the stained page's figures read 4,54L15,000.0)
        if (opaque) {
            bridgedUnderSeal(out, saturated, dpi);
            inpaintedUnderSeal(out, saturated, dpi);
        }
        for (Mat m : List.of(least, pale, coloured)) m.release();
        if (opaque) return new Decoloured(out, saturated);
        saturated.release();
        return withoutRings(out, dpi);
    }

    /** The side of the square, pixels, in the middle of the page on which the channels' offsets are measured. */
    static final int REGISTER_WINDOW = 256;
    /** The least offset, pixels, by which a channel is moved back onto the green one ({@link #registered}). */
    static final double MISREGISTERED = 0.5;
    /** The largest offset, pixels, taken for a channel's misregistration; a larger one is no fringe (left as it is). */
    static final double MOST_MISREGISTERED = 4;

    /**
     * The blue and red channels ({@code ch}: blue, green, red, changed in place) moved back onto the green one where
     * they stand apart: a screenshot's subpixel text (ClearType) or a scanner whose colour sensors are out of line
     * draws black print as three offset strokes, one a channel, and the page's brightest channel, which drops coloured
     * ink, dropped the print too (a newcomer's 96 dpi screenshot whose channels were a pixel apart each way: nothing
     * read, its 1-pixel rules and strokes gone). Each offset is measured by phase correlation (OpenCV) over
     * {@link #REGISTER_WINDOW} pixels square in the middle of the page, Hann-windowed, the ink counting; one of
     * {@link #MISREGISTERED} pixels or more, and at most {@link #MOST_MISREGISTERED}, is undone by moving the channel
     * (bilinear). A page whose middle shows no ink, or whose offset is unclear, is left as it is.
     */
    static void registered(List<Mat> ch) {
        Mat green = ch.get(1);
        int side = Math.min(REGISTER_WINDOW, Math.min(green.rows(), green.cols()));
        if (side < 32) return;
        org.opencv.core.Rect middle = new org.opencv.core.Rect((green.cols() - side) / 2, (green.rows() - side) / 2, side, side);
        Mat reference = new Mat(), window = new Mat();
        green.submat(middle).convertTo(reference, CvType.CV_32F, -1, 255); // ink bright, paper 0
        org.opencv.core.MatOfDouble mean = new org.opencv.core.MatOfDouble(), deviation = new org.opencv.core.MatOfDouble();
        Core.meanStdDev(reference, mean, deviation);
        try {
            if (deviation.get(0, 0)[0] < 8) return; // blank paper in the middle: nothing to measure by
            Imgproc.createHanningWindow(window, new Size(side, side), CvType.CV_32F);
            for (int c : new int[]{0, 2}) {
                Mat other = new Mat();
                ch.get(c).submat(middle).convertTo(other, CvType.CV_32F, -1, 255);
                double[] response = new double[1];
                org.opencv.core.Point shift = Imgproc.phaseCorrelate(reference, other, window, response);
                other.release();
                double off = Math.hypot(shift.x, shift.y);
                if (off < MISREGISTERED || off > MOST_MISREGISTERED || response[0] < 0.3) continue;
                Mat move = new Mat(2, 3, CvType.CV_64F);
                move.put(0, 0, 1, 0, -shift.x, 0, 1, -shift.y);
                Mat moved = new Mat();
                Imgproc.warpAffine(ch.get(c), moved, move, ch.get(c).size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
                move.release();
                ch.get(c).release();
                ch.set(c, moved);
            }
        } finally {
            for (Mat m : List.of(reference, window, mean, deviation)) m.release();
        }
    }

    /**
     * A page whose seal has no colour to drop it by (copied or scanned in gray or black and white, or a black ring):
     * its opaque rings ({@link SealRings}) made paper and the print they cut carried across them, as a coloured opaque
     * seal's ({@link #bridgedUnderSeal}, {@link #inpaintedUnderSeal}). Read through, a ring as dark as the print crossed
     * the figures under it into other digits and cut the rules it ran along (ring-gray-200: 716 of 797 real amounts
     * exact, the coloured ring-200 768).
     *
     * @param gray 8-bit gray page, changed in place and returned in the result
     */
    static Decoloured withoutRings(Mat gray, float dpi) {
        Mat rings = SealRings.opaque(gray, dpi);
        if (rings == null) return new Decoloured(gray, null);
        gray.setTo(new org.opencv.core.Scalar(255), rings);
        bridgedUnderSeal(gray, rings, dpi);
        inpaintedUnderSeal(gray, rings, dpi);
        return new Decoloured(gray, rings);
    }

    /**
     * A stain's or a pen's colour made paper in {@code out} (each pixel's brightest channel, the seal's ink not yet made
     * paper): a coloured pixel darker than {@link #PALE} but lighter than {@link #COLOURED_PAPER}, and within
     * {@link #STAIN_EVEN} of the lightest pixel a fortieth of an inch around (a stain's smooth colour, not a stroke or a
     * rule darker than the stain beside it). It is no seal's stroke: no print is carried across it (bridging across a
     * stain's whole disc joined its figures to the rules).
     *
     * @param coloured  255 where a pixel's channels are {@link #COLOURED} apart
     * @param saturated 255 where the seal's own ink is to be made paper (left to the caller)
     */
    private static void stainsMadePaper(Mat out, Mat coloured, Mat saturated, float dpi) {
        Mat stained = new Mat(), level = new Mat(), even = new Mat();
        int reach = Math.max(3, Math.round(dpi / 40f)) | 1;
        Mat window = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(reach, reach));
        Imgproc.dilate(out, level, window);
        window.release();
        Core.subtract(level, out, even);
        Imgproc.threshold(even, even, STAIN_EVEN, 255, Imgproc.THRESH_BINARY_INV);
        Imgproc.threshold(out, stained, COLOURED_PAPER, 255, Imgproc.THRESH_BINARY);
        Core.bitwise_and(stained, coloured, stained);
        Core.bitwise_and(stained, even, stained);
        Core.subtract(stained, saturated, stained);
        out.setTo(new org.opencv.core.Scalar(255), stained);
        for (Mat m : List.of(stained, level, even)) m.release();
    }

    /** The least seal ink, square inches, that is judged for opacity (a 40 mm ring 0.5 mm wide: 0.1 square inch). */
    static final double SEAL_LEAST = 0.05;

    /** Below this share of print seen through a page's seal ink (of the seal's pixels), the seal is opaque. */
    static final double SEEN_THROUGH = 0.002;

    /**
     * Whether the page's seal ink hides the print under it: gray print (dark, no colour) inside the seal's strokes —
     * where a stroke crosses a rule or a figure, a hole in the closed mask of the seal — is under {@link #SEEN_THROUGH}
     * of the seal's pixels. An inked seal shows the print through it (the scan matrix's seal-200 pages: 0.8–9% where the
     * seal lies over the table); a ring drawn opaque (ring-200) shows none (0.02% at most: JPEG's edges). A seal over
     * bare paper shows none either: whatever is done under it then is done to paper.
     *
     * @param brightest each pixel's brightest channel, before the seal is made paper
     * @param least     each pixel's darkest channel
     * @param seal      255 on the seal's strokes
     */
    static boolean opaque(Mat brightest, Mat least, Mat seal) {
        int sealed = Core.countNonZero(seal);
        if (sealed == 0) return false;
        Mat closed = new Mat(), grayPrint = new Mat(), spread = new Mat();
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(7, 7));
        Imgproc.morphologyEx(seal, closed, Imgproc.MORPH_CLOSE, kernel);
        Imgproc.threshold(brightest, grayPrint, PALE, 255, Imgproc.THRESH_BINARY_INV);
        Core.subtract(brightest, least, spread);
        Imgproc.threshold(spread, spread, COLOURED, 255, Imgproc.THRESH_BINARY_INV);
        Core.bitwise_and(grayPrint, spread, grayPrint);
        Core.bitwise_and(grayPrint, closed, grayPrint);
        int seen = Core.countNonZero(grayPrint);
        for (Mat m : List.of(closed, grayPrint, spread, kernel)) m.release();
        return seen < SEEN_THROUGH * sealed;
    }

    /** How deep into an opaque seal's ink its pixels are filled in from around it (0.03 inch: a 1.5 mm stroke whole). */
    static final double INPAINTED_DEPTH = 0.03;

    /**
     * The print an opaque seal's thin strokes hide, filled in from the print and paper around them (OpenCV's inpainting,
     * Telea's method): a figure's strokes the ring crossed go on across it, where made paper the figure had lost a piece
     * and read as another (a 0 as 9, an 8 as 3). Only pixels within {@link #INPAINTED_DEPTH} of the stroke's edge: the
     * middle of a broad blot is not made up. Changes {@code gray} in place.
     */
    static void inpaintedUnderSeal(Mat gray, Mat seal, float dpi) {
        Mat depth = new Mat(), thin = new Mat(), filled = new Mat();
        Imgproc.distanceTransform(seal, depth, Imgproc.DIST_L2, 3);
        Imgproc.threshold(depth, thin, Math.max(2, INPAINTED_DEPTH * dpi), 255, Imgproc.THRESH_BINARY_INV);
        thin.convertTo(thin, CvType.CV_8U);
        Core.bitwise_and(thin, seal, thin);
        // (a rule already carried across the stroke stays as carried)
        Mat paper = new Mat();
        Imgproc.threshold(gray, paper, 254, 255, Imgproc.THRESH_BINARY);
        Core.bitwise_and(thin, paper, thin);
        paper.release();
        org.opencv.photo.Photo.inpaint(gray, thin, filled, Math.max(2, dpi / 70.0), org.opencv.photo.Photo.INPAINT_TELEA);
        filled.copyTo(gray, thin);
        for (Mat m : List.of(depth, thin, filled)) m.release();
    }

    /** The least length of a run of print a seal's stroke is bridged for: a rule's piece (0.1 inch), longer than a digit. */
    static final double BRIDGED_RUN = 0.1;
    /** The widest gap a seal's stroke leaves in a run of print that is bridged (0.15 inch: a 1 mm ring crossing at 20°). */
    static final double BRIDGED_GAP = 0.15;
    /**
     * The widest gap bridged where the seal's ink fills it all but a fifth (1 inch: a ring's stroke running along a rule,
     * a blot over it).
     */
    static final double BRIDGED_SEALED_GAP = 1.0;

    /**
     * Print carried across a seal's opaque stroke: along each pixel row (and column), a gap between two runs of print at
     * least {@link #BRIDGED_RUN} long, at most {@link #BRIDGED_GAP} wide, of which half or more is the seal's ink (or at
     * most {@link #BRIDGED_SEALED_GAP} wide and four fifths the seal's ink), is print as dark as the darker of the two ends. Runs that long are rules (and the longest strokes of characters); a
     * gap of paper between two rules, or between two strokes, has no seal in it and stays. Changes {@code gray} in place.
     *
     * @param gray 8-bit gray page, the seal's ink already made paper
     * @param seal 255 where the seal's ink was
     * @param dpi  resolution, pixels per inch
     */
    static void bridgedUnderSeal(Mat gray, Mat seal, float dpi) {
        if (Core.countNonZero(seal) == 0) return;
        // odd: an opening by an even kernel moves the runs a pixel
        int run = Math.max(9, Math.round(dpi * (float) BRIDGED_RUN) | 1), gap = Math.max(4, Math.round(dpi * (float) BRIDGED_GAP)),
                sealedGap = Math.round(dpi * (float) BRIDGED_SEALED_GAP);
        Mat dark = new Mat();
        Imgproc.threshold(gray, dark, PALE, 255, Imgproc.THRESH_BINARY_INV);
        for (boolean across : new boolean[]{true, false}) {
            Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, across ? new Size(run, 1) : new Size(1, run));
            Mat runs = new Mat();
            Imgproc.morphologyEx(dark, runs, Imgproc.MORPH_OPEN, kernel);
            kernel.release();
            bridge(gray, seal, runs, gap, sealedGap, across);
            runs.release();
        }
        dark.release();
    }

    /** {@link #bridgedUnderSeal} along rows ({@code across}) or columns. */
    private static void bridge(Mat gray, Mat seal, Mat runs, int gap, int sealedGap, boolean across) {
        int w = gray.cols(), h = gray.rows();
        byte[] g = new byte[w * h], s = new byte[w * h], r = new byte[w * h];
        gray.get(0, 0, g);
        seal.get(0, 0, s);
        runs.get(0, 0, r);
        int lines = across ? h : w, along = across ? w : h;
        boolean changed = false;
        for (int line = 0; line < lines; line++) {
            int end = -1; // the last pixel of the run before the gap
            for (int i = 0; i < along; i++) {
                int at = across ? line * w + i : i * w + line;
                if (r[at] == 0) continue;
                int width = i - end - 1;
                if (end >= 0 && width > 0 && width <= sealedGap) {
                    int sealed = 0;
                    for (int j = end + 1; j < i; j++) if (s[across ? line * w + j : j * w + line] != 0) sealed++;
                    if (width <= gap ? 2 * sealed >= width : 5 * sealed >= 4 * width) {
                        int before = across ? line * w + end : end * w + line;
                        int tone = Math.min(g[before] & 0xFF, g[at] & 0xFF);
                        for (int j = end + 1; j < i; j++) g[across ? line * w + j : j * w + line] = (byte) tone;
                        changed = true;
                    }
                }
                end = i;
            }
        }
        if (changed) gray.put(0, 0, g);
    }

    /** Below this share of light pixels (128 of 255 or more) a page is a negative ({@link #positive}). */
    static final double NEGATIVE = 0.25;

    /**
     * The page as a positive: a negative (light print on dark paper: a microfilm reader's print, a scanner's or a
     * conversion's inverted output) inverted. A printed page is mostly paper, light; a negative's light pixels are its
     * print, a tenth of it or less ({@link #NEGATIVE}), lighter than its paper ({@link #printLighterThanPaper}); a photo of a sheet on a dark desk is left as it is (the sheet
     * is a third of the image or more, {@link #sheetOnly} takes it). A negative read as it is gave five unidentified
     * fragments of empty cells (0 of 89 amounts).
     *
     * @param gray 8-bit gray page
     * @return {@code gray} itself, or a new inverted copy (the caller releases {@code gray})
     */
    public static Mat positive(Mat gray) {
        Mat light = new Mat();
        Imgproc.threshold(gray, light, 127, 255, Imgproc.THRESH_BINARY);
        double share = (double) Core.countNonZero(light) / Math.max(1, gray.total());
        light.release();
        if (share >= NEGATIVE || !printLighterThanPaper(gray)) return gray;
        Mat out = new Mat();
        Core.bitwise_not(gray, out);
        return out;
    }

    /** Gray levels a pixel stands off the paper's (the page's median) to be print ({@link #printLighterThanPaper}). */
    static final int PRINT_OFF_PAPER = 60;

    /**
     * Whether the page's print is lighter than its paper: the paper is the page's median gray (most of a page, a
     * positive's or a negative's), its print the pixels {@link #PRINT_OFF_PAPER} or more off it, and more of them are
     * lighter than darker. Dark paper is no negative: a newcomer's scan of dark recycled paper (paper 118 of 255, print
     * black) had under a quarter of its pixels light, was inverted as a negative, and lost every amount (0 of 24).
     */
    private static boolean printLighterThanPaper(Mat gray) {
        float[] h = histogram(gray);
        double total = 0;
        for (float v : h) total += v;
        int median = 0;
        for (double seen = 0; median < 255; median++) if ((seen += h[median]) * 2 >= total) break;
        double lighter = 0, darker = 0;
        for (int v = 0; v < 256; v++) {
            if (v >= median + PRINT_OFF_PAPER) lighter += h[v];
            else if (v <= median - PRINT_OFF_PAPER) darker += h[v];
        }
        return lighter > darker;
    }

    /** Pixels an inch a page is averaged at to find its dark regions ({@link #positiveRegions}): a quarter inch a pixel. */
    static final int DARK_CELLS_PER_INCH = 4;
    /** Gray (of 255) a region of a page is darker than on average, at a quarter inch, to be dark paper ({@link #positiveRegions}). */
    static final int DARK_PAPER = 90;
    /**
     * The least area of a dark region that is judged for print, square inches (its print is looked for a quarter inch
     * inside its edge: a band under 3/4 inch tall, a header row printed white on black alone, is left as it is).
     */
    static final double DARK_LEAST = 1.0;
    /**
     * The share of a dark region's pixels (a quarter inch inside its edge) that are light (of 255, above 160) for it to
     * hold print: 0.3 % to 15 % (print covers 4–7 % of a page, its densest lines of type no more than 15 % of their band;
     * a newcomer's inverted band of an economic table, its rules and figures: 1.4 %; a black box: 0; a page of black
     * blotches, 23 % light between them, is noise, not a negative).
     */
    static final double LIGHT_PRINT_LEAST = 0.003, LIGHT_PRINT_MOST = 0.15;

    /**
     * The page with its negative regions made positive: a band or a block of light print on dark paper (a row or a
     * header printed white on black, a part of a page a scanner or a converter inverted) inverted, the rest as it is.
     * A region is dark where the page, averaged over a quarter inch, is darker than {@link #DARK_PAPER}, at least
     * {@link #DARK_LEAST} square inch large, and holds light print ({@link #LIGHT_PRINT_LEAST}–{@link
     * #LIGHT_PRINT_MOST} of its pixels light): a black border, a redaction's box or a dark photo holds none and is left
     * as it is. Its edge is followed at full resolution (the page averaged over 1/20 inch). A newcomer's scan of a real
     * economic table whose lower fifth was inverted lost its last 7 rows, 13 of 55 amounts, without a word.
     *
     * @param gray 8-bit gray page (a positive: see {@link #positive})
     * @param dpi  its resolution, pixels per inch
     * @return {@code gray} itself when it has no negative region, else a new image (the caller releases {@code gray})
     */
    public static Mat positiveRegions(Mat gray, float dpi) {
        double scale = DARK_CELLS_PER_INCH / (double) dpi;
        int w = Math.max(1, (int) Math.round(gray.cols() * scale)), h = Math.max(1, (int) Math.round(gray.rows() * scale));
        Mat small = new Mat(), dark = new Mat(), labels = new Mat(), stats = new Mat(), centroids = new Mat();
        Imgproc.resize(gray, small, new Size(w, h), 0, 0, Imgproc.INTER_AREA);
        Imgproc.threshold(small, dark, DARK_PAPER, 255, Imgproc.THRESH_BINARY_INV);
        int n = Imgproc.connectedComponentsWithStats(dark, labels, stats, centroids, 8);
        Mat out = null;
        try {
            for (int k = 1; k < n; k++) {
                if (stats.get(k, Imgproc.CC_STAT_AREA)[0] < DARK_LEAST * DARK_CELLS_PER_INCH * DARK_CELLS_PER_INCH) continue;
                // the region at full resolution, a quarter inch more each way (its edge is found below)
                int x0 = (int) Math.max(0, Math.floor((stats.get(k, Imgproc.CC_STAT_LEFT)[0] - 1) / scale));
                int y0 = (int) Math.max(0, Math.floor((stats.get(k, Imgproc.CC_STAT_TOP)[0] - 1) / scale));
                int x1 = (int) Math.min(gray.cols(), Math.ceil((stats.get(k, Imgproc.CC_STAT_LEFT)[0] + stats.get(k, Imgproc.CC_STAT_WIDTH)[0] + 1) / scale));
                int y1 = (int) Math.min(gray.rows(), Math.ceil((stats.get(k, Imgproc.CC_STAT_TOP)[0] + stats.get(k, Imgproc.CC_STAT_HEIGHT)[0] + 1) / scale));
                org.opencv.core.Rect box = new org.opencv.core.Rect(x0, y0, x1 - x0, y1 - y0);
                Mat component = new Mat(), wider = new Mat(), inside = new Mat(), near = new Mat();
                Core.compare(labels, new org.opencv.core.Scalar(k), component, Core.CMP_EQ);
                Imgproc.dilate(component, wider, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
                // (its print is looked for a quarter inch inside its edge: a black box's edge cells hold paper)
                Imgproc.erode(component, component, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
                org.opencv.core.Rect cells = new org.opencv.core.Rect(
                        (int) Math.round(x0 * scale), (int) Math.round(y0 * scale),
                        Math.max(1, Math.min(w - (int) Math.round(x0 * scale), (int) Math.round(box.width * scale))),
                        Math.max(1, Math.min(h - (int) Math.round(y0 * scale), (int) Math.round(box.height * scale))));
                Imgproc.resize(component.submat(cells), inside, new Size(box.width, box.height), 0, 0, Imgproc.INTER_NEAREST);
                Imgproc.resize(wider.submat(cells), near, new Size(box.width, box.height), 0, 0, Imgproc.INTER_NEAREST);
                component.release();
                wider.release();
                Mat src = gray.submat(box), mean = new Mat(), negative = new Mat(), light = new Mat();
                // its print: the light pixels of its dark quarter inches inside its edge (all of them, not only where the
                // page is locally dark: light between blotches is no print either)
                Imgproc.threshold(src, light, 160, 255, Imgproc.THRESH_BINARY);
                Core.bitwise_and(light, inside, light);
                double print = Core.countNonZero(light) / Math.max(1.0, Core.countNonZero(inside));
                // its edge at full resolution: where the page averaged over 1/20 inch is dark
                int side = Math.max(3, Math.round(dpi / 20) | 1);
                Imgproc.blur(src, mean, new Size(side, side));
                Imgproc.threshold(mean, negative, 127, 255, Imgproc.THRESH_BINARY_INV);
                Core.bitwise_and(negative, near, negative);
                double area = Core.countNonZero(negative);
                inside.release();
                if (area >= DARK_LEAST * dpi * dpi && print >= LIGHT_PRINT_LEAST && print <= LIGHT_PRINT_MOST) {
                    if (out == null) out = gray.clone();
                    Mat inverted = new Mat();
                    Core.bitwise_not(src, inverted);
                    inverted.copyTo(out.submat(box), negative);
                    inverted.release();
                }
                near.release();
                mean.release();
                negative.release();
                light.release();
            }
        } finally {
            small.release();
            dark.release();
            labels.release();
            stats.release();
            centroids.release();
        }
        return out == null ? gray : out;
    }

    /**
     * The sheet alone: a photo of a page on a desk holds the desk around it, whose edge with the paper is a long dark
     * line on every side — taken for a table's border, it made the whole sheet a table (its title and 单位 inside,
     * the real table's unit then unknown and every amount flagged). The paper is the largest bright region of the image
     * (Otsu's threshold at an eighth of the resolution, after a blur that closes over the print); what lies outside its
     * convex hull is made paper — where its outline is a sheet's edge ({@link #sharpEdge}: a lamp's fall-off or a
     * shaded side is a slope, not an edge; on the scan matrix no page of any condition is changed). Where that outline
     * is a quadrilateral, the sheet is cut out and made square ({@link #squared}: a new image, the sheet's size). An
     * image the paper fills nearly whole (a scan), where no region is near a third of the image, or where a second region
     * is half as large as the first (two sheets: a spread), is left as it is: null.
     *
     * @param gray 8-bit gray page
     * @return a new 8-bit gray image: the sheet made square, or the photo's size with what lies around the sheet made
     *         paper; or null when there is nothing around the sheet to take away
     */
    public static Mat sheetOnly(Mat gray) {
        try (Bright b = Bright.of(gray)) {
            int w = b.w(), h = b.h();
            double total = (double) w * h;
            if (b.regions().isEmpty() || b.regions().get(0)[4] < SHEET_LEAST * total) return null;
            // two sheets side by side (a book's spread, its gutter dark between them): both are the page's, neither is
            // the desk (a newcomer's spread of two budget tables kept the left and made the right one paper)
            if (b.regions().size() > 1 && b.regions().get(1)[4] >= SECOND_SHEET * b.regions().get(0)[4]) return null;
            Mat small = b.small(), labels = b.labels();
            int best = b.regions().get(0)[5];
            Mat region = new Mat();
            Core.compare(labels, new org.opencv.core.Scalar(best), region, Core.CMP_EQ);
            List<org.opencv.core.MatOfPoint> contours = new ArrayList<>();
            Mat hierarchy = new Mat();
            Imgproc.findContours(region, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
            region.release();
            hierarchy.release();
            if (contours.isEmpty()) return null;
            org.opencv.core.MatOfPoint all = contours.get(0);
            for (org.opencv.core.MatOfPoint c : contours) if (Imgproc.contourArea(c) > Imgproc.contourArea(all)) all = c;
            org.opencv.core.MatOfInt hull = new org.opencv.core.MatOfInt();
            Imgproc.convexHull(all, hull);
            org.opencv.core.Point[] pts = all.toArray();
            int[] idx = hull.toArray();
            org.opencv.core.Point[] hp = new org.opencv.core.Point[idx.length];
            for (int i = 0; i < idx.length; i++) hp[i] = new org.opencv.core.Point(pts[idx[i]].x * gray.cols() / (double) w, pts[idx[i]].y * gray.rows() / (double) h);
            org.opencv.core.MatOfPoint hullPts = new org.opencv.core.MatOfPoint(hp);
            double hullArea = Imgproc.contourArea(hullPts) / ((double) gray.cols() * gray.rows());
            hull.release();
            boolean sheet = hullArea < SHEET_WHOLE && sharpEdge(small, all);
            for (org.opencv.core.MatOfPoint c : contours) c.release();
            if (!sheet) {
                hullPts.release();
                return null;
            }
            Mat squared = squared(gray, hp);
            if (squared != null) {
                hullPts.release();
                return squared;
            }
            Mat out = gray.clone();
            Mat outside = new Mat(gray.size(), CvType.CV_8UC1, new org.opencv.core.Scalar(255));
            Imgproc.fillConvexPoly(outside, hullPts, new org.opencv.core.Scalar(0));
            // and the sheet's own edge, as where it is squared: its outermost SHEET_EDGE (the outline is found at an
            // eighth of the resolution; the edge's shadow left inside it was read as a glyph "—" 470 pt tall, which
            // took the 单位：元 line it crossed out of the table's header: unit unknown, every amount flagged)
            int edge = Math.max(4, (int) Math.round(SHEET_EDGE * Math.min(gray.cols(), gray.rows())));
            Imgproc.polylines(outside, List.of(hullPts), true, new org.opencv.core.Scalar(255), 2 * edge);
            hullPts.release();
            out.setTo(new org.opencv.core.Scalar(255), outside);
            outside.release();
            return out;
        }
    }

    /**
     * The pages of a spread — two sheets side by side scanned at once, a book's or a bound report's two facing pages,
     * its gutter and margins dark — each cut out at the middle of the gutter; the image alone when it is one page. The
     * sheets are the two largest bright regions ({@link #sheetOnly}'s: Otsu's threshold at an eighth of the resolution),
     * the second at least {@link #SECOND_SHEET} of the first, each at least half the image's height, the one wholly left
     * of the other. Read as one page, a spread's two tables stood side by side: the headers of both read as one title,
     * or the second sheet was taken for the desk and made paper (a newcomer's spread of two budget tables: the right
     * one lost, with no word). A spread scanned flat, the paper white between its pages, is cut at its gutter
     * ({@link #gutterCut}).
     *
     * @param image a page image, gray or colour
     * @return the spread's left and right pages (new images), or a list of {@code image} alone
     */
    public static List<java.awt.image.BufferedImage> spreadPages(java.awt.image.BufferedImage image) {
        OpenCv.load();
        Mat gray = OpenCv.gray(image);
        try (Bright b = Bright.of(gray)) {
            if (b.regions().size() < 2) return shadowOrGutterCut(image, gray);
            int[] first = b.regions().get(0), second = b.regions().get(1);
            if (second[4] < SECOND_SHEET * first[4] || first[4] < SPREAD_LEAST * b.w() * b.h()) return shadowOrGutterCut(image, gray);
            if (first[3] < b.h() / 2 || second[3] < b.h() / 2) return List.of(image);
            int[] left = first[0] <= second[0] ? first : second, right = left == first ? second : first;
            if (left[0] + left[2] > right[0]) return List.of(image); // overlapping across: no gutter between them
            // a dark line down the sheet a few pixels wide is a feeder's streak, no gutter: it parts the paper as a
            // gutter does (a sheet-fed scan with five streaks was cut in two, its table's columns on two pages)
            if (darkColumns(gray, (left[0] + left[2] - 2) * gray.cols() / b.w(), (right[0] + 2) * gray.cols() / b.w()) < SPREAD_GUTTER * gray.cols()) {
                return shadowOrGutterCut(image, gray);
            }
            int cut = (int) Math.round((left[0] + left[2] + right[0]) / 2.0 * image.getWidth() / b.w());
            if (cut <= 0 || cut >= image.getWidth()) return List.of(image);
            return List.of(copy(image, 0, cut), copy(image, cut, image.getWidth()));
        } finally {
            gray.release();
        }
    }

    /**
     * A spread whose pages' paper meets around its gutter's shadow (a white lid or the white a rotation fills the
     * corners with joins the two sheets along the image's edge, so no two bright regions part them): cut at the middle
     * of the shadow, a band of columns standing between 30% and 70% of the width with paper either side, from
     * {@link #SPREAD_GUTTER} to a tenth of it wide, darker than mid-gray and than {@link #SHADOW} of the paper on average over the middle 80% of the rows (a feeder's streak is narrower; print never
     * darkens a column so), with print on either side at least half as tall as the image's. Else as {@link #gutterCut}.
     * A newcomer's flatbed spread of two landscape pages (a soft gutter shadow 1.2% of the width, turned 0.4°, the
     * corners filled white) was read as one page: its two tables side by side, the right one's unit unknown and its 42
     * amounts flagged.
     *
     * @param image the page image
     * @param gray  the same in 8-bit gray (not released here)
     * @return the two pages (new images), or {@code image} alone
     */
    static List<java.awt.image.BufferedImage> shadowOrGutterCut(java.awt.image.BufferedImage image, Mat gray) {
        int w = gray.cols(), h = gray.rows();
        if (w < 1.2 * h || h < 32) return gutterCut(image, gray);
        Mat middle = gray.submat(h / 10, h - h / 10, 0, w), means = new Mat();
        Core.reduce(middle, means, 0, Core.REDUCE_AVG, CvType.CV_32F);
        middle.release();
        float[] m = new float[w];
        means.get(0, 0, m);
        means.release();
        // a shadow is dark beside the paper, not only below mid-gray: on paper a phone app left gray (its columns 135
        // on average), a table's densest columns of print (114) were a gutter, and a one-page table was cut in two
        float[] middleColumns = java.util.Arrays.copyOfRange(m, (int) (0.3 * w), (int) (0.7 * w));
        java.util.Arrays.sort(middleColumns);
        double paper = middleColumns.length == 0 ? 255 : middleColumns[(int) (0.75 * (middleColumns.length - 1))];
        // (and the paper light: a negative, dark throughout, has none)
        if (paper < 128) return gutterCut(image, gray);
        double dark = Math.min(128, SHADOW * paper);
        int bestFrom = -1, bestTo = -1;
        for (int x = (int) (0.3 * w); x < 0.7 * w; ) {
            if (m[x] >= dark) { x++; continue; }
            int to = x;
            while (to < w && m[to] < dark) to++;
            if (to - x > bestTo - bestFrom) { bestFrom = x; bestTo = to; }
            x = to;
        }
        // a band, bright paper on either side within the middle 40% (a negative, a dark page, is dark throughout), at
        // most a tenth of the width
        if (bestFrom < 0 || bestTo - bestFrom < SPREAD_GUTTER * w || bestTo - bestFrom > 0.1 * w
                || bestFrom <= (int) (0.3 * w) || bestTo >= 0.7 * w) return gutterCut(image, gray);
        int cut = (bestFrom + bestTo) / 2;
        // print on either side: each side's ink (darker than its paper) at least half the image's height tall
        Mat ink = new Mat();
        int block = Math.max(3, (h / 32) | 1);
        Imgproc.adaptiveThreshold(gray, ink, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, block, 20);
        boolean pages;
        try {
            pages = inkedHeight(ink, 0, bestFrom) >= h / 2 && inkedHeight(ink, bestTo, w) >= h / 2;
        } finally {
            ink.release();
        }
        if (!pages) return gutterCut(image, gray);
        return List.of(copy(image, 0, cut), copy(image, cut, image.getWidth()));
    }

    /**
     * A spread scanned flat — two pages side by side on one sheet of the scanner's glass, the paper white between
     * them — cut at the middle of its gutter: the widest band of columns, standing between 30% and 70% of the width and
     * at least {@link #GUTTER_LEAST} of it wide, that no ink crosses from the top of the print to its bottom (at most
     * {@link #GUTTER_SPECKS} of those rows inked: dust), with at least {@link #GUTTER_SIDE} of the print on either side
     * and each side's print at least half as tall as the whole. Only an image wider than tall is a spread. A page's own
     * table, title or text crosses its middle; two pages' do not. Read as one page, a newcomer's flatbed spread of two
     * budget pages (white gutter, no dark margin) gave its two tables out of order, with neither's 单位：元 (both units
     * unknown, every amount flagged) and the continued table as two.
     *
     * @param image the page image
     * @param gray  the same in 8-bit gray (not released here)
     * @return the two pages (new images), or {@code image} alone
     */
    static List<java.awt.image.BufferedImage> gutterCut(java.awt.image.BufferedImage image, Mat gray) {
        if (gray.cols() < 1.2 * gray.rows()) return List.of(image);
        // a negative (light print on black) is no sheet of paper with a white gutter: its dark paper read as ink and
        // the print's gaps as gutters (the matrix's negative-200 page was cut in two)
        Mat positive = positive(gray);
        if (positive != gray) {
            positive.release();
            return List.of(image);
        }
        int w = Math.max(1, gray.cols() / 4), h = Math.max(1, gray.rows() / 4);
        if (w < 64 || h < 32) return List.of(image);
        Mat small = new Mat(), ink = new Mat();
        try {
            Imgproc.resize(gray, small, new Size(w, h), 0, 0, Imgproc.INTER_AREA);
            int block = Math.max(3, (h / 16) | 1);
            // ink: darker than the paper around it (a fold's soft shadow or a lamp's fall-off is not)
            Imgproc.adaptiveThreshold(small, ink, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, block, 20);
            // dust and toner specks left out (a copier's dust inks every column alike), then print run together
            // along its lines: a character's strokes, a rule the copy broke into dashes
            dropSpecks(ink, 3);
            int reach = Math.max(1, (int) Math.round(GUTTER_REACH * w));
            Mat along = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(2 * reach + 1, 1));
            Imgproc.dilate(ink, ink, along);
            along.release();
            // the print's rows: from the first inked row to the last, the image's outer 3% left out (a lid's or a
            // sheet's edge)
            int mx = Math.max(1, (int) (0.03 * w)), my = Math.max(1, (int) (0.03 * h));
            Mat inner = ink.submat(my, h - my, mx, w - mx);
            Mat colSums = new Mat();
            int[] span = inkedRows(inner, 0, inner.cols());
            int top = span == null ? -1 : span[0], bottom = span == null ? -1 : span[1];
            if (top < 0 || bottom - top < inner.rows() / 4) {
                inner.release();
                colSums.release();
                return List.of(image);
            }
            Mat print = inner.submat(top, bottom + 1, 0, inner.cols());
            Core.reduce(print, colSums, 0, Core.REDUCE_SUM, CvType.CV_32S);
            int cols = print.cols(), rows = print.rows();
            int[] inked = new int[cols];
            colSums.get(0, 0, inked);
            colSums.release();
            long all = 0;
            for (int x = 0; x < cols; x++) {
                inked[x] /= 255;
                all += inked[x];
            }
            double specks = Math.max(1, GUTTER_SPECKS * rows);
            int bestFrom = -1, bestTo = -1;
            for (int x = 0; x < cols; ) {
                if (inked[x] > specks) { x++; continue; }
                int to = x;
                while (to < cols && inked[to] <= specks) to++;
                double mid = mx + (x + to) / 2.0;
                if (mid >= 0.3 * w && mid <= 0.7 * w && to - x >= GUTTER_LEAST * w && to - x > bestTo - bestFrom) {
                    bestFrom = x;
                    bestTo = to;
                }
                x = to;
            }
            if (bestFrom < 0) {
                print.release();
                inner.release();
                return List.of(image);
            }
            long left = 0, right = 0;
            for (int x = 0; x < bestFrom; x++) left += inked[x];
            for (int x = bestTo; x < cols; x++) right += inked[x];
            boolean pages = left >= GUTTER_SIDE * all && right >= GUTTER_SIDE * all
                    && inkedHeight(print, 0, bestFrom) >= rows / 2 && inkedHeight(print, bestTo, cols) >= rows / 2;
            print.release();
            inner.release();
            if (!pages) return List.of(image);
            int cut = (int) Math.round((mx + (bestFrom + bestTo) / 2.0) * image.getWidth() / (double) w);
            if (cut <= 0 || cut >= image.getWidth()) return List.of(image);
            return List.of(copy(image, 0, cut), copy(image, cut, image.getWidth()));
        } finally {
            small.release();
            ink.release();
        }
    }

    /** Ink components of {@code ink} (255 on 0) whose box is less than {@code least} pixels each way made 0, in place. */
    private static void dropSpecks(Mat ink, int least) {
        Mat labels = new Mat(), stats = new Mat(), centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8, CvType.CV_32S);
        int[] st = new int[5];
        Mat keep = new Mat(1, n, CvType.CV_8UC1, new org.opencv.core.Scalar(0));
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, st);
            if (Math.max(st[2], st[3]) >= least) keep.put(0, i, 255);
        }
        // each pixel takes its component's verdict
        byte[] k = new byte[n];
        keep.get(0, 0, k);
        int[] row = new int[labels.cols()];
        byte[] out = new byte[labels.cols()];
        for (int y = 0; y < labels.rows(); y++) {
            labels.get(y, 0, row);
            for (int x = 0; x < row.length; x++) out[x] = k[row[x]];
            ink.put(y, 0, out);
        }
        for (Mat m : List.of(labels, stats, centroids, keep)) m.release();
    }

    /** How far (a share of the image's width) print is run together along its lines before a gutter is looked for. */
    static final double GUTTER_REACH = 0.004;

    /** The rows from the first inked to the last, in columns {@code from} to {@code to} (exclusive) of {@code ink}. */
    private static int inkedHeight(Mat ink, int from, int to) {
        int[] span = to <= from ? null : inkedRows(ink, from, to);
        return span == null ? 0 : span[1] - span[0] + 1;
    }

    /** The first and the last inked row in columns {@code from} to {@code to} (exclusive) of {@code ink}, or null. */
    private static int[] inkedRows(Mat ink, int from, int to) {
        Mat part = ink.submat(0, ink.rows(), from, to), sums = new Mat();
        Core.reduce(part, sums, 1, Core.REDUCE_SUM, CvType.CV_32S);
        int first = -1, last = -1;
        int[] one = new int[1];
        for (int y = 0; y < sums.rows(); y++) {
            sums.get(y, 0, one);
            if (one[0] > 0) {
                if (first < 0) first = y;
                last = y;
            }
        }
        part.release();
        sums.release();
        return first < 0 ? null : new int[]{first, last};
    }

    /** The least width of a flat spread's gutter, a share of the image's (two pages' margins: 5–10% of it). */
    static final double GUTTER_LEAST = 0.025;

    /** The most of the print's rows dust may ink in a gutter's column. */
    static final double GUTTER_SPECKS = 0.01;

    /** The least share of the print on either side of a gutter (a page, not a page number or a stamp). */
    static final double GUTTER_SIDE = 0.15;

    /**
     * The columns {@code from} (inclusive) to {@code to} (exclusive) of {@code image}, pixel for pixel, as a new image of
     * its colour model (drawn through Java2D a gray image is converted as colour, and comes out lighter).
     */
    private static java.awt.image.BufferedImage copy(java.awt.image.BufferedImage image, int from, int to) {
        java.awt.image.WritableRaster r = image.getRaster().createCompatibleWritableRaster(to - from, image.getHeight());
        r.setRect(-from, 0, image.getRaster());
        return new java.awt.image.BufferedImage(image.getColorModel(), r, image.isAlphaPremultiplied(), null);
    }

    /** The least share of the image the larger of a spread's two sheets covers (each page a good part of it). */
    static final double SPREAD_LEAST = 0.2;

    /**
     * The least dark band between a spread's two sheets, a share of the image's width, in columns darker than mid-gray
     * on average at full resolution: 1% (3 mm of an A4 page's long side; a book's gutter and two sheets laid side by
     * side leave more, a copier's or a feeder's streak is a millimetre or two).
     */
    static final double SPREAD_GUTTER = 0.01;
    /**
     * A gutter's shadow is at most this share of the paper's brightness (the middle 40% of the columns' means, their
     * upper quartile) on average, as well as darker than mid-gray: a newcomer's flatbed spread's soft shadow is under
     * half its paper; a page's densest print on gray paper is 0.85 of it.
     */
    static final double SHADOW = 0.6;

    /** How many of the columns {@code from} to {@code to} (exclusive, clamped to the image) are darker than mid-gray on average. */
    private static int darkColumns(Mat gray, int from, int to) {
        int x0 = Math.max(0, from), x1 = Math.min(gray.cols(), to);
        if (x1 <= x0) return 0;
        Mat band = gray.submat(0, gray.rows(), x0, x1), means = new Mat();
        Core.reduce(band, means, 0, Core.REDUCE_AVG, CvType.CV_32F);
        float[] m = new float[x1 - x0];
        means.get(0, 0, m);
        band.release();
        means.release();
        int dark = 0;
        for (float v : m) if (v < 128) dark++;
        return dark;
    }

    /** How large (a share of the largest) a second bright region is that makes the image two sheets, a spread. */
    static final double SECOND_SHEET = 0.5;

    /**
     * A page's bright regions at an eighth of its resolution ({@code w} × {@code h}: Otsu's threshold after a blur that
     * closes over the print): each {x, y, width, height, area, label} in those pixels, the largest first; the small
     * page and its labels kept for the caller. Closing releases them.
     */
    private record Bright(Mat small, Mat labels, List<int[]> regions, int w, int h) implements AutoCloseable {
        static Bright of(Mat gray) {
            int w = Math.max(1, gray.cols() / 8), h = Math.max(1, gray.rows() / 8);
            Mat small = new Mat(), bright = new Mat(), labels = new Mat(), stats = new Mat(), centroids = new Mat();
            Imgproc.resize(gray, small, new Size(w, h), 0, 0, Imgproc.INTER_AREA);
            Imgproc.blur(small, small, new Size(5, 5));
            Imgproc.threshold(small, bright, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
            int n = Imgproc.connectedComponentsWithStats(bright, labels, stats, centroids, 8, CvType.CV_32S);
            List<int[]> regions = new ArrayList<>();
            int[] st = new int[5];
            for (int i = 1; i < n; i++) {
                stats.get(i, 0, st);
                regions.add(new int[]{st[0], st[1], st[2], st[3], st[4], i});
            }
            regions.sort((a, b) -> Integer.compare(b[4], a[4]));
            for (Mat m : List.of(bright, stats, centroids)) m.release();
            return new Bright(small, labels, regions, w, h);
        }

        @Override
        public void close() {
            small.release();
            labels.release();
        }
    }

    /**
     * The sheet cut out of the photo and made square: where its outline is a quadrilateral (the hull simplified within 2%
     * of its perimeter has four corners, each 60–120°) and a corner stands more than {@link #SQUARE_ENOUGH} off square,
     * the homography that takes those corners ({@link #refined} at full resolution) to a rectangle as wide and tall as
     * the sheet's longer sides (pixels as in the photo: its resolution is kept). A phone held over a page makes the far
     * side narrower than the near one; beyond a few degrees of that the table's rules lean too far apart for any one
     * rotation or {@link Keystone}'s correction (a newcomer's photo: "no ruled table", 0 of 28 amounts). The sheet's
     * outermost 1.5% is made paper, of the sheet's mean gray (a sliver of desk left there would be a border). Null where
     * the outline is no quadrilateral (a sheet partly out of the frame) or the sheet is square enough.
     *
     * @param hull the sheet's outline, in the photo's pixels
     */
    static Mat squared(Mat gray, org.opencv.core.Point[] hull) {
        org.opencv.core.MatOfPoint2f outline = new org.opencv.core.MatOfPoint2f(hull), quad = new org.opencv.core.MatOfPoint2f();
        try {
            Imgproc.approxPolyDP(outline, quad, 0.02 * Imgproc.arcLength(outline, true), true);
            org.opencv.core.Point[] q = quad.toArray();
            if (q.length != 4) return null;
            // top-left has the least x + y, bottom-right the most; top-right the most x - y, bottom-left the least
            org.opencv.core.Point tl = q[0], tr = q[0], br = q[0], bl = q[0];
            for (org.opencv.core.Point p : q) {
                if (p.x + p.y < tl.x + tl.y) tl = p;
                if (p.x + p.y > br.x + br.y) br = p;
                if (p.x - p.y > tr.x - tr.y) tr = p;
                if (p.x - p.y < bl.x - bl.y) bl = p;
            }
            org.opencv.core.Point[] c = refined(gray, new org.opencv.core.Point[]{tl, tr, br, bl});
            tl = c[0];
            tr = c[1];
            br = c[2];
            bl = c[3];
            double off = 0;
            for (int i = 0; i < 4; i++) {
                double angle = corner(c[(i + 3) % 4], c[i], c[(i + 1) % 4]);
                if (angle < 60 || angle > 120) return null;
                off = Math.max(off, Math.abs(angle - 90));
            }
            // a sheet nearly square is left to Keystone, which straightens the table's own lines (a homography from the
            // sheet's edges squares the paper, not a page that is not flat: on a curled one it cost a newcomer's photo
            // 26 of its 52 amounts); beyond what Keystone corrects, the sheet's outline is what is left to go by
            if (off <= SQUARE_ENOUGH) return null;
            int w = (int) Math.round(Math.max(Math.hypot(tr.x - tl.x, tr.y - tl.y), Math.hypot(br.x - bl.x, br.y - bl.y)));
            int h = (int) Math.round(Math.max(Math.hypot(bl.x - tl.x, bl.y - tl.y), Math.hypot(br.x - tr.x, br.y - tr.y)));
            if (w < gray.cols() / 4 || h < gray.rows() / 4) return null;
            Mat m = Imgproc.getPerspectiveTransform(new org.opencv.core.MatOfPoint2f(c), new org.opencv.core.MatOfPoint2f(
                    new org.opencv.core.Point(0, 0), new org.opencv.core.Point(w - 1, 0), new org.opencv.core.Point(w - 1, h - 1), new org.opencv.core.Point(0, h - 1)));
            Mat out = new Mat();
            Imgproc.warpPerspective(gray, out, m, new Size(w, h), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new org.opencv.core.Scalar(255));
            m.release();
            int mx = Math.max(4, (int) Math.round(SHEET_EDGE * w)), my = Math.max(4, (int) Math.round(SHEET_EDGE * h));
            // the margin made the paper's own gray, not white: a white band beside a dimmer sheet is an edge, and the
            // paper along it then ink (a phrase as tall as the page)
            Mat inner = out.submat(new org.opencv.core.Rect(mx, my, Math.max(1, w - 2 * mx), Math.max(1, h - 2 * my)));
            org.opencv.core.Scalar paper = new org.opencv.core.Scalar(Core.mean(inner).val[0]);
            inner.release();
            Imgproc.rectangle(out, new org.opencv.core.Point(0, 0), new org.opencv.core.Point(w - 1, my - 1), paper, -1);
            Imgproc.rectangle(out, new org.opencv.core.Point(0, h - my), new org.opencv.core.Point(w - 1, h - 1), paper, -1);
            Imgproc.rectangle(out, new org.opencv.core.Point(0, 0), new org.opencv.core.Point(mx - 1, h - 1), paper, -1);
            Imgproc.rectangle(out, new org.opencv.core.Point(w - mx, 0), new org.opencv.core.Point(w - 1, h - 1), paper, -1);
            return out;
        } finally {
            outline.release();
            quad.release();
        }
    }

    /**
     * The sheet's corners found again at full resolution: along each side of the rough quadrilateral (found at an eighth
     * of the resolution, some 8 pixels off), the paper's edge — the steepest step in the gray across the side, within
     * {@link #EDGE_REACH} of it — at 40 places, a line fitted through them (Huber: a finger or a dog-ear pulls little),
     * each corner where two sides' lines meet. A corner that moves further than the reach keeps its rough place.
     */
    static org.opencv.core.Point[] refined(Mat gray, org.opencv.core.Point[] rough) {
        double[][] lines = new double[4][];
        for (int i = 0; i < 4; i++) {
            org.opencv.core.Point a = rough[i], b = rough[(i + 1) % 4];
            double len = Math.hypot(b.x - a.x, b.y - a.y);
            if (len < 1) return rough;
            double dx = (b.x - a.x) / len, dy = (b.y - a.y) / len, nx = -dy, ny = dx;
            List<org.opencv.core.Point> edge = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                double t = 0.1 + 0.8 * k / 39.0, px = a.x + t * (b.x - a.x), py = a.y + t * (b.y - a.y);
                double best = 0, at = Double.NaN;
                for (int o = -EDGE_REACH; o <= EDGE_REACH; o++) {
                    double before = pixel(gray, px + (o - 2) * nx, py + (o - 2) * ny), after = pixel(gray, px + (o + 2) * nx, py + (o + 2) * ny);
                    if (Double.isNaN(before) || Double.isNaN(after)) continue;
                    double step = Math.abs(after - before);
                    if (step > best) { best = step; at = o; }
                }
                if (!Double.isNaN(at) && best >= EDGE_STEP / 2) edge.add(new org.opencv.core.Point(px + at * nx, py + at * ny));
            }
            if (edge.size() < 10) return rough;
            org.opencv.core.MatOfPoint2f pts = new org.opencv.core.MatOfPoint2f(edge.toArray(new org.opencv.core.Point[0]));
            Mat line = new Mat();
            Imgproc.fitLine(pts, line, Imgproc.DIST_HUBER, 0, 0.01, 0.01);
            lines[i] = new double[]{line.get(0, 0)[0], line.get(1, 0)[0], line.get(2, 0)[0], line.get(3, 0)[0]}; // vx, vy, x0, y0
            pts.release();
            line.release();
        }
        org.opencv.core.Point[] out = new org.opencv.core.Point[4];
        for (int i = 0; i < 4; i++) {
            // corner i is where side i-1 (ending at it) meets side i (starting at it)
            double[] p = lines[(i + 3) % 4], q = lines[i];
            double det = p[0] * q[1] - p[1] * q[0];
            if (Math.abs(det) < 1e-6) return rough;
            double t = ((q[2] - p[2]) * q[1] - (q[3] - p[3]) * q[0]) / det;
            out[i] = new org.opencv.core.Point(p[2] + t * p[0], p[3] + t * p[1]);
            if (Math.hypot(out[i].x - rough[i].x, out[i].y - rough[i].y) > 2 * EDGE_REACH) return rough;
        }
        return out;
    }

    /**
     * Degrees a sheet's corner may stand off square and the sheet be left to {@link Keystone}: its rows may differ by
     * {@link Keystone#MOST} (4°) and its sides by {@link Keystone#MOST_UPRIGHT} (10°); measured on a
     * newcomer's eight phone photos of real budgets, corners 2.5–5.7° off read as well or better unsquared, one 10° off
     * read nothing ("no ruled table") and 27 of its 28 amounts squared.
     */
    static final double SQUARE_ENOUGH = 6;

    /** The share of a sheet's side, at its edge, made paper in a photo: what lies there is the edge or the desk, no print. */
    static final double SHEET_EDGE = 0.015;

    /** How far across a rough side its sheet's edge is looked for, pixels (the rough corners are found at an eighth). */
    static final int EDGE_REACH = 16;

    /** The gray at (x, y), nearest pixel; NaN outside the image. */
    private static double pixel(Mat gray, double x, double y) {
        int c = (int) Math.round(x), r = (int) Math.round(y);
        if (c < 0 || r < 0 || c >= gray.cols() || r >= gray.rows()) return Double.NaN;
        return gray.get(r, c)[0];
    }

    /** The angle at {@code b} between {@code a} and {@code c}, degrees. */
    private static double corner(org.opencv.core.Point a, org.opencv.core.Point b, org.opencv.core.Point c) {
        double ux = a.x - b.x, uy = a.y - b.y, vx = c.x - b.x, vy = c.y - b.y;
        return Math.toDegrees(Math.acos((ux * vx + uy * vy) / Math.max(1e-9, Math.hypot(ux, uy) * Math.hypot(vx, vy))));
    }

    /**
     * Whether the bright region's outline is a sheet's edge — a step from paper to something much darker (the desk: at
     * least {@link #EDGE_STEP} gray levels, and under two thirds of the paper's brightness, a few pixels either side) —
     * and not where a lamp's fall-off or a lifted page's shade crosses Otsu's threshold (a smooth slope: the two sides
     * differ by little), which would cut the darker part of the page away.
     *
     * @param small   the image at an eighth of the resolution, blurred
     * @param outline the bright region's outline, in {@code small}'s pixels
     */
    private static boolean sharpEdge(Mat small, org.opencv.core.MatOfPoint outline) {
        Mat inside = Mat.zeros(small.size(), CvType.CV_8UC1);
        Imgproc.drawContours(inside, List.of(outline), 0, new org.opencv.core.Scalar(255), -1);
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(9, 9));
        Mat grown = new Mat(), shrunk = new Mat(), ringOut = new Mat(), ringIn = new Mat();
        try {
            Imgproc.dilate(inside, grown, k);
            Imgproc.erode(inside, shrunk, k);
            Core.subtract(grown, inside, ringOut);
            Core.subtract(inside, shrunk, ringIn);
            if (Core.countNonZero(ringOut) == 0 || Core.countNonZero(ringIn) == 0) return false;
            double out = Core.mean(small, ringOut).val[0], in = Core.mean(small, ringIn).val[0];
            return in - out >= EDGE_STEP && out < in * 2 / 3;
        } finally {
            for (Mat m : List.of(inside, k, grown, shrunk, ringOut, ringIn)) m.release();
        }
    }

    /** Gray levels a sheet's edge steps down at least, from the paper to what lies around it. */
    static final double EDGE_STEP = 50;

    /** A sheet filling less than this share of the image is no sheet found (the whole image is read). */
    static final double SHEET_LEAST = 0.3;
    /** A sheet filling at least this share of the image leaves nothing around it to take away (a scan). */
    static final double SHEET_WHOLE = 0.97;

    /**
     * The page with its paper made evenly white: each pixel divided by the paper's brightness around it (the page
     * closed with a kernel wider than any stroke, at a quarter of the resolution), so shading, a yellowed sheet, a
     * copier's uneven toner or a shadow at the fold leave the ink's contrast and nothing else.
     *
     * @param gray 8-bit gray page
     * @param dpi  its resolution
     * @return 8-bit gray, paper at 255
     */
    public static Mat flatten(Mat gray, float dpi) {
        Mat small = new Mat();
        Imgproc.resize(gray, small, new Size(Math.max(1, gray.cols() / 4), Math.max(1, gray.rows() / 4)), 0, 0, Imgproc.INTER_AREA);
        // strokes are at most ~1/20 inch thick; a kernel of ~1/10 inch (at quarter resolution) closes over them
        int k = Math.max(3, Math.round(dpi / 40f)) | 1;
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(k, k));
        Mat paper = new Mat();
        Imgproc.morphologyEx(small, paper, Imgproc.MORPH_CLOSE, kernel);
        Imgproc.blur(paper, paper, new Size(k, k));
        Mat full = new Mat();
        Imgproc.resize(paper, full, gray.size(), 0, 0, Imgproc.INTER_LINEAR);
        Mat out = new Mat();
        Core.divide(gray, full, out, 255.0, CvType.CV_8UC1);
        small.release();
        kernel.release();
        paper.release();
        full.release();
        return out;
    }

    /** The palest gray (of 255, the paper flattened to 255) that is still ink: three quarters of the paper's brightness. */
    static final int PALE = 191;

    /**
     * Ink: 255 where a pixel is clearly darker than the paper around it, in a stroke that is somewhere darker than
     * {@link #PALE}; 0 elsewhere. A local (Gaussian-weighted) threshold over a window of about 1/8 inch, after a blur that
     * keeps scanner noise from making specks: light (3×3) on a clean scan, stronger on a noisy one (σ of 0.2 × the
     * paper's noise, up to 2 pixels). Print seen through the sheet from its other side (bleed-through, about 200 of 255)
     * and the paler specks of sensor noise are ink only locally: no pixel of theirs is darker than {@code PALE}, so they
     * go; the thin strokes of small type (7 pt at 200 dpi: one or two pixels, mostly paler than {@code PALE} after the
     * blur) keep their pale pixels within 2 pixels of a dark core (cutting every pale pixel lost a fifth of a 7-pt
     * table's figures).
     *
     * @param flat  a flattened page ({@link #flatten})
     * @param dpi   its resolution
     * @param noise its noise ({@link #noise}), gray levels
     * @param bilevel whether the page was black and white ({@link #softenedIfBilevel}): its strokes are black, and what
     *                is thin and pale on it is dust the softening paled, no stroke ({@link #thinCores} are not taken)
     * @return a new 8-bit mask of the page's size
     */
    public static Mat ink(Mat flat, float dpi, double noise, boolean bilevel) {
        return ink(flat, dpi, noise, null, bilevel);
    }

    /**
     * The text's ink: the strokes of {@link #ink} (without the rulings) whole, their pale parts measured against the
     * paper around them and not against the rules beside them. In a table of small type every glyph stands within a
     * few pixels of two rules (a 7 pt row at 200 dpi is 16 pixels high), which darken the local mean {@link #ink}'s
     * threshold is set from: the pale strokes of such glyphs fell under it, a code flush against the table's left
     * border lost its first digit (2010450 read 010450) and 合计 its 计 (the phrase was cut to what was left). Here the
     * threshold is taken again with the rules painted as paper, and what it adds is kept only where it is joined to
     * a stroke {@link #ink} found (hysteresis): faint marks standing alone by a rule — the rim a seal leaves, a rule's
     * own piece where a seal paled it — stay out, as they did (taken in, they read as dashes and 研 in empty cells).
     * No pixel of a rule is ink here.
     *
     * @param flat  a flattened page ({@link #flatten})
     * @param dpi   its resolution
     * @param noise its noise ({@link #noise}), gray levels
     * @param ink   the page's ink ({@link #ink})
     * @param rules 255 on the ruling lines ({@link Rulings#mask}), the page's size
     * @param bilevel as for {@link #ink(Mat, float, double, boolean)}
     * @return a new 8-bit mask of the page's size
     */
    public static Mat textInk(Mat flat, float dpi, double noise, Mat ink, Mat rules, boolean bilevel) {
        Mat strong = new Mat();
        Core.subtract(ink, rules, strong);
        Mat weak = ink(flat, dpi, noise, rules, bilevel);
        Core.bitwise_or(weak, strong, weak);
        Mat labels = new Mat();
        int n = Imgproc.connectedComponents(weak, labels, 8, CvType.CV_32S);
        int size = weak.cols() * weak.rows();
        int[] lab = new int[size];
        labels.get(0, 0, lab);
        labels.release();
        byte[] seed = new byte[size];
        strong.get(0, 0, seed);
        strong.release();
        boolean[] keep = new boolean[n];
        for (int i = 0; i < size; i++) if (seed[i] != 0) keep[lab[i]] = true;
        byte[] out = seed; // reused: every seed pixel is kept
        for (int i = 0; i < size; i++) out[i] = keep[lab[i]] && lab[i] != 0 ? (byte) 255 : 0;
        weak.put(0, 0, out);
        return weak;
    }

    /**
     * The text ink less, within {@code regions}, the pieces of rules left in it: runs of ink as long across or as
     * tall as {@link Rulings#detect} takes a rule's to be ({@link Rulings#LONG_RUN}, {@link Rulings#TALL_RUN}). A hairline cut to 1 bit breaks into such pieces, too far apart to join into a rule, and they tie the text
     * of the cells they ran between into one mark.
     *
     * @param text    255 where ink ({@link #textInk}), the page's size
     * @param regions where to look, pixels
     * @return a new mask, or {@code text} itself when no piece is there
     */
    public static Mat rulePiecesErased(Mat text, List<java.awt.Rectangle> regions, float dpi) {
        Mat across = new Mat(), down = new Mat(), pieces = new Mat(), within = Mat.zeros(text.size(), CvType.CV_8UC1);
        Mat h = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(Math.max(3, Math.round(dpi * Rulings.LONG_RUN)), 1));
        Mat v = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(1, Math.max(3, Math.round(dpi * Rulings.TALL_RUN))));
        try {
            Imgproc.morphologyEx(text, across, Imgproc.MORPH_OPEN, h);
            Imgproc.morphologyEx(text, down, Imgproc.MORPH_OPEN, v);
            Core.bitwise_or(across, down, pieces);
            for (java.awt.Rectangle r : regions) {
                Imgproc.rectangle(within, new org.opencv.core.Point(r.x, r.y), new org.opencv.core.Point(r.x + r.width, r.y + r.height), new org.opencv.core.Scalar(255), -1);
            }
            Core.bitwise_and(pieces, within, pieces);
            if (Core.countNonZero(pieces) == 0) return text;
            // (a pixel around: the piece's grey edge)
            Imgproc.dilate(pieces, pieces, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
            Mat out = new Mat();
            Core.subtract(text, pieces, out);
            return out;
        } finally {
            for (Mat m : List.of(across, down, pieces, within, h, v)) m.release();
        }
    }

    private static Mat ink(Mat flat, float dpi, double noise, Mat rules, boolean bilevel) {
        Mat smooth = new Mat();
        if (noise > 3) Imgproc.GaussianBlur(flat, smooth, new Size(0, 0), Math.min(2.0, Math.max(0.8, 0.2 * noise)));
        else Imgproc.GaussianBlur(flat, smooth, new Size(3, 3), 0);
        if (rules != null) smooth.setTo(new org.opencv.core.Scalar(255), rules);
        int block = Math.max(15, Math.round(dpi / 8f)) | 1;
        Mat out = new Mat();
        Imgproc.adaptiveThreshold(smooth, out, 255, Imgproc.ADAPTIVE_THRESH_GAUSSIAN_C, Imgproc.THRESH_BINARY_INV, block, 18);
        // pixels of strokes with a core darker than three quarters of the paper's brightness: within 2 pixels of such a
        // core (the blur spreads a stroke's edge about that far), not pale noise further off
        Mat dark = new Mat();
        Imgproc.threshold(smooth, dark, PALE, 255, Imgproc.THRESH_BINARY_INV);
        if (!bilevel) {
            Mat thin = thinCores(flat, rules);
            Core.bitwise_or(dark, thin, dark);
            thin.release();
        }
        Core.bitwise_and(dark, out, dark);
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(5, 5));
        Imgproc.dilate(dark, dark, k);
        Core.bitwise_and(out, dark, out);
        dark.release();
        smooth.release();
        return out;
    }


    /** How much lighter than a thin stroke's pixel the lightest pixel beside it is, at least ({@link #thinCores}). */
    static final int THIN_RISE = 48;

    /**
     * The cores of strokes a pixel or two wide: pixels darker than {@link #PALE} in the page as scanned, with paper
     * within a pixel of them ({@link #THIN_RISE} lighter). The blur {@link #ink} takes before judging a core pales
     * such a stroke past {@code PALE} (a toner-saving copy's thinned type, gray 150–190 a pixel wide, was no ink but
     * dots, its phrases fragments, its rows unread); print showing through from the back is as pale but blurred by the
     * paper, no pixel of it beside paper.
     */
    private static Mat thinCores(Mat flat, Mat rules) {
        Mat lightest = new Mat(), rise = new Mat(), pale = new Mat();
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));
        Imgproc.dilate(flat, lightest, k);
        Core.subtract(lightest, flat, rise);
        Imgproc.threshold(rise, rise, THIN_RISE - 1, 255, Imgproc.THRESH_BINARY);
        Imgproc.threshold(flat, pale, PALE, 255, Imgproc.THRESH_BINARY_INV);
        Core.bitwise_and(rise, pale, rise);
        if (rules != null) rise.setTo(new org.opencv.core.Scalar(0), rules);
        k.release();
        lightest.release();
        pale.release();
        return rise;
    }

    /**
     * A black-and-white scan (a copier's or a fax's bilevel image: no gray at all) softened into gray: a Gaussian of
     * about a pixel at 200 dpi. The recognizer reads gray glyphs; broken one-pixel strokes of a bilevel photocopy read
     * far better anti-aliased (on a photocopied budget page, 4 of 40 figures misread as they are, 1 softened). A gray
     * page is returned as it is.
     *
     * @param flat a flattened page ({@link #flatten})
     * @param dpi  its resolution
     * @return the page to read from: {@code flat} itself, or a new softened copy (the caller releases {@code flat})
     */
    public static Mat softenedIfBilevel(Mat flat, float dpi) {
        if (!isBilevel(flat)) return flat;
        Mat out = new Mat();
        Imgproc.GaussianBlur(flat, out, new Size(0, 0), Math.max(0.6, dpi / 220.0));
        return out;
    }

    /** How many pixels of an 8-bit gray page have each gray level (256 counts). */
    private static float[] histogram(Mat gray) {
        Mat hist = new Mat(), all = new Mat();
        Imgproc.calcHist(List.of(gray), new org.opencv.core.MatOfInt(0), all, hist, new org.opencv.core.MatOfInt(256), new org.opencv.core.MatOfFloat(0, 256));
        float[] h = new float[256];
        hist.get(0, 0, h);
        hist.release();
        all.release();
        return h;
    }

    /** Whether a gray page has two levels only (99 % of its pixels black or white). */
    public static boolean isBilevel(Mat flat) {
        float[] h = histogram(flat);
        double total = 0, extremes = h[0] + h[255];
        for (float v : h) total += v;
        return total > 0 && extremes >= 0.99 * total;
    }

    /**
     * Above this share of its pixels 128 gray levels or more off the median of their 3 × 3 neighbourhood, with no
     * neighbour so off, a gray page is salted and peppered (impulse noise: specks of a pixel, alone): the scan matrix's
     * gray and colour pages measure at most 0.0006, a newcomer's photocopies with impulse noise 0.013. Pixels of a
     * one-pixel rule or stroke are off their median as well, but in a line, each beside the next: a clean 300 dpi scan
     * of a LibreOffice table (hairline borders, 7 pt) has 0.007 of its pixels off and 0.0003 alone, a newcomer's grainy
     * photocopy of thin type 0.006 and 0.0002 (counting them all, both had their median taken, which erased their
     * rules and most strokes: 19 of 399 amounts, and no table found).
     */
    static final double IMPULSE = 0.003;

    /**
     * A gray page salted and peppered ({@link #IMPULSE}) with a 3 × 3 median taken (OpenCV's median blur: the filter
     * for impulse noise; a Gaussian only spreads each speck), but for its rules (dark runs of {@link #RULE_RUN} inch or
     * more, which the median of a hairline would make paper). On such a page every phrase took in specks and both of a
     * newcomer's photocopies of 社会福利院24's tables, read as fragments, fitted no template (0 of 89 amounts). A
     * bilevel page has its own cleaning ({@link #despeckledIfSalted}); any other page is returned as it is.
     *
     * @param gray a gray page, paper light
     * @param dpi  its resolution
     * @return {@code gray} itself, or a new filtered copy (the caller releases {@code gray})
     */
    public static Mat medianIfSalted(Mat gray, float dpi) {
        if (isBilevel(gray)) return gray;
        Mat median = new Mat(), off = new Mat(), around = new Mat();
        Imgproc.medianBlur(gray, median, 3);
        Core.absdiff(gray, median, off);
        Imgproc.threshold(off, off, 127, 1, Imgproc.THRESH_BINARY);
        // alone: the only pixel so off in its 3 × 3 neighbourhood (the sum of the neighbourhood is its own 1)
        Imgproc.boxFilter(off, around, -1, new Size(3, 3), new org.opencv.core.Point(-1, -1), false, Core.BORDER_CONSTANT);
        Core.compare(around, new org.opencv.core.Scalar(1), around, Core.CMP_EQ);
        Core.multiply(around, off, around);
        double share = (double) Core.countNonZero(around) / Math.max(1, off.total());
        off.release();
        if (share < IMPULSE) {
            around.release();
            median.release();
            return gray;
        }
        around.release();
        // the rules keep their pixels: a hairline rule (a pixel wide) is no speck, but its median is paper (the whole
        // page's median erased a newcomer's Calc table's hairline borders with its salt and pepper: 0 of 92 amounts, its
        // rows read by alignment as fragments). Its pixels are those of dark runs longer than any speck, along or
        // across, and a pixel around them
        int run = Math.max(9, (int) Math.round(dpi * RULE_RUN));
        Mat dark = new Mat(), along = new Mat(), across = new Mat();
        Imgproc.threshold(gray, dark, RULE_DARK, 255, Imgproc.THRESH_BINARY_INV);
        Mat hk = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(run, 1)), vk = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(1, run));
        Imgproc.morphologyEx(dark, along, Imgproc.MORPH_OPEN, hk);
        Imgproc.morphologyEx(dark, across, Imgproc.MORPH_OPEN, vk);
        Core.bitwise_or(along, across, along);
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));
        Imgproc.dilate(along, along, k);
        gray.copyTo(median, along);
        for (Mat m : List.of(dark, along, across, hk, vk, k)) m.release();
        return median;
    }

    /** The least length of a dark run (inches) that is a rule's, kept through a salted page's median: longer than two specks. */
    static final double RULE_RUN = 0.05;
    /** How dark (gray level, paper at 255) a hairline rule's pixels are at least, for {@link #medianIfSalted}. */
    static final double RULE_DARK = 200;

    /**
     * Above this many specks of ink a square inch (4 pixels or fewer at 200 dpi, isolated or not) a bilevel page is
     * salted and peppered: a 1-bit office scan of a real budget page measures 4, a noisy one 4, the matrix's photocopy
     * with toner dust 63, its copy of the seed's 7 pt table (its strokes broken into specks) 132; a newcomer's faxes
     * about 500.
     */
    static final double SPECKLED = 200;

    /**
     * {@link #SPECKLED} for a fax in standard mode (pixels not square, 204 × 98 dpi: nothing but a fax transmission
     * makes them), counted in its own pixels, specks of 2 pixels and fewer: a newcomer's two such faxes measure 171
     * and 252; the first, with a streak, left salted at 200, read 0 of 159 amounts. (A copy of small type measures as
     * much as 132 at 200 dpi: lowered for every page, the bar cleaned the seed's 7 pt table of half its strokes.)
     */
    static final double FAX_SPECKLED = 100;

    /**
     * A black-and-white page salted and peppered all over (a fax's line noise, a dirty scanner's 1-bit mode: more than
     * {@link #SPECKLED} specks a square inch) cleaned: each speck of ink and each pinhole of paper of at
     * most 4 pixels at 200 dpi (as many more as the resolution is finer; no fewer at a coarser one: line noise strikes
     * a scanned pixel, whatever its size, and a fax at 150 dpi kept its specks of 3 and 4 pixels, read as 1 and r
     * around every phrase) made paper and ink. On such a page every
     * phrase the text finder drew took in specks, and its figures read as "1 1 0 1" and "? ." (0 of 96 amounts read).
     * A decimal point is a speck's size too: an amount that loses one no longer parses or fails its identities, and is
     * flagged. Any other page is returned as it is.
     *
     * @param flat a bilevel page ({@link #flatten}ed, before {@link #softenedIfBilevel}), ink dark
     * @param dpi  its resolution
     * @return {@code flat} itself, or a cleaned copy (the caller releases {@code flat})
     */
    public static Mat despeckledIfSalted(Mat flat, float dpi) {
        return despeckledIfSalted(flat, dpi, Math.max(4, (int) Math.round(4 * (dpi / 200.0) * (dpi / 200.0))), SPECKLED);
    }

    /**
     * {@link #despeckledIfSalted(Mat, float)} for an image whose pixels are not square (a fax in standard mode, 204 ×
     * 98 dpi), in its own pixels, before it is stretched: specks of the area 4 pixels have at 200 dpi (2 of the fax's;
     * at least 1), from {@link #FAX_SPECKLED} a square inch. Stretched first, its specks were twice their size and too
     * few were small enough to count; specks of 4 of its pixels are no measure either: a 4's diagonal at 98 lines an
     * inch breaks into pieces of 3 and 4 (cleaned so, 4,608,515 read 4,608,315).
     *
     * @param dpiX its horizontal resolution
     * @param dpiY its vertical resolution
     */
    public static Mat despeckledIfSalted(Mat flat, double dpiX, double dpiY) {
        double area = Math.sqrt(dpiX * dpiY);
        return despeckledIfSalted(flat, (float) area, (int) Math.max(1, Math.round(4 * area * area / (200.0 * 200.0))), FAX_SPECKLED);
    }

    /**
     * {@link #despeckledIfSalted(Mat, float)} with the largest speck given, {@code most} pixels, and the specks a
     * square inch from which the page is salted.
     *
     * @param dpi the resolution of a pixel's area (√(dpi x × dpi y) for pixels that are not square)
     */
    private static Mat despeckledIfSalted(Mat flat, float dpi, int most, double speckled) {
        if (!isBilevel(flat)) return flat;
        Mat ink = new Mat(), paper = new Mat();
        Imgproc.threshold(flat, ink, 128, 255, Imgproc.THRESH_BINARY_INV);
        double squareInches = (double) ink.total() / ((double) dpi * dpi);
        if (small(ink, most, null, (byte) 0) < speckled * squareInches) { // counted only: most 1-bit pages are no fax
            ink.release();
            return flat;
        }
        byte[] px = new byte[(int) ink.total()];
        ink.get(0, 0, px);
        small(ink, most, px, (byte) 0); // specks of ink become paper (0 in the ink mask)
        Imgproc.threshold(flat, paper, 128, 255, Imgproc.THRESH_BINARY);
        small(paper, most, px, (byte) 255); // pinholes of paper become ink
        ink.put(0, 0, px);
        Mat out = new Mat();
        Core.bitwise_not(ink, out); // paper 255, ink 0
        ink.release();
        paper.release();
        return out;
    }

    /**
     * How many components of {@code mask} have at most {@code most} pixels; unless {@code px} is null, each of them set
     * to {@code to} in {@code px} (an ink mask's bytes).
     */
    private static int small(Mat mask, int most, byte[] px, byte to) {
        Mat labels = new Mat(), stats = new Mat(), centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8, CvType.CV_32S);
        boolean[] small = new boolean[n];
        int[] st = new int[5];
        int count = 0;
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, st);
            small[i] = st[4] <= most;
            if (small[i]) count++;
        }
        if (px != null) {
            int[] lab = new int[(int) labels.total()];
            labels.get(0, 0, lab);
            for (int i = 0; i < lab.length; i++) if (small[lab[i]]) px[i] = to;
        }
        labels.release();
        stats.release();
        centroids.release();
        return count;
    }

    /**
     * Dust on a black-and-white page: its isolated specks (4 pixels or fewer, no other ink within 6) per square inch.
     * A 1-bit office scan measures 0.1–2.6 on the scan matrix, a photocopy with toner dust 22–46.
     *
     * @param bilevel a page of two levels (before {@link #softenedIfBilevel}), ink dark
     * @param dpi     its resolution
     */
    public static double specksPerSquareInch(Mat bilevel, float dpi) {
        Mat ink = new Mat(), labels = new Mat(), stats = new Mat(), centroids = new Mat();
        try {
            Imgproc.threshold(bilevel, ink, 128, 255, Imgproc.THRESH_BINARY_INV);
            int n = Imgproc.connectedComponentsWithStats(ink, labels, stats, centroids, 8);
            int isolated = 0;
            int[] s = new int[5];
            for (int i = 1; i < n; i++) {
                stats.get(i, 0, s);
                if (s[4] > 4) continue;
                int x0 = Math.max(0, s[0] - 6), y0 = Math.max(0, s[1] - 6);
                int x1 = Math.min(ink.cols(), s[0] + s[2] + 6), y1 = Math.min(ink.rows(), s[1] + s[3] + 6);
                Mat around = ink.submat(y0, y1, x0, x1);
                if (Core.countNonZero(around) <= s[4]) isolated++;
                around.release();
            }
            double squareInches = (double) ink.cols() * ink.rows() / ((double) dpi * dpi);
            return squareInches == 0 ? 0 : isolated / squareInches;
        } finally {
            ink.release();
            labels.release();
            stats.release();
            centroids.release();
        }
    }

    /**
     * Gray level (of 255, the paper flattened to 255) above which a page is faint: the darkest tenth of its ink paler
     * than half-way to the paper.
     */
    static final int FAINT = 128;
    /** Gray level the darkest tenth of a faint page's ink is stretched to (an office scan's measures about 15 there). */
    static final int FAINT_TO = 20;

    /**
     * The page with faint ink made dark, in place: where the darkest tenth of its ink is paler than {@link #FAINT} (a
     * copy of a copy, toner run low), the levels stretched so that it is {@link #FAINT_TO} and the paper stays white.
     * A newcomer's second-generation photocopy (ink 151–174 of 255 on paper 250) lost the pale strokes of its glyphs
     * from the ink the phrases are found in: 201 read 01, 一般公共服务支出 read 支公 服务 (its ink's darkest tenth: 151).
     * Measured on the matrix's office-200: the real budgets about 15, the 7 pt type of the seed tables 106–109, a light
     * Songti 62 (none stretched; a share of the whole page, 0.5 %, took a seed page with little ink on it for faint).
     *
     * @param flat a flattened page ({@link #flatten})
     * @return whether it was stretched
     */
    public static boolean darkenedIfFaint(Mat flat) {
        // the ink told from the paper by Otsu's threshold, at full resolution (halved, thin strokes average paler: the
        // seed tables' 7 pt type measured faint), and the level of its darkest tenth (a share of the whole page falls
        // among the anti-aliased edges of a page with little ink on it)
        Mat rough = new Mat(), hist = new Mat();
        Imgproc.threshold(flat, rough, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        Imgproc.calcHist(List.of(flat), new MatOfInt(0), rough, hist, new MatOfInt(256), new MatOfFloat(0f, 256f));
        double total = Core.sumElems(hist).val[0], acc = 0;
        int dark = 255;
        for (int v = 0; v < 256 && total > 0; v++) {
            acc += hist.get(v, 0)[0];
            if (acc >= total * 0.10) {
                dark = v;
                break;
            }
        }
        rough.release();
        hist.release();
        if (dark <= FAINT || dark >= 250) return false;
        // v → 255 − (255 − v)·(255 − FAINT_TO)/(255 − dark): that tenth to FAINT_TO, the paper at 255
        double gain = (255.0 - FAINT_TO) / (255.0 - dark);
        flat.convertTo(flat, CvType.CV_8UC1, gain, 255.0 * (1 - gain));
        return true;
    }

    /** Above this {@link #noise} (gray levels) a page is smoothed before it is recognized ({@link #forRecognition}). */
    static final double NOISY = 6.5;

    /**
     * The page, its rulings and phrases found, made what the recognizers read best, in place: a page with strong sensor
     * noise ({@link #noise} above {@link #NOISY}; a clean or office scan measures 1.5, a shaded or colour page 4.5–6, the
     * matrix's noisy one 7.4) is smoothed, a Gaussian of σ = 1 pixel at 300 dpi. Both engines misread digits in speckle
     * (a comma for a point, a digit lost). Measured on the scan matrix (README → Performance), real documents' amounts
     * read exactly on noisy-300: 94.7% → 98.9% (σ 0.7: 98.5%, 1.4: 98.6%; a 3×3 median 98.9% with more cells lost;
     * non-local means 96.1% at 3.5× the CPU). Smoothed as well, shaded-200 fell from 99.7% to 98.9%: those stay as they
     * are. (Making pale gray paper instead, for every other page, gained the real documents 16 amounts and lost the small
     * type of the seed tables 74: their thin strokes are that gray.)
     *
     * @param flat  a flattened page ({@link #flatten}), changed in place
     * @param dpi   its resolution
     * @param noise its noise ({@link #noise}), gray levels
     */
    public static void forRecognition(Mat flat, float dpi, double noise) {
        if (noise <= NOISY) return;
        Mat out = new Mat();
        Imgproc.GaussianBlur(flat, out, new Size(0, 0), Math.max(0.5, dpi / 300.0));
        out.copyTo(flat);
        out.release();
    }

    /**
     * A rough ink mask at half the resolution (Otsu's global threshold): enough to tell how a page lies (its skew, whether it
     * is sideways), a tenth of the work of {@link #ink}.
     *
     * @param flat a flattened page ({@link #flatten})
     */
    public static Mat roughInk(Mat flat) {
        Mat half = new Mat(), out = new Mat();
        Imgproc.resize(flat, half, new Size(Math.max(1, flat.cols() / 2), Math.max(1, flat.rows() / 2)), 0, 0, Imgproc.INTER_AREA);
        Imgproc.threshold(half, out, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        half.release();
        return out;
    }

    /**
     * The paper's noise, in gray levels: the spread (σ, from the median absolute deviation) of the difference between
     * the page and its 5×5 median, over paper (pixels whose median is light). A clean or office scan measures about
     * 1.5; a scan with strong sensor noise 7 and more.
     */
    public static double noise(Mat flat) {
        Mat small = flat;
        if ((long) flat.cols() * flat.rows() > 4_000_000L) {
            // a quarter of the pixels (every other row and column) is plenty for a spread
            small = new Mat();
            Imgproc.resize(flat, small, new Size(flat.cols() / 2, flat.rows() / 2), 0, 0, Imgproc.INTER_NEAREST);
        }
        Mat med = new Mat(), diff = new Mat(), paper = new Mat();
        Imgproc.medianBlur(small, med, 5);
        Core.absdiff(small, med, diff);
        Imgproc.threshold(med, paper, 200, 255, Imgproc.THRESH_BINARY);
        Mat hist = new Mat();
        Imgproc.calcHist(List.of(diff), new org.opencv.core.MatOfInt(0), paper, hist, new org.opencv.core.MatOfInt(256), new org.opencv.core.MatOfFloat(0, 256));
        float[] h = new float[256];
        hist.get(0, 0, h);
        double total = 0;
        for (float v : h) total += v;
        double seen = 0;
        int median = 0;
        for (int i = 0; i < 256; i++) {
            seen += h[i];
            if (seen * 2 >= total) { median = i; break; }
        }
        for (Mat m : List.of(med, diff, paper, hist)) m.release();
        if (small != flat) small.release();
        return total == 0 ? 0 : 1.4826 * median;
    }
}

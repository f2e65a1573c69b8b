package io.gongkai.extract.pdf;

import io.gongkai.grid.Segment;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import io.gongkai.grid.Glyph;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page's content once and collects both its ruling lines (stroked lines and rectangles, and thin filled
 * rectangles, which is how spreadsheet programs often draw cell borders) and its glyphs with boxes. A glyph's box
 * spans its visible height (about 0.8 em above the baseline, 0.12 em below), not the font bounding box, which for CJK
 * fonts is taller than the tight rows of exported spreadsheets. A character drawn twice over itself to look bold is
 * one glyph. Coordinates are from the top-left of the crop box.
 * One instance per page; not thread-safe.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    private static final double THIN = 2.5;
    private final PDRectangle crop;
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> current;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private boolean images;

    /** Whether the page paints an image (a scan, a photo, a logo). */
    boolean drawsImages() {
        return images;
    }

    private int shown, invisible, unmapped, privateUse;
    /** Depth of Type 3 glyph drawings being run ({@link #showType3Glyph}): what they paint is a glyph's. */
    private int inGlyph;
    /** What the Type 3 glyph drawn last painted: x0, y0, x1, y1 in user space, or null. */
    private double[] glyphInk;
    /** Each Type 3 font's em as its drawings show it ({@link #drawnBox}), user space units. */
    private final java.util.Map<PDFont, Double> drawnEm = new java.util.IdentityHashMap<>();
    private double imageCover;
    /**
     * Glyphs drawn before an opaque image covering most of the page was painted over them: hidden text, as scanner
     * software lays its OCR "under the page image" (drawn visibly, then covered by the scan), which misreads figures
     * like any OCR and which a reader of the page never sees (a newcomer's such PDFs: the hidden layer read, 727,888,849
     * where the scan prints 127,886,849, and with the default engine no table at all).
     */
    private int covered;

    /** The most glyphs a page shows beside a picture of a table: its title, 编制单位 and 单位 lines, a page number. */
    static final int FEW_GLYPHS = 80;
    /** The least share of the page a picture of a table covers. */
    static final double PICTURE_COVER = 0.25;

    /**
     * Whether the page is a picture beside little text: an image covering a quarter of the page or more and fewer than
     * {@value #FEW_GLYPHS} glyphs shown (a table pasted as a picture under its title, as Word documents hold a
     * spreadsheet's screenshot: a newcomer's 150 amounts on such a page were not read, and nothing said so).
     */
    boolean pictureBesideFewGlyphs() {
        return images && imageCover >= PICTURE_COVER && shown - invisible < FEW_GLYPHS;
    }

    /**
     * Why the page's text layer is not to be read as its text, or null when it is: glyphs with no Unicode or in the
     * private-use area (a font without ToUnicode: the codes say nothing), or invisible text over a page-sized image
     * (another program's OCR of a scan, which misreads figures: Z0l5 for 2015).
     */
    String unusableText() {
        if (shown == 0) return null;
        if (unmapped + privateUse > shown * 0.2) return "text layer has glyphs without Unicode";
        if (invisible > shown * 0.8 && imageCover > 0.5) return "text is an invisible OCR layer over a scanned image";
        if (covered > shown * 0.8) return "text lies under a scanned image that covers it (another program's OCR, drawn first)";
        return null;
    }

    RulingCollector(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    /**
     * A glyph in user space: its baseline start, advance end and "up" (one em) points, as floats (a page that draws
     * millions of glyphs, a ruled grid of 360,000 cells, held 210 MB in their points as objects).
     */
    private record RawGlyph(String text, float x0, float y0, float x1, float y1, float upX, float upY) {
        RawGlyph(String text, Point2D start, Point2D end, Point2D up) {
            this(text, (float) start.getX(), (float) start.getY(), (float) end.getX(), (float) end.getY(), (float) up.getX(), (float) up.getY());
        }

        Point2D start() {
            return new Point2D.Float(x0, y0);
        }

        Point2D end() {
            return new Point2D.Float(x1, y1);
        }

        Point2D up() {
            return new Point2D.Float(upX, upY);
        }
    }

    private final ArrayList<RawGlyph> rawGlyphs = new ArrayList<>();
    private final List<Segment> userSegments = new ArrayList<>();
    private int rotation;

    /**
     * Reads the page, then puts everything in reading orientation: the direction most text runs in (a /Rotate page,
     * or a landscape table set sideways on a portrait page) becomes left-to-right, origin top-left.
     */
    void collect() throws IOException {
        processPage(getPage());
        int[] votes = new int[4];
        for (RawGlyph g : rawGlyphs) {
            double dx = g.x1() - g.x0(), dy = g.y1() - g.y0();
            if (Math.abs(dx) + Math.abs(dy) < 1e-6) continue;
            double angle = Math.toDegrees(Math.atan2(dy, dx));
            votes[Math.floorMod((int) Math.round(angle / 90.0), 4)]++;
        }
        for (int i = 1; i < 4; i++) if (votes[i] > votes[rotation]) rotation = i;
        double[] bounds = bounds();
        for (Segment s : userSegments) {
            Point2D a = reading(new Point2D.Double(s.x0(), s.y0()), bounds), b = reading(new Point2D.Double(s.x1(), s.y1()), bounds);
            segments.add(new Segment(a.getX(), a.getY(), b.getX(), b.getY()));
        }
        for (RawGlyph g : rawGlyphs) {
            Point2D s0 = reading(g.start(), bounds), s1 = reading(g.end(), bounds), up = reading(g.up(), bounds);
            double size = s0.distance(up);
            double x0 = Math.min(s0.getX(), s1.getX()), x1 = Math.max(s0.getX(), s1.getX());
            double base = s0.getY();
            if (x1 - x0 < 0.1) x1 = x0 + 0.1;
            if (overprints(g.text(), x0, x1, base, size)) continue;
            glyphs.add(new Glyph(g.text(), x0, base - 0.8 * size, x1, base + 0.12 * size, size));
        }
        // what only the collecting needed goes now: the page's glyphs stay with its grids while its tables are found
        rawGlyphs.clear();
        rawGlyphs.trimToSize();
        userSegments.clear();
        drawn.clear();
    }

    /** A glyph kept: its baseline and its size, in points. */
    private record Drawn(double base, double size) {
    }

    /** The glyphs kept, by text, then by where they start across (points), as pdfbox indexes them. */
    private final java.util.Map<String, java.util.TreeMap<Double, List<Drawn>>> drawn = new java.util.HashMap<>();

    /**
     * Whether a glyph is a copy of one already kept, drawn over it to look bold ("fake bold": office exporters print
     * every text block a second time 0.3–1 pt to the right, or on the very same spot): the same text at the same size
     * (within 5%), starting less than half its advance from the first (the two overlap over most of its width) and on
     * the same baseline (within a third of its advance). The rule is pdfbox's own
     * ({@code PDFTextStripper.setSuppressDuplicateOverlappingText}, which allows a third of the glyph's width both
     * ways); across, half: narrow glyphs (a 10 pt l, i or t, 2.2–2.8 pt wide) set a copy 1 pt on beyond a third. A
     * character that really repeats ({@code 00}, {@code 万万}) is drawn a whole advance on, so stays two glyphs. The
     * first copy is kept, with its box: the place the clean page gives. Positions and sizes in points.
     */
    private boolean overprints(String text, double x0, double x1, double base, double size) {
        double advance = (x1 - x0) / text.length();
        java.util.TreeMap<Double, List<Drawn>> same = drawn.computeIfAbsent(text, k -> new java.util.TreeMap<>());
        for (List<Drawn> at : same.subMap(x0 - advance / 2, false, x0 + advance / 2, false).values()) {
            for (Drawn d : at) {
                if (Math.abs(d.base() - base) < advance / 3 && Math.abs(d.size() - size) <= 0.05 * Math.max(d.size(), size)) return true;
            }
        }
        same.computeIfAbsent(x0, k -> new ArrayList<>()).add(new Drawn(base, size));
        return false;
    }

    /** Quarter turns that make the page's text read left to right. */
    int rotation() {
        return rotation;
    }

    List<Segment> segments() {
        return segments;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    /**
     * Runs a Type 3 glyph's own drawing (its CharProc) with its paths taken as the glyph's ink, not as rulings: Chromium
     * prints text in a weight its font lacks (900) as Type 3 glyphs drawn by filled paths, and the stems of 1, 4 and 7
     * stood as column rules that cut every figure into one-digit cells (371,514,655.00 read 3, verified).
     */
    @Override
    protected void showType3Glyph(Matrix trm, org.apache.pdfbox.pdmodel.font.PDType3Font font, int code, Vector displacement) throws IOException {
        if (inGlyph == 0) glyphInk = null;
        inGlyph++;
        try {
            super.showType3Glyph(trm, font, code, displacement);
        } finally {
            inGlyph--;
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        super.showGlyph(trm, font, code, displacement);
        String u = font.toUnicode(code);
        shown++;
        var mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER || mode == org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER_CLIP) invisible++;
        if (u == null) {
            if (code != 32) unmapped++;
            return;
        }
        if (u.codePoints().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF || c == 0xFFFD)) privateUse++;
        if (u.isBlank()) return;
        float advance = displacement.getX();
        if (clipped(trm, advance)) return;
        Point2D origin = trm.transformPoint(0, 0), end = trm.transformPoint(advance, 0), up = trm.transformPoint(0, 1);
        if (font instanceof org.apache.pdfbox.pdmodel.font.PDType3Font && glyphInk != null) {
            Point2D[] drawn = drawnBox(font, origin, end, up, glyphInk);
            if (drawn != null) {
                end = drawn[0];
                up = drawn[1];
            }
        }
        rawGlyphs.add(new RawGlyph(u, origin, end, up));
    }

    /**
     * A Type 3 glyph's box from what its drawing painted ({@code ink}: x0, y0, x1, y1 in user space), where the box its
     * font matrix and widths give is a small part of it: Chromium's Type 3 fonts (text in a weight its font lacks) scale
     * their glyph space so that each glyph's box came out a tenth of a point wide and tall, every digit a word of its
     * own, a figure read as several ("3 7 1 , 5 1 4"), its columns unmapped and 371,514,655.00 read 3, verified. The
     * glyph is then as tall as the font's tallest drawing so far (its em: a CJK character's), and as wide as its drawing
     * reaches, or half that em (punctuation: 、 draws a tenth of its advance). Returns the new end of the baseline and
     * top of the glyph, or null when the font's box is not smaller than what was drawn.
     */
    private Point2D[] drawnBox(PDFont font, Point2D origin, Point2D end, Point2D up, double[] ink) {
        double ux = end.getX() - origin.getX(), uy = end.getY() - origin.getY(), vx = up.getX() - origin.getX(), vy = up.getY() - origin.getY();
        double ul = Math.hypot(ux, uy), vl = Math.hypot(vx, vy);
        if (ul == 0 || vl == 0) return null;
        ux /= ul; uy /= ul; vx /= vl; vy /= vl;
        double along = 0, top = -Double.MAX_VALUE, bottom = Double.MAX_VALUE;
        for (double x : new double[]{ink[0], ink[2]}) {
            for (double y : new double[]{ink[1], ink[3]}) {
                along = Math.max(along, (x - origin.getX()) * ux + (y - origin.getY()) * uy);
                double across = (x - origin.getX()) * vx + (y - origin.getY()) * vy;
                top = Math.max(top, across);
                bottom = Math.min(bottom, across);
            }
        }
        if (along <= 2 * ul && top - bottom <= 2 * vl) return null; // the font's box holds what was drawn
        double em = Math.max(vl, Math.max(top - bottom, drawnEm.getOrDefault(font, 0.0)));
        drawnEm.put(font, em);
        double width = Math.max(ul, Math.max(along, em / 2));
        return new Point2D[]{new Point2D.Double(origin.getX() + ux * width, origin.getY() + uy * width),
                new Point2D.Double(origin.getX() + vx * em, origin.getY() + vy * em)};
    }

    /**
     * Whether a glyph is cut away by the clipping path: its centre (the point that places it in a cell) is not visible.
     * Spreadsheet programs clip each cell's text to the cell, and print a long text cell across pages clipped on each:
     * what is cut away is not read (it would run into the next cell, or repeat on the next page). A glyph the clip
     * only grazes (码 of 编码 cut at 89% of its advance in a real budget's header) is read.
     */
    private boolean clipped(Matrix trm, float advance) {
        // the paths are tested one by one: asking the graphics state for their intersection (an Area) costs more than
        // the rest of reading a page with a clip in every cell
        List<java.awt.geom.Path2D> clips = getGraphicsState().getCurrentClippingPaths();
        if (clips.size() <= 1) return false; // only the crop box, as every page starts
        Point2D centre = trm.transformPoint(advance / 2, 0.3f);
        for (int i = 1; i < clips.size(); i++) {
            if (!clips.get(i).contains(centre)) return true;
        }
        return false;
    }

    /** min x' and max y' of the crop box turned by the reading rotation. */
    private double[] bounds() {
        double minX = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] c : new double[][]{{crop.getLowerLeftX(), crop.getLowerLeftY()}, {crop.getUpperRightX(), crop.getLowerLeftY()},
                {crop.getLowerLeftX(), crop.getUpperRightY()}, {crop.getUpperRightX(), crop.getUpperRightY()}}) {
            Point2D r = rotate(new Point2D.Double(c[0], c[1]));
            minX = Math.min(minX, r.getX());
            maxY = Math.max(maxY, r.getY());
        }
        return new double[]{minX, maxY};
    }

    private Point2D rotate(Point2D p) {
        double x = p.getX(), y = p.getY();
        return switch (rotation) {
            case 1 -> new Point2D.Double(y, -x);
            case 2 -> new Point2D.Double(-x, -y);
            case 3 -> new Point2D.Double(-y, x);
            default -> new Point2D.Double(x, y);
        };
    }

    /** A user-space point in reading coordinates: text left to right, origin at the top-left. */
    private Point2D reading(Point2D user, double[] bounds) {
        Point2D r = rotate(user);
        return new Point2D.Double(r.getX() - bounds[0], bounds[1] - r.getY());
    }

    /** Paths are kept in user space until the reading orientation is known. */
    private static Point2D topLeft(Point2D p) {
        return new Point2D.Double(p.getX(), p.getY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> r = new ArrayList<>(List.of(topLeft(p0), topLeft(p1), topLeft(p2), topLeft(p3), topLeft(p0)));
        subpaths.add(r);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(topLeft(new Point2D.Float(x, y)));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) moveTo(x, y);
        else current.add(topLeft(new Point2D.Float(x, y)));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        lineTo(x3, y3); // curves are not rulings; keep the path's shape only
        pathCurves++;
    }

    /** Curve segments of the path being built, and of every filled path so far. */
    private int pathCurves, filledCurves;

    /**
     * Whether the page paints text as filled outlines ("convert text to curves" in print software): hundreds of filled
     * curve segments (a page of Chinese text has thousands; a logo or a chart a few dozen).
     */
    boolean drawsOutlines() {
        return filledCurves >= 300;
    }

    @Override
    public Point2D getCurrentPoint() {
        if (current == null || current.isEmpty()) return new Point2D.Float(0, 0);
        return current.get(current.size() - 1);
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) current.add(current.get(0));
    }

    @Override
    public void endPath() {
        if (clipRule != null && !subpaths.isEmpty()) {
            // the path just ended (painted or not) becomes part of the clipping path (PDF 32000 8.5.4)
            java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath(clipRule);
            for (List<Point2D> sub : subpaths) {
                for (int i = 0; i < sub.size(); i++) {
                    Point2D p = sub.get(i);
                    if (i == 0) path.moveTo(p.getX(), p.getY());
                    else path.lineTo(p.getX(), p.getY());
                }
                path.closePath();
            }
            getGraphicsState().intersectClippingPath(path);
        }
        clipRule = null;
        subpaths.clear();
        current = null;
        pathCurves = 0;
    }

    @Override
    public void strokePath() {
        if (inGlyph > 0) {
            inked();
            return;
        }
        for (List<Point2D> path : subpaths) {
            for (int i = 0; i + 1 < path.size(); i++) addIfStraight(path.get(i), path.get(i + 1));
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        if (inGlyph > 0) {
            inked();
            return;
        }
        filledCurves += pathCurves;
        List<double[]> marks = new ArrayList<>();
        for (List<Point2D> path : subpaths) {
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (Point2D p : path) {
                x0 = Math.min(x0, p.getX()); x1 = Math.max(x1, p.getX());
                y0 = Math.min(y0, p.getY()); y1 = Math.max(y1, p.getY());
            }
            if (path.size() < 2) continue;
            if (y1 - y0 <= THIN && x1 - x0 > THIN) userSegments.add(new Segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
            else if (x1 - x0 <= THIN && y1 - y0 > THIN) userSegments.add(new Segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
            else if (x1 - x0 <= THIN && y1 - y0 <= THIN) marks.add(new double[]{x0, y0, x1, y1});
        }
        if (marks.size() >= DASHES) {
            dashed(marks, true);
            dashed(marks, false);
        }
        endPath();
    }

    /** Dashes or dots a dashed rule is filled as, at least ({@link #dashed}). */
    private static final int DASHES = 3;

    /**
     * A dashed or dotted rule filled as a run of small marks in one path (Chromium paints a CSS {@code dashed} border
     * so: each dash a 2 × 0.75 pt rectangle, 1.5 pt apart): marks in a line across ({@code horizontal}) or down, each
     * less than two of its lengths from the next, joined into one segment. Each mark alone is no rule, and a table
     * whose inner borders were dashed had been found with no row.
     */
    private void dashed(List<double[]> marks, boolean horizontal) {
        int along = horizontal ? 0 : 1, across = horizontal ? 1 : 0;
        List<double[]> sorted = new ArrayList<>(marks);
        sorted.sort(java.util.Comparator.<double[]>comparingDouble(m -> Math.round((m[across] + m[across + 2]) * 2) / 4.0).thenComparingDouble(m -> m[along]));
        List<double[]> run = new ArrayList<>();
        for (double[] m : sorted) {
            if (!run.isEmpty()) {
                double[] last = run.get(run.size() - 1);
                double mid = (m[across] + m[across + 2]) / 2, lastMid = (last[across] + last[across + 2]) / 2;
                double length = Math.max(last[along + 2] - last[along], m[along + 2] - m[along]);
                if (Math.abs(mid - lastMid) > 0.5 || m[along] - last[along + 2] > 2 * Math.max(length, 0.5)) {
                    addRun(run, horizontal);
                    run.clear();
                }
            }
            run.add(m);
        }
        addRun(run, horizontal);
    }

    private void addRun(List<double[]> run, boolean horizontal) {
        if (run.size() < DASHES) return;
        double from = Double.MAX_VALUE, to = -Double.MAX_VALUE, mid = 0;
        int along = horizontal ? 0 : 1, across = horizontal ? 1 : 0;
        for (double[] m : run) {
            from = Math.min(from, m[along]);
            to = Math.max(to, m[along + 2]);
            mid += (m[across] + m[across + 2]) / 2;
        }
        mid /= run.size();
        if (to - from <= THIN) return;
        userSegments.add(horizontal ? new Segment(from, mid, to, mid) : new Segment(mid, from, mid, to));
    }

    /** A Type 3 glyph's path painted: its extent added to the glyph's ink, and no rule made of it. */
    private void inked() {
        for (List<Point2D> path : subpaths) {
            for (Point2D p : path) {
                if (glyphInk == null) glyphInk = new double[]{p.getX(), p.getY(), p.getX(), p.getY()};
                glyphInk[0] = Math.min(glyphInk[0], p.getX());
                glyphInk[1] = Math.min(glyphInk[1], p.getY());
                glyphInk[2] = Math.max(glyphInk[2], p.getX());
                glyphInk[3] = Math.max(glyphInk[3], p.getY());
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<Point2D>> copy = new ArrayList<>(subpaths);
        fillPath(windingRule);
        subpaths.addAll(copy);
        strokePath();
    }

    /**
     * Whether an image hides what was drawn under it: no stencil, no soft mask or colour-key mask, painted with full
     * opacity in the normal blend mode (a watermark or a logo drawn translucent over the text hides nothing).
     */
    private boolean opaque(PDImage image) {
        if (image.isStencil()) return false;
        if (image instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject x) {
            if (x.getCOSObject().containsKey(COSName.SMASK) || x.getCOSObject().containsKey(COSName.MASK)) return false;
        }
        var state = getGraphicsState();
        return state.getNonStrokeAlphaConstant() >= 1.0 && state.getSoftMask() == null
                && (state.getBlendMode() == null || state.getBlendMode() == org.apache.pdfbox.pdmodel.graphics.blend.BlendMode.NORMAL);
    }

    private void addIfStraight(Point2D a, Point2D b) {
        double dx = Math.abs(a.getX() - b.getX()), dy = Math.abs(a.getY() - b.getY());
        if (dy <= 1.0 && dx > 1.0 || dx <= 1.0 && dy > 1.0) userSegments.add(new Segment(a.getX(), a.getY(), b.getX(), b.getY()));
    }

    @Override
    public void drawImage(PDImage pdImage) {
        if (inGlyph > 0) return; // a bitmap font's glyph, no scan
        images = true;
        imagesDrawn++;
        if (!SampledImage.subsampledByItsCodec(pdImage) && SampledImage.decodedBytes(pdImage) > SampledImage.MAX_DECODED_BYTES
                && (tooLarge == null || SampledImage.decodedBytes(pdImage) > SampledImage.decodedBytes(tooLarge))) {
            tooLarge = pdImage;
        }
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        double area = Math.abs(m.getValue(0, 0) * m.getValue(1, 1) - m.getValue(0, 1) * m.getValue(1, 0));
        double page = (double) crop.getWidth() * crop.getHeight();
        if (page > 0) imageCover = Math.max(imageCover, area / page);
        if (page > 0 && area / page > 0.5 && opaque(pdImage)) covered = shown;
        // the scan as it was stored: one image filling the page, drawn upright (no turn, no mirror)
        double a = m.getValue(0, 0), b = m.getValue(0, 1), c = m.getValue(1, 0), d = m.getValue(1, 1);
        double x = m.getTranslateX() - crop.getLowerLeftX(), y = m.getTranslateY() - crop.getLowerLeftY();
        double tol = 0.02 * Math.max(crop.getWidth(), crop.getHeight());
        boolean fills = Math.abs(b) < 1e-3 * Math.abs(a) && Math.abs(c) < 1e-3 * Math.abs(d) && a > 0 && d > 0
                && Math.abs(x) < tol && Math.abs(y) < tol && Math.abs(a - crop.getWidth()) < tol && Math.abs(d - crop.getHeight()) < tol;
        scan = fills && pdImage.getWidth() > 0 && pdImage.getHeight() > 0 ? new ScanImage(pdImage, pdImage.getWidth() * 72.0 / a, pdImage.getHeight() * 72.0 / d) : null;
    }

    private int imagesDrawn;
    private ScanImage scan;
    private PDImage tooLarge;

    /**
     * Why the page cannot be rendered for OCR in bounded memory, or null: it paints an image that pdfbox would decode
     * whole before it subsamples it (not a JPEG, JPEG 2000 or JBIG2), of more than {@link SampledImage#MAX_DECODED_BYTES}.
     */
    String tooLargeToRender() {
        if (tooLarge == null) return null;
        return String.format("it paints an image of %,d × %,d pixels (%,d MB decoded), more than is decoded in memory (%,d MB)",
                tooLarge.getWidth(), tooLarge.getHeight(), SampledImage.decodedBytes(tooLarge) >> 20, SampledImage.MAX_DECODED_BYTES >> 20);
    }

    /**
     * A page that is one scanned image, as stored in the PDF, and its resolution (pixels per inch across and down).
     *
     * @param image the image
     * @param dpiX  horizontal resolution
     * @param dpiY  vertical resolution
     */
    record ScanImage(PDImage image, double dpiX, double dpiY) {
    }

    /** The page's one image when it fills the page upright and nothing else is an image, else null. */
    ScanImage scanImage() {
        return imagesDrawn == 1 ? scan : null;
    }

    /** The winding rule of a pending W or W* (it applies when the current path ends), or null. */
    private Integer clipRule;

    @Override
    public void clip(int windingRule) {
        clipRule = windingRule;
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}

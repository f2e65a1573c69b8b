package io.gongkai.extract.scan;

import io.gongkai.grid.Glyph;
import io.gongkai.grid.GridBuilder;
import io.gongkai.grid.GridCell;
import io.gongkai.grid.GridTable;
import io.gongkai.grid.Segment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scanned page read into what the text path reads from a PDF: ruling lines (detected in the rendered image) and
 * text with boxes (Tesseract, cell by cell inside the grid the lines make, line by line outside it), in points from
 * the page's top-left corner. The grid builder, templates and identities then work as for a text-layer page.
 */
public final class PageScanner {
    /** Rendering stops growing at this many pixels (a huge page image would otherwise exhaust memory). */
    static final long MAX_PIXELS = 40_000_000L;
    private final float dpi;
    /** One set of engines per thread (engines are not thread-safe), kept across documents: loading them takes time. */
    private static final ThreadLocal<Ocr> OCR = ThreadLocal.withInitial(Ocr::new);
    /** Threads that read scanned pages in parallel; idle ones end after a minute, and their engines with them. */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gongkai-ocr");
        t.setDaemon(true);
        return t;
    });

    public PageScanner(float dpi) {
        this.dpi = dpi;
    }

    /** Glyphs (a cell's or a line's whole text each) and ruling segments of a page. */
    public record Scan(List<Glyph> glyphs, List<Segment> segments, float dpi) {
    }

    /** A page image and the resolution it was rendered at. */
    public record Rendered(BufferedImage image, float dpi) {
    }

    /** Renders page {@code page} (1-based) in gray, at this scanner's resolution or less (at most {@link #MAX_PIXELS}). */
    public Rendered render(PDDocument doc, int page) throws IOException {
        var box = doc.getPage(page - 1).getCropBox();
        float scale = dpi;
        double pixels = (double) box.getWidth() * box.getHeight() * (dpi / 72f) * (dpi / 72f);
        if (pixels > MAX_PIXELS) scale = (float) (dpi * Math.sqrt(MAX_PIXELS / pixels));
        PDFRenderer renderer = new PDFRenderer(doc);
        // an embedded image far finer than the rendering is decoded subsampled, not whole (a huge scan stays bounded)
        renderer.setSubsamplingAllowed(true);
        return new Rendered(renderer.renderImageWithDPI(page - 1, scale, ImageType.GRAY), scale);
    }

    /** Reads a rendered page. Thread-safe: each thread reads with engines of its own. */
    public Scan read(Rendered page, int number) {
        return read(page.image(), page.dpi(), number);
    }

    /** Reads a rendered page on a thread of the OCR pool. */
    public java.util.concurrent.Future<Scan> submit(Rendered page, int number) {
        return POOL.submit(() -> read(page, number));
    }

    /** Reads a page image rendered at {@code dpi}. */
    public Scan read(BufferedImage img, float dpi, int page) {
        boolean[][] dark = Binarizer.dark(img);
        int minRun = Math.round(dpi * 0.35f);
        if (Orientation.ratio(dark, LineDetector.detect(dark, minRun)) < Orientation.SIDEWAYS) {
            // scanned sideways: turned back whichever way Tesseract reads the page's header more confidently
            BufferedImage cw = Orientation.quarter(img, true), ccw = Orientation.quarter(img, false);
            img = headerConfidence(cw) >= headerConfidence(ccw) ? cw : ccw;
            dark = Binarizer.dark(img);
        }
        double skew = Deskew.angle(dark);
        if (Math.abs(skew) >= 0.05) {
            img = Deskew.rotate(img, -skew);
            dark = Binarizer.dark(img);
        }
        Read read = readWords(img, dark, dpi, page, minRun);
        if (read.confidence() < UPSIDE_DOWN_SUSPECT) {
            // read badly: perhaps scanned upside down (its lines look the same either way); the better reading stands
            BufferedImage turned = Orientation.half(img);
            Read other = readWords(turned, Binarizer.dark(turned), dpi, page, minRun);
            if (other.confidence() > read.confidence() + 0.15) read = other;
        }
        // the cells' second look, once, on the way up that was kept
        for (GridTable t : read.grids()) readCells(t, read.glyphs(), read.img(), read.dark(), read.text(), 72.0 / dpi, dpi);
        return new Scan(read.glyphs(), read.segments(), dpi);
    }

    /** Below this mean word confidence a page is read the other way up as well. */
    static final double UPSIDE_DOWN_SUSPECT = 0.5;

    /**
     * A page's first reading: its image (binarized, and with the ruling lines erased), lines and grids, the words of the
     * whole page, and Tesseract's mean confidence over them (weighted by their length).
     */
    private record Read(BufferedImage img, boolean[][] dark, boolean[][] text, List<Segment> segments, List<GridTable> grids,
                        List<Glyph> glyphs, double confidence) {
    }

    private Read readWords(BufferedImage img, boolean[][] dark, float dpi, int page, int minRun) {
        double pt = 72.0 / dpi;
        List<Segment> segments = new ArrayList<>();
        for (Segment s : LineDetector.detect(dark, minRun, Math.round(dpi * 0.12f))) {
            segments.add(new Segment(s.x0() * pt, s.y0() * pt, s.x1() * pt, s.y1() * pt));
        }
        List<GridTable> grids = new GridBuilder().lattice(page, List.of(), segments);
        // the ruling lines erased (Tesseract reads them as characters: 0.00 → 00ol), the whole page read once, word by
        // word; the grid builder then places each word in its cell by its centre, as it does a PDF's glyphs
        boolean[][] text = erase(dark, segments, pt, Math.max(2, Math.round(dpi / 100)), Math.round(dpi * 0.03f));
        List<Glyph> glyphs = new ArrayList<>();
        java.awt.Rectangle all = new java.awt.Rectangle(0, 0, img.getWidth(), img.getHeight());
        if (Binarizer.ink(text, all) != null) {
            for (Ocr.Line wd : OCR.get().words(Binarizer.crop(text, all, 0))) {
                java.awt.Rectangle b = wd.box();
                glyphs.add(new Glyph(wd.text(), b.x * pt, b.y * pt, (b.x + b.width) * pt, (b.y + b.height) * pt, b.height * pt, ocrConfidence(wd.confidence())));
            }
        }
        double weight = 0, sum = 0;
        for (Glyph g : glyphs) {
            weight += g.text().length();
            sum += g.confidence() * g.text().length();
        }
        double confidence = weight == 0 ? 1 : sum / weight; // a page with no word reads no worse turned round
        return new Read(img, dark, text, segments, grids, glyphs, confidence);
    }

    /**
     * The second look at a table's cells. A cell with ink but no word (sparse reading misses lone short items: a 行次
     * "1", a "0") is read alone. In a column of figures, a cell whose words do not read as a figure, or read as one with
     * low confidence, is read again with digits and separators only (the whole page is read with Chinese, where a lone
     * 1 is as likely 工 or l, a 4 may come out 44); the new reading replaces the words when it is a figure and Tesseract
     * is at least as sure of it.
     */
    private void readCells(GridTable t, List<Glyph> glyphs, BufferedImage img, boolean[][] dark, boolean[][] text, double pt, float dpi) {
        int inset = Math.max(2, Math.round(dpi / 60));
        Map<GridCell, List<Glyph>> words = new LinkedHashMap<>();
        for (GridCell c : t.cells()) {
            words.put(c, glyphs.stream().filter(g -> g.cx() > c.x0() && g.cx() < c.x1() && g.cy() > c.y0() && g.cy() < c.y1())
                    .sorted(Comparator.comparingDouble(Glyph::y0).thenComparingDouble(Glyph::x0)).toList());
        }
        java.util.Set<Integer> figureColumns = figureColumns(words);
        for (var e : words.entrySet()) {
            GridCell c = e.getKey();
            List<Glyph> in = e.getValue();
            boolean figures = c.colSpan() == 1 && figureColumns.contains(c.col());
            String read = in.stream().map(Glyph::text).reduce("", String::concat);
            double readConf = in.stream().mapToDouble(Glyph::confidence).min().orElse(0);
            boolean money = moneyLike(read);
            if (!in.isEmpty() && !(figures && mayBeFigure(read) && (!isFigure(read) || readConf < FIGURE_CONFIDENCE)) && !money) continue;
            Rectangle r = new Rectangle((int) Math.round(c.x0() / pt) + inset, (int) Math.round(c.y0() / pt) + inset,
                    (int) Math.round((c.x1() - c.x0()) / pt) - 2 * inset, (int) Math.round((c.y1() - c.y0()) / pt) - 2 * inset);
            Rectangle ink = Binarizer.ink(text, r);
            if (ink == null || ink.height < dpi * 0.03) continue;
            BufferedImage crop = Binarizer.crop(text, ink, Math.max(4, inset * 2));
            if ((figures || money) && ink.height < dpi * 0.22) {
                Ocr.Line f = vote(Binarizer.cropGray(img, dark, text, ink, Math.max(4, inset * 2)), crop);
                if (f != null && isFigure(f.text()) && (in.isEmpty() || !isFigure(read) || ocrConfidence(f.confidence()) >= readConf)) {
                    glyphs.removeAll(in);
                    glyphs.add(new Glyph(f.text(), ink.x * pt, ink.y * pt, (ink.x + ink.width) * pt, (ink.y + ink.height) * pt, ink.height * pt, ocrConfidence(f.confidence())));
                    continue;
                }
            }
            if (!in.isEmpty()) continue;
            StringBuilder sb = new StringBuilder();
            double conf = 1;
            for (Ocr.Line l : OCR.get().lines(crop, ink.height < dpi * 0.22)) {
                sb.append(sb.isEmpty() ? "" : "\n").append(l.text());
                conf = Math.min(conf, ocrConfidence(l.confidence()));
            }
            if (!sb.isEmpty()) glyphs.add(new Glyph(sb.toString(), ink.x * pt, ink.y * pt, (ink.x + ink.width) * pt, (ink.y + ink.height) * pt, ink.height * pt, conf));
        }
    }

    /**
     * A figure cell read until two readings agree: the gray crop (Tesseract's own local threshold keeps a blurred
     * scan's strokes) and the binarized crop with the English model, then the gray crop with the Chinese model. (The page's own reading is no vote: it erred with the same look-alikes.)
     * With no two alike, the most confident reading, its confidence capped low when another reading differs.
     */
    private Ocr.Line vote(BufferedImage gray, BufferedImage bin) {
        List<Ocr.Line> seen = new ArrayList<>();
        Ocr.Line best = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Ocr.Line l = switch (attempt) {
                case 0 -> OCR.get().figure(gray, false);
                case 1 -> OCR.get().figure(bin, false);
                default -> OCR.get().figure(gray, true);
            };
            if (l == null || !isFigure(l.text())) continue;
            for (Ocr.Line o : seen) if (o.text().equals(l.text())) return o.confidence() >= l.confidence() ? o : l; // two alike: the surer
            seen.add(l);
            if (best == null || l.confidence() > best.confidence()) best = l;
        }
        if (best == null || seen.size() == 1) return best;
        return new Ocr.Line(best.text(), best.box(), Math.min(best.confidence(), 50));
    }

    /** Below this OCR confidence a figure is read again, digits only. */
    static final double FIGURE_CONFIDENCE = 0.9;
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("-?[0-9][0-9.,]*");

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

    /** Columns of one-column cells most of whose text reads as figures (at least three of them). */
    static java.util.Set<Integer> figureColumns(Map<GridCell, List<Glyph>> words) {
        Map<Integer, int[]> counts = new java.util.HashMap<>();
        words.forEach((c, in) -> {
            if (c.colSpan() != 1 || in.isEmpty()) return;
            int[] n = counts.computeIfAbsent(c.col(), k -> new int[2]);
            n[0]++;
            if (isFigure(in.stream().map(Glyph::text).reduce("", String::concat))) n[1]++;
        });
        java.util.Set<Integer> out = new java.util.HashSet<>();
        counts.forEach((col, n) -> {
            if (n[1] >= 3 && n[1] * 2 >= n[0]) out.add(col);
        });
        return out;
    }

    /** Tesseract's mean word confidence on the top fifth of a page (where the title and the header are). */
    private float headerConfidence(BufferedImage img) {
        BufferedImage top = img.getSubimage(0, 0, img.getWidth(), Math.max(1, img.getHeight() / 5));
        boolean[][] dark = Binarizer.dark(top);
        List<Ocr.Line> words = OCR.get().words(Binarizer.crop(dark, new Rectangle(0, 0, top.getWidth(), top.getHeight()), 0));
        return (float) words.stream().mapToDouble(w -> w.confidence() * w.text().length()).sum();
    }

    /** Tesseract's 0–100 as 0–1; never 1, so that what OCR read is always known as OCR's (below a text layer's 1). */
    private static double ocrConfidence(float tesseract) {
        return Math.max(0, Math.min(0.99, tesseract / 100.0));
    }

    /**
     * A copy of the page without its ruling lines: along each line, the dark pixels within {@code halo} of its centre,
     * and beyond them as long as they stay dark up to {@code thick} pixels out (a blurred scan's lines are thicker than
     * the halo; a glyph touching a line loses only the pixels the line covers).
     */
    private static boolean[][] erase(boolean[][] dark, List<Segment> segments, double pt, int halo, int thick) {
        int h = dark.length, w = dark[0].length;
        boolean[][] out = new boolean[h][];
        for (int y = 0; y < h; y++) out[y] = dark[y].clone();
        for (Segment s : segments) {
            boolean horizontal = s.y0() == s.y1();
            int x0 = (int) Math.floor(s.x0() / pt) - halo, x1 = (int) Math.ceil(s.x1() / pt) + halo;
            int y0 = (int) Math.floor(s.y0() / pt) - halo, y1 = (int) Math.ceil(s.y1() / pt) + halo;
            for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
                for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) out[y][x] = false;
            }
            // the rest of the line's thickness, outward from the halo on both sides
            if (horizontal) {
                for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
                    for (int y = y0 - 1; y >= Math.max(0, y0 - thick) && dark[y][x]; y--) out[y][x] = false;
                    for (int y = y1 + 1; y <= Math.min(h - 1, y1 + thick) && dark[y][x]; y++) out[y][x] = false;
                }
            } else {
                for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
                    for (int x = x0 - 1; x >= Math.max(0, x0 - thick) && dark[y][x]; x--) out[y][x] = false;
                    for (int x = x1 + 1; x <= Math.min(w - 1, x1 + thick) && dark[y][x]; x++) out[y][x] = false;
                }
            }
        }
        return out;
    }

    /** Whether a page has no usable text layer and must be read from its image. */
    public static boolean needsOcr(List<Glyph> glyphs) {
        return glyphs.stream().noneMatch(g -> !g.text().isBlank());
    }

}

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
import java.util.List;

/**
 * A scanned page read into what the text path reads from a PDF: ruling lines (detected in the rendered image) and
 * text with boxes (Tesseract, cell by cell inside the grid the lines make, line by line outside it), in points from
 * the page's top-left corner. The grid builder, templates and identities then work as for a text-layer page.
 */
public final class PageScanner {
    /** Rendering stops growing at this many pixels (a huge page image would otherwise exhaust memory). */
    static final long MAX_PIXELS = 40_000_000L;
    private final float dpi;
    private final ThreadLocal<Ocr> ocr = ThreadLocal.withInitial(Ocr::new);

    public PageScanner(float dpi) {
        this.dpi = dpi;
    }

    /** Glyphs (a cell's or a line's whole text each) and ruling segments of a page. */
    public record Scan(List<Glyph> glyphs, List<Segment> segments, float dpi) {
    }

    /** Renders page {@code page} (1-based) and reads it. */
    public Scan scan(PDDocument doc, int page) throws IOException {
        var box = doc.getPage(page - 1).getCropBox();
        float scale = dpi;
        double pixels = (double) box.getWidth() * box.getHeight() * (dpi / 72f) * (dpi / 72f);
        if (pixels > MAX_PIXELS) scale = (float) (dpi * Math.sqrt(MAX_PIXELS / pixels));
        BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page - 1, scale, ImageType.GRAY);
        return read(img, scale, page);
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
        double pt = 72.0 / dpi;
        List<Segment> segments = new ArrayList<>();
        for (Segment s : LineDetector.detect(dark, minRun)) {
            segments.add(new Segment(s.x0() * pt, s.y0() * pt, s.x1() * pt, s.y1() * pt));
        }
        List<GridTable> grids = new GridBuilder().lattice(page, List.of(), segments);
        // the ruling lines erased (Tesseract reads them as characters: 0.00 → 00ol), the whole page read once, word by
        // word; the grid builder then places each word in its cell by its centre, as it does a PDF's glyphs
        boolean[][] text = erase(dark, segments, pt, Math.max(2, Math.round(dpi / 100)));
        List<Glyph> glyphs = new ArrayList<>();
        java.awt.Rectangle all = new java.awt.Rectangle(0, 0, img.getWidth(), img.getHeight());
        if (Binarizer.ink(text, all) != null) {
            for (Ocr.Line wd : ocr.get().words(Binarizer.crop(text, all, 0))) {
                java.awt.Rectangle b = wd.box();
                glyphs.add(new Glyph(wd.text(), b.x * pt, b.y * pt, (b.x + b.width) * pt, (b.y + b.height) * pt, b.height * pt, ocrConfidence(wd.confidence())));
            }
        }
        // a cell with ink but no word: sparse reading misses lone short items (a 行次 "1", a "0"); read it alone
        int inset = Math.max(2, Math.round(dpi / 60));
        for (GridTable t : new GridBuilder().lattice(page, List.of(), segments)) {
            for (GridCell c : t.cells()) {
                boolean hasWord = glyphs.stream().anyMatch(g -> g.cx() > c.x0() && g.cx() < c.x1() && g.cy() > c.y0() && g.cy() < c.y1());
                if (hasWord) continue;
                Rectangle r = new Rectangle((int) Math.round(c.x0() / pt) + inset, (int) Math.round(c.y0() / pt) + inset,
                        (int) Math.round((c.x1() - c.x0()) / pt) - 2 * inset, (int) Math.round((c.y1() - c.y0()) / pt) - 2 * inset);
                Rectangle ink = Binarizer.ink(text, r);
                if (ink == null || ink.height < dpi * 0.03) continue;
                StringBuilder sb = new StringBuilder();
                double conf = 1;
                for (Ocr.Line l : ocr.get().lines(Binarizer.crop(text, ink, Math.max(4, inset * 2)), ink.height < dpi * 0.22)) {
                    sb.append(sb.isEmpty() ? "" : "\n").append(l.text());
                    conf = Math.min(conf, ocrConfidence(l.confidence()));
                }
                if (!sb.isEmpty()) glyphs.add(new Glyph(sb.toString(), ink.x * pt, ink.y * pt, (ink.x + ink.width) * pt, (ink.y + ink.height) * pt, ink.height * pt, conf));
            }
        }
        return new Scan(glyphs, segments, dpi);
    }

    /** Tesseract's mean word confidence on the top fifth of a page (where the title and the header are). */
    private float headerConfidence(BufferedImage img) {
        BufferedImage top = img.getSubimage(0, 0, img.getWidth(), Math.max(1, img.getHeight() / 5));
        boolean[][] dark = Binarizer.dark(top);
        List<Ocr.Line> words = ocr.get().words(Binarizer.crop(dark, new Rectangle(0, 0, top.getWidth(), top.getHeight()), 0));
        return (float) words.stream().mapToDouble(w -> w.confidence() * w.text().length()).sum();
    }

    /** Tesseract's 0–100 as 0–1; never 1, so that what OCR read is always known as OCR's (below a text layer's 1). */
    private static double ocrConfidence(float tesseract) {
        return Math.max(0, Math.min(0.99, tesseract / 100.0));
    }

    /** A copy of the page without its ruling lines (each line's pixels cleared {@code halo} pixels either side). */
    private static boolean[][] erase(boolean[][] dark, List<Segment> segments, double pt, int halo) {
        int h = dark.length, w = dark[0].length;
        boolean[][] out = new boolean[h][];
        for (int y = 0; y < h; y++) out[y] = dark[y].clone();
        for (Segment s : segments) {
            int x0 = (int) Math.floor(s.x0() / pt) - halo, x1 = (int) Math.ceil(s.x1() / pt) + halo;
            int y0 = (int) Math.floor(s.y0() / pt) - halo, y1 = (int) Math.ceil(s.y1() / pt) + halo;
            for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
                for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) out[y][x] = false;
            }
        }
        return out;
    }

    /** Whether a page has no usable text layer and must be read from its image. */
    public static boolean needsOcr(List<Glyph> glyphs) {
        return glyphs.stream().noneMatch(g -> !g.text().isBlank());
    }

}

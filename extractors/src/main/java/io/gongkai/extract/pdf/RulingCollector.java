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
 * fonts is taller than the tight rows of exported spreadsheets. Coordinates are from the top-left of the crop box.
 * One instance per page; not thread-safe.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    private static final double THIN = 2.5;
    private final PDRectangle crop;
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> current;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    RulingCollector(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    void collect() throws IOException {
        processPage(getPage());
    }

    List<Segment> segments() {
        return segments;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        super.showGlyph(trm, font, code, displacement);
        String u = font.toUnicode(code);
        if (u == null || u.isBlank()) return;
        double size = Math.abs(trm.getScalingFactorY());
        if (size <= 0) size = Math.abs(trm.getScalingFactorX());
        double width = Math.max(0.1, Math.abs(displacement.getX() * trm.getScalingFactorX()));
        double x = trm.getTranslateX() - crop.getLowerLeftX();
        double base = crop.getUpperRightY() - trm.getTranslateY();
        // text drawn twice to look bold would read as doubled characters
        if (!seen.add(u + "@" + Math.round(x * 2) + "," + Math.round(base * 2))) return;
        glyphs.add(new Glyph(u, x, base - 0.8 * size, x + width, base + 0.12 * size, size));
    }

    private Point2D topLeft(Point2D p) {
        return new Point2D.Double(p.getX() - crop.getLowerLeftX(), crop.getUpperRightY() - p.getY());
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
    }

    @Override
    public Point2D getCurrentPoint() {
        if (current == null || current.isEmpty()) return new Point2D.Float(0, 0);
        Point2D p = current.get(current.size() - 1);
        return new Point2D.Double(p.getX() + crop.getLowerLeftX(), crop.getUpperRightY() - p.getY());
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) current.add(current.get(0));
    }

    @Override
    public void endPath() {
        subpaths.clear();
        current = null;
    }

    @Override
    public void strokePath() {
        for (List<Point2D> path : subpaths) {
            for (int i = 0; i + 1 < path.size(); i++) addIfStraight(path.get(i), path.get(i + 1));
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D> path : subpaths) {
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (Point2D p : path) {
                x0 = Math.min(x0, p.getX()); x1 = Math.max(x1, p.getX());
                y0 = Math.min(y0, p.getY()); y1 = Math.max(y1, p.getY());
            }
            if (path.size() < 2) continue;
            if (y1 - y0 <= THIN && x1 - x0 > THIN) segments.add(new Segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
            else if (x1 - x0 <= THIN && y1 - y0 > THIN) segments.add(new Segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
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

    private void addIfStraight(Point2D a, Point2D b) {
        double dx = Math.abs(a.getX() - b.getX()), dy = Math.abs(a.getY() - b.getY());
        if (dy <= 1.0 && dx > 1.0 || dx <= 1.0 && dy > 1.0) segments.add(new Segment(a.getX(), a.getY(), b.getX(), b.getY()));
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}

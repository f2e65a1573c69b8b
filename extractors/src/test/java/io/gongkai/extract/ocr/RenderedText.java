package io.gongkai.extract.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text rendered as a scanner would see it: WQY Zen Hei (fonts-wqy-zenhei) at a point size and resolution, black on
 * white, 8-bit gray, anti-aliased; optionally blurred and noised a little.
 */
final class RenderedText {
    static final File FONT_FILE = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static Font base;

    private RenderedText() {
    }

    /** WQY Zen Hei at a size in pixels. */
    static synchronized Font font(double pixels) {
        if (base == null) {
            try {
                base = Font.createFonts(FONT_FILE)[0];
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("WQY Zen Hei is needed for these tests (apt-get install fonts-wqy-zenhei): " + e, e);
            }
        }
        return base.deriveFont((float) pixels);
    }

    /** Pixels of a point size at a resolution (9 pt at 200 dpi: 25 pixels). */
    static double pixels(double points, int dpi) {
        return points * dpi / 72;
    }

    /** A line of text alone, with a margin of {@code margin} × the font size around its ink. */
    static BufferedImage line(String text, double points, int dpi, double margin) {
        Font f = font(pixels(points, dpi));
        Rectangle ink = ink(text, f);
        int pad = (int) Math.round(margin * f.getSize2D());
        BufferedImage img = blank(ink.width + 2 * pad, ink.height + 2 * pad);
        Graphics2D g = graphics(img);
        g.setFont(f);
        g.drawString(text, pad - ink.x, pad - ink.y);
        g.dispose();
        return img;
    }

    /** Where each character of a line drawn by {@link #line} stands: its ink's horizontal extent, pixels. */
    static List<int[]> characterExtents(String text, double points, int dpi, double margin) {
        Font f = font(pixels(points, dpi));
        Rectangle ink = ink(text, f);
        int pad = (int) Math.round(margin * f.getSize2D());
        GlyphVector gv = f.createGlyphVector(context(), text);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            Rectangle2D b = gv.getGlyphOutline(i).getBounds2D();
            out.add(new int[]{(int) Math.floor(b.getMinX() + pad - ink.x), (int) Math.ceil(b.getMaxX() + pad - ink.x)});
        }
        return out;
    }

    /** A text to draw on a page: its size in points, where its ink's top left corner goes (pixels). */
    record Placed(String text, double points, int x, int y) {
    }

    /** A page drawn: the image and each text's ink bounds, in the order given. */
    record Page(BufferedImage image, List<Rectangle> boxes) {
    }

    /**
     * A white page of width × height pixels at a resolution with texts on it and ruling lines (2 pixels thick):
     * horizontal ones at {@code rows} from the first to the last of {@code columns}, vertical ones at {@code columns}
     * from the first to the last of {@code rows} (none when either is empty).
     */
    static Page page(int width, int height, int dpi, List<Placed> texts, int[] rows, int[] columns) {
        BufferedImage img = blank(width, height);
        Graphics2D g = graphics(img);
        List<Rectangle> boxes = new ArrayList<>();
        for (Placed t : texts) {
            Font f = font(pixels(t.points(), dpi));
            Rectangle ink = ink(t.text(), f);
            g.setFont(f);
            g.drawString(t.text(), t.x() - ink.x, t.y() - ink.y);
            boxes.add(new Rectangle(t.x(), t.y(), ink.width, ink.height));
        }
        if (rows.length > 0 && columns.length > 0) {
            int x0 = columns[0], x1 = columns[columns.length - 1], y0 = rows[0], y1 = rows[rows.length - 1];
            for (int y : rows) g.fillRect(x0, y, x1 - x0 + 2, 2);
            for (int x : columns) g.fillRect(x, y0, 2, y1 - y0 + 2);
        }
        g.dispose();
        return new Page(img, boxes);
    }

    /** The ink bounds of a text drawn at the origin (baseline at y = 0). */
    static Rectangle ink(String text, Font f) {
        return f.createGlyphVector(context(), text).getPixelBounds(context(), 0, 0);
    }

    static BufferedImage blank(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.BLACK);
        return g;
    }

    private static FontRenderContext context() {
        return new FontRenderContext(null, true, true);
    }

    /**
     * The image blurred (a 3×3 box blur mixed half-and-half with the original: soft edges, as a scanner's optics
     * give) and noised (Gaussian, standard deviation {@code sigma} gray levels), from a seeded generator.
     */
    static BufferedImage degraded(BufferedImage img, double sigma, long seed) {
        float[] k = new float[9];
        for (int i = 0; i < 9; i++) k[i] = 0.5f / 9;
        k[4] += 0.5f;
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(img, null);
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = blurred.getRaster().getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * sigma);
                out.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return out;
    }
}

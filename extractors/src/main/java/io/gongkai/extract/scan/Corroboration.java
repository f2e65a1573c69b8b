package io.gongkai.extract.scan;

import io.gongkai.grid.Glyph;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scanned page's figures held for the second engine, to be read by it only when the document's identities want
 * them ({@code Gongkai}: a page whose tables are not every one verified, every identity holding). A second reading
 * weighs only where an identity must choose which reading to trust ({@link io.gongkai.model.Confidence}); on a page
 * whose identities all hold over figures all verified it changes no value and no status, and cost a fifth of a page's
 * CPU (Tesseract's LSTM over every figure, measured with JFR over the matrix's office-200 pages).
 *
 * <p>Holds each figure's crop (what the second engine reads), its glyph before and after its 1s were looked at
 * ({@link FigureReader#mend}: that look is taken again after the second reading, as it would have been) and, on a
 * black-and-white page, the 1s' glyph crops. A few hundred small images a page at most; the page image itself is
 * released. Immutable; {@link #applied} is safe from any thread.
 */
public final class Corroboration {
    private final FigureReader reader;
    private final List<Integer> figures;
    private final List<BufferedImage> crops;
    private final List<Glyph> before, after;
    private final Map<Integer, Integer> one = new HashMap<>();
    private final List<BufferedImage> oneCrops, oneScanned;
    private final List<io.gongkai.extract.ocr.TextLine> oneTraces;
    private final boolean dusty;

    /**
     * @param figures    the figures' indices into the page's glyphs
     * @param crops      their crops, as the second engine reads them (same order)
     * @param before     their glyphs before the 1s were looked at
     * @param after      their glyphs as the page's scan holds them
     * @param ones       the figures whose 1s were looked at (a black-and-white page's; else none), indices into the glyphs
     * @param oneCrops   their glyph crops as the page is read
     * @param oneScanned the same as scanned
     * @param oneTraces  their readings as figures, with each character's alternatives (or null each)
     */
    Corroboration(FigureReader reader, List<Integer> figures, List<BufferedImage> crops, List<Glyph> before, List<Glyph> after,
                  List<Integer> ones, List<BufferedImage> oneCrops, List<BufferedImage> oneScanned,
                  List<io.gongkai.extract.ocr.TextLine> oneTraces, boolean dusty) {
        this.reader = reader;
        this.figures = List.copyOf(figures);
        this.crops = List.copyOf(crops);
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        for (int k = 0; k < ones.size(); k++) one.put(ones.get(k), k);
        this.oneCrops = List.copyOf(oneCrops);
        this.oneScanned = List.copyOf(oneScanned);
        this.oneTraces = new ArrayList<>(oneTraces); // (nulls)
        this.dusty = dusty;
    }

    /** The bytes of the crops held (one a pixel: gray). */
    public long bytes() {
        long n = 0;
        for (List<BufferedImage> images : List.of(crops, oneCrops, oneScanned)) {
            for (BufferedImage i : images) n += (long) i.getWidth() * i.getHeight();
        }
        return n;
    }

    /**
     * The page's glyphs with its figures corroborated: each read by the second engine as it would have been when the
     * page was read (a figure some later step changed, a unit label say, is left as it is), then its 1s looked at again.
     *
     * @param glyphs the page's glyphs, as its scan holds them
     * @return a new list, same length and order
     */
    List<Glyph> applied(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>(glyphs);
        List<Integer> which = new ArrayList<>();
        List<BufferedImage> read = new ArrayList<>();
        for (int k = 0; k < figures.size(); k++) {
            int i = figures.get(k);
            if (i >= out.size() || out.get(i) != after.get(k)) continue;
            out.set(i, before.get(k));
            which.add(i);
            read.add(crops.get(k));
        }
        if (which.isEmpty()) return out;
        reader.corroborate(out, which, read);
        // a second reading changes a figure's 1s only by doubling a digit it has: the figures to look at are those looked at
        List<Integer> ones = new ArrayList<>();
        List<BufferedImage> oc = new ArrayList<>(), os = new ArrayList<>();
        List<io.gongkai.extract.ocr.TextLine> ot = new ArrayList<>();
        for (int i : FigureReader.ones(out, which)) {
            Integer k = one.get(i);
            if (k == null) continue;
            ones.add(i);
            oc.add(oneCrops.get(k));
            os.add(oneScanned.get(k));
            ot.add(oneTraces.get(k));
        }
        FigureReader.mend(out, ones, oc, os, ot, dusty);
        return out;
    }
}

package io.gongkai.extract.scan;

import io.gongkai.extract.ocr.OcrEngine;
import io.gongkai.extract.ocr.TextLine;
import io.gongkai.grid.Glyph;
import io.gongkai.model.MoneyUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit line looked at again. What follows {@code 单位：} is one of a handful of words (元, 万元; 千元, 亿元 read as no unit),
 * yet a lone character cropped from a noisy page reads as any of thousands: on a noisy 300 dpi scan 元 read as 完, and
 * the table lost its unit. A unit label whose unit is not read is read again with only the label's characters allowed,
 * and the new reading stands when it is a unit ({@link MoneyUnit#parse}). Pure apart from the engine; thread-safe.
 */
final class UnitReader {
    /** The characters a unit label's unit may hold. */
    static final String UNIT_CHARACTERS = "万元千亿百";
    /** A label (金额单位, 单位) and what was read after it in the same phrase; 编制单位 and its kind are not unit labels. */
    private static final Pattern LABEL = Pattern.compile("^((?:金额)?[单單]位\\s*[:：]?)\\s*(.*)$");

    private UnitReader() {
    }

    /**
     * Reads again the unit of every unit label on the page whose unit was not read: the rest of the label's own phrase,
     * or, where the phrase ends at the label, the short phrase just right of it on its line.
     *
     * @param read   the page's reading; its glyphs are replaced in place
     * @param engine the engine to read with
     * @param dpi    the page image's resolution
     */
    static void read(PageReading read, OcrEngine engine, float dpi) {
        List<Glyph> glyphs = read.glyphs();
        List<Integer> which = new ArrayList<>();
        List<String> prefix = new ArrayList<>();
        List<java.awt.image.BufferedImage> crops = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            Matcher m = LABEL.matcher(g.text().strip());
            if (!m.matches() || MoneyUnit.parse(g.text()).isPresent()) continue;
            if (!m.group(2).isEmpty()) {
                if (m.group(2).length() > 3) continue; // a label with more after it (单位负责人) is not the unit line
                which.add(i);
                prefix.add(m.group(1));
                crops.add(read.crops(List.of(i), dpi).get(0));
                continue;
            }
            int next = rightNeighbour(glyphs, i);
            if (next >= 0 && glyphs.get(next).text().strip().length() > 3) continue;
            if (next >= 0) {
                which.add(next);
                crops.add(read.crops(List.of(next), dpi).get(0));
            } else {
                // nothing found after the label (a photocopy broke its strokes into specks): the space a two-character
                // unit takes right of it
                java.awt.Rectangle b = read.boxes().get(i);
                java.awt.Rectangle after = new java.awt.Rectangle(b.x + b.width, b.y, Math.min(3 * b.height, read.flat().cols() - b.x - b.width), b.height);
                if (after.width < b.height) continue;
                which.add(-1 - i);
                crops.add(PageReading.crop(read.flat(), read.rulings().mask(), after, dpi));
            }
            prefix.add("");
        }
        if (which.isEmpty()) return;
        // the label's own characters too, where the phrase holds them; a neighbour holds the unit alone
        List<TextLine> lines = new ArrayList<>();
        for (int k = 0; k < which.size(); k++) {
            String allowed = prefix.get(k).isEmpty() ? UNIT_CHARACTERS : UNIT_CHARACTERS + "金额单位：:";
            lines.add(engine.recognize(List.of(crops.get(k)), allowed).get(0));
        }
        for (int k = 0; k < which.size(); k++) {
            String text = lines.get(k).text().strip();
            String label = prefix.get(k).isEmpty() ? "单位：" + text : text;
            if (MoneyUnit.parse(label).isEmpty()) continue;
            double conf = FigureReader.ocrConfidence(lines.get(k).confidence());
            int at = which.get(k);
            if (at >= 0) {
                Glyph g = glyphs.get(at);
                glyphs.set(at, new Glyph(text, g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), conf));
            } else {
                // a new phrase right of the label, as tall as it and as wide as what was read
                Glyph g = glyphs.get(-1 - at);
                double w = (g.y1() - g.y0()) * text.length();
                glyphs.add(new Glyph(text, g.x1(), g.y0(), g.x1() + w, g.y1(), g.fontSize(), conf));
            }
        }
    }

    /** The phrase just right of phrase {@code i} on its line (overlapping it by half its height, within three heights), or -1. */
    private static int rightNeighbour(List<Glyph> glyphs, int i) {
        Glyph g = glyphs.get(i);
        double h = g.y1() - g.y0();
        int best = -1;
        double bestGap = 3 * h;
        for (int j = 0; j < glyphs.size(); j++) {
            Glyph o = glyphs.get(j);
            double overlap = Math.min(g.y1(), o.y1()) - Math.max(g.y0(), o.y0());
            double gap = o.x0() - g.x1();
            if (j == i || overlap < 0.5 * Math.min(h, o.y1() - o.y0()) || gap < -0.2 * h || gap > bestGap) continue;
            best = j;
            bestGap = gap;
        }
        return best;
    }
}

package io.gongkai.extract.pdf;

import io.gongkai.grid.Glyph;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a page's characters with boxes from the text layer. The box spans the glyph's visible height (about 0.8 em
 * above the baseline and 0.12 em below), not the font bounding box, which for CJK fonts is taller than the tight rows
 * of exported spreadsheets. One instance per document; not thread-safe.
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();

    GlyphCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    List<Glyph> collect(PDDocument doc, int page) throws IOException {
        glyphs.clear();
        setStartPage(page);
        setEndPage(page);
        writeText(doc, new StringWriter());
        return new ArrayList<>(glyphs);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isBlank()) continue;
            double size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
            double base = p.getYDirAdj();
            double x0 = p.getXDirAdj();
            double w = Math.max(p.getWidthDirAdj(), 0.1);
            glyphs.add(new Glyph(u, x0, base - 0.8 * size, x0 + w, base + 0.12 * size, size));
        }
    }
}

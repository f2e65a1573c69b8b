package io.gongkai.extract.pdf;

import io.gongkai.grid.Glyph;
import io.gongkai.grid.Segment;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.List;

/** An engine that finds the tables of a page. One instance per document read; not thread-safe. */
interface TableFinder {
    /** @param area top, left, bottom, right in points from the top-left to look in, or null for the whole page */
    List<PageTable> find(PDDocument doc, int page, List<Glyph> glyphs, List<Segment> segments, double[] area) throws IOException;
}

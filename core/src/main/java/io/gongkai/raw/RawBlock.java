package io.gongkai.raw;

import java.util.List;

/**
 * A region of the input that holds one table, as an extractor delimited it: the text around it (title, 公开NN表
 * label, department and unit lines) and its rows of cells. Every input kind (text from other OCR tools, a PDF text
 * layer, OCR of a scan) produces these; {@link io.gongkai.assemble.TableAssembler} turns them into typed tables.
 *
 * @param line          where the block starts (text line or page), for provenance
 * @param pages         source pages
 * @param title         the title found above the table, or null
 * @param printedNumber the 公开NN表 label as printed, or null
 * @param headerText    the text lines above the table that are not rows (department, unit, stray labels)
 * @param rows          the table rows, header rows included
 * @param notes         footnotes below the table
 */
public record RawBlock(int line, List<Integer> pages, String title, String printedNumber, List<String> headerText,
                       List<RawRow> rows, List<String> notes) {
    public RawBlock {
        pages = List.copyOf(pages);
        headerText = List.copyOf(headerText);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}

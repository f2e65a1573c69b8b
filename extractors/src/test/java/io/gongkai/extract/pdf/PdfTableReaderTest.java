package io.gongkai.extract.pdf;

import io.gongkai.error.EncryptedDocumentException;
import io.gongkai.Gongkai;
import io.gongkai.error.InputException;
import io.gongkai.Options;
import io.gongkai.raw.RawBlock;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF path's mechanics on PDFs made here with pdfbox (a standard font: no CJK font needed on the machine). */
class PdfTableReaderTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float W = 842, H = 595;

    /** Draws a ruled table: rows of cells, 100 pt wide columns, 20 pt rows, from (50, top) in top-left coordinates. */
    private static void table(PDPageContentStream cs, float top, String[][] rows) throws IOException {
        int cols = rows[0].length;
        float x0 = 50, x1 = 50 + 100 * cols;
        for (int r = 0; r <= rows.length; r++) {
            cs.moveTo(x0, H - (top + 20 * r));
            cs.lineTo(x1, H - (top + 20 * r));
        }
        for (int c = 0; c <= cols; c++) {
            cs.moveTo(50 + 100 * c, H - top);
            cs.lineTo(50 + 100 * c, H - (top + 20 * rows.length));
        }
        cs.stroke();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < cols; c++) {
                if (rows[r][c].isEmpty()) continue;
                text(cs, rows[r][c], 55 + 100 * c, top + 20 * r + 14, 10);
            }
        }
    }

    private static void text(PDPageContentStream cs, String s, float x, float baselineFromTop, float size) throws IOException {
        cs.beginText();
        cs.setFont(FONT, size);
        cs.newLineAtOffset(x, H - baselineFromTop);
        cs.showText(s);
        cs.endText();
    }

    private static Path twoPageTable(Path dir) throws IOException {
        Path f = dir.resolve("two-pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p1 = new PDPage(new PDRectangle(W, H)), p2 = new PDPage(new PDRectangle(W, H)), p3 = new PDPage(new PDRectangle(W, H));
            doc.addPage(p1);
            doc.addPage(p2);
            doc.addPage(p3);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
                text(cs, "Expenditure table", 300, 40, 16);
                text(cs, "Unit: yuan", 50, 70, 9);
                table(cs, 80, new String[][]{{"Code", "Total", "Basic"}, {"2010101", "1,000", "400"}, {"2010102", "2,000", "500"}});
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, p2)) {
                table(cs, 40, new String[][]{{"Code", "Total", "Basic"}, {"2010199", "3,000", "600"}, {"Sum", "6,000", "1,500"}});
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, p3)) {
                text(cs, "Notes only on this page.", 50, 60, 10);
            }
            doc.save(f.toFile());
        }
        return f;
    }

    @Test
    void aTableContinuedOnTheNextPageIsOneBlock(@TempDir Path dir) throws IOException {
        PdfTableReader.Result r = new PdfTableReader().read(twoPageTable(dir), null);
        assertEquals(3, r.pages());
        assertEquals(List.of(3), r.pagesWithoutTables(), "a page of prose holds no table, and none is invented");
        assertEquals(1, r.blocks().size());
        RawBlock b = r.blocks().get(0);
        assertEquals("Expenditure table", b.title().replace('\u00a0', ' ').strip().replaceAll("\\s+", " "));
        assertEquals(List.of(1, 2), b.pages());
        // the repeated header row on page 2 is dropped
        assertEquals(5, b.rows().size());
        assertEquals(List.of("2010199", "3,000", "600"), b.rows().get(3).texts());
        assertEquals(List.of("Sum", "6,000", "1,500"), b.rows().get(4).texts());
        assertTrue(b.headerText().stream().anyMatch(h -> h.contains("Unit: yuan")));
        assertEquals(2, b.rows().get(4).cells().get(1).box().page(), "cells know their page");
    }

    /** The same table on a page with /Rotate 90, and drawn sideways (content rotated) on a portrait page. */
    @Test
    void rotatedPagesAndSidewaysTablesReadUpright(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("rotated.pdf");
        String[][] rows = {{"Code", "Total", "Basic"}, {"2010101", "1,000", "400"}, {"Sum", "1,000", "400"}};
        try (PDDocument doc = new PDDocument()) {
            // /Rotate 90: the page is stored portrait, content drawn so that it reads upright once the viewer turns it
            PDPage rotated = new PDPage(new PDRectangle(H, W));
            rotated.setRotation(90);
            doc.addPage(rotated);
            try (PDPageContentStream cs = new PDPageContentStream(doc, rotated)) {
                cs.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, H, 0));
                text(cs, "Rotated page", 300, 40, 16);
                table(cs, 80, rows);
            }
            // a landscape table printed sideways on a portrait page (no /Rotate): the text runs bottom to top
            PDPage sideways = new PDPage(new PDRectangle(H, W));
            doc.addPage(sideways);
            try (PDPageContentStream cs = new PDPageContentStream(doc, sideways)) {
                cs.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, H, 0));
                text(cs, "Sideways table", 300, 40, 16);
                table(cs, 80, rows);
            }
            doc.save(f.toFile());
        }
        PdfTableReader.Result r = new PdfTableReader().read(f, null);
        assertEquals(2, r.blocks().size());
        assertEquals("Rotated page", r.blocks().get(0).title());
        assertEquals("Sideways table", r.blocks().get(1).title());
        for (RawBlock b : r.blocks()) {
            assertEquals(List.of("Code", "Total", "Basic"), b.rows().get(0).texts());
            assertEquals(List.of("2010101", "1,000", "400"), b.rows().get(1).texts());
        }
    }

    /**
     * A name longer than its cell, clipped to the cell as spreadsheet programs print it: what is seen is read, not
     * the glyphs cut away (which would otherwise run into the next cell's text), and unclipped text is untouched.
     */
    @Test
    void textCutByAClippingPathIsNotRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("clipped.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                table(cs, 80, new String[][]{{"Name", "Total"}, {"", ""}, {"Sum", "1,000"}});
                cs.saveGraphicsState();
                cs.addRect(50, H - 120, 100, 20); // the cell of row 2, column 1
                cs.clip();
                text(cs, "Administrative expenses", 55, 114, 10); // about 115 pt wide: runs past the cell's edge
                cs.restoreGraphicsState();
                // a clip that only grazes the last glyph (cuts 15% of its advance): every glyph is read
                float width = FONT.getStringWidth("1,000") / 1000 * 10, last = FONT.getStringWidth("0") / 1000 * 10;
                cs.saveGraphicsState();
                cs.addRect(150, H - 120, 155 + width - 0.15f * last - 150, 20);
                cs.clip();
                text(cs, "1,000", 155, 114, 10);
                cs.restoreGraphicsState();
            }
            doc.save(f.toFile());
        }
        RawBlock b = new PdfTableReader().read(f, null).blocks().get(0);
        String name = b.rows().get(1).texts().get(0).strip();
        // the glyphs whose centre lies inside the cell (it ends 95 pt after the text's start)
        String full = "Administrative expenses", expected = "";
        for (int i = 1; i <= full.length(); i++) {
            float before = FONT.getStringWidth(full.substring(0, i - 1)) / 1000 * 10, own = FONT.getStringWidth(full.substring(i - 1, i)) / 1000 * 10;
            if (before + own / 2 > 150 - 55) break;
            expected = full.substring(0, i);
        }
        assertTrue(expected.length() > 5 && expected.length() < full.length(), "the text overflows its cell: " + expected);
        assertEquals(expected, name, "read as far as it is seen");
        assertEquals("1,000", b.rows().get(1).texts().get(1), "nothing cut away runs into the next cell, a glyph only grazed is read");
        assertEquals(List.of("Sum", "1,000"), b.rows().get(2).texts(), "text after the clip is restored is read whole");
    }

    /**
     * Fake bold, as office exporters make it: every text block drawn a second time a little to the right (0.6 pt, and
     * 1 pt on the second page; a clean page last). Each character is read once, and characters that really repeat
     * side by side ({@code 00}, {@code 11}, the {@code ll} of the title) stay two.
     */
    @Test
    void textDrawnTwiceToLookBoldIsReadOnce(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("fake-bold.pdf");
        String[][] rows = {{"Code", "Total", "Basic"}, {"2010101", "1,234.50", "00"}, {"Sum", "11", "1,234.50"}};
        try (PDDocument doc = new PDDocument()) {
            for (float shift : new float[]{0.6f, 1f, 0}) {
                PDPage page = new PDPage(new PDRectangle(W, H));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    String[][] blank = new String[rows.length][rows[0].length];
                    for (String[] row : blank) java.util.Arrays.fill(row, "");
                    table(cs, 80, blank); // the rulings only
                    boldText(cs, "Full table", 300, 40, 16, shift);
                    for (int r = 0; r < rows.length; r++) {
                        for (int c = 0; c < rows[r].length; c++) boldText(cs, rows[r][c], 55 + 100 * c, 80 + 20 * r + 14, 10, shift);
                    }
                }
            }
            doc.save(f.toFile());
        }
        PdfTableReader.Result r = new PdfTableReader().read(f, null);
        assertEquals(3, r.blocks().size());
        for (RawBlock b : r.blocks()) {
            String page = "page " + b.pages();
            assertEquals("Full table", b.title(), page);
            assertEquals(3, b.rows().size(), page);
            for (int i = 0; i < rows.length; i++) assertEquals(List.of(rows[i]), b.rows().get(i).texts(), page);
        }
    }

    /** A text block and, {@code shift} points to its right, its copy (none when 0). */
    private static void boldText(PDPageContentStream cs, String s, float x, float baselineFromTop, float size, float shift) throws IOException {
        text(cs, s, x, baselineFromTop, size);
        if (shift > 0) text(cs, s, x + shift, baselineFromTop, size);
    }

    @Test
    void encryptedPdfNeedsItsPassword(@TempDir Path dir) throws IOException {
        Path plain = twoPageTable(dir);
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        EncryptedDocumentException e = assertThrows(EncryptedDocumentException.class, () -> Gongkai.extract(locked));
        assertTrue(e.getMessage().contains("encrypted") && e.getMessage().contains("password"), e.getMessage());
        var doc = Gongkai.extract(locked, Options.builder().password("secret").build());
        assertEquals(1, doc.tables().size());
    }

    @Test
    void aBrokenPdfIsAClearError(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(f));
        assertTrue(e.getMessage().contains("broken.pdf"), e.getMessage());
    }

    /** A header line of glyphs, one a character, {@code size} points tall, from {@code x} at {@code top}. */
    private static List<io.gongkai.grid.Glyph> line(String text, double x, double top, double size) {
        List<io.gongkai.grid.Glyph> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') out.add(new io.gongkai.grid.Glyph(String.valueOf(text.charAt(i)), x + i * size, top, x + (i + 1) * size, top + size, size, 0.9));
        }
        return out;
    }

    /**
     * The lines OCR reads above a phone photo's table: a sheet's edge or a rule's remnant read as a tall "|" or "I".
     * Such a mark is no title (above a continued table's second page it was taken for one, and the table was not
     * continued: a newcomer's two photos of a 支出总表 gave a second, unidentified table), nor part of one ("I
     * 2025年部门支出预算总表" gave no year).
     */
    @Test
    void aMarkOfNoWordIsNoTitleNorPartOfOne() {
        List<io.gongkai.grid.Glyph> marks = new java.util.ArrayList<>(line("|", 300, 20, 30));
        marks.addAll(line("— —", 100, 60, 8));
        assertEquals(null, PdfTableReader.title(io.gongkai.grid.GlyphText.lines(marks), true));
        List<io.gongkai.grid.Glyph> titled = new java.util.ArrayList<>(line("I 2025年部门支出预算总表", 200, 20, 16));
        titled.addAll(line("编制部门：上海市普陀区人民政府办公室", 40, 60, 9));
        assertEquals("2025年部门支出预算总表", PdfTableReader.title(io.gongkai.grid.GlyphText.lines(titled), true));
    }

    /**
     * A fax's transmission line (sender, date and time, page) printed at the top of every page it sends: above a table
     * continued on page 2 of a newcomer's fax of a real budget it was the only line, and became the title of a table
     * of its own (unidentified, its 19 rows lost to the 经济分类 table of page 1). On a page of Chinese words a line of
     * none is no title; on a page of other words it may be one.
     */
    @Test
    void aFaxTransmissionLineIsNoTitleOfAChinesePage() {
        List<io.gongkai.grid.Glyph> fax = new java.util.ArrayList<>(line("FROM:021-5256XXX 2025-03-11 09:42 P.002", 40, 20, 14));
        assertEquals(null, PdfTableReader.title(io.gongkai.grid.GlyphText.lines(fax), true));
        List<io.gongkai.grid.Glyph> english = new java.util.ArrayList<>(line("Table 3 Income statement", 40, 20, 14));
        assertEquals("Table 3 Income statement", PdfTableReader.title(io.gongkai.grid.GlyphText.lines(english), false));
    }

    /**
     * Over a table, the lines of another table its engine did not read as one (a newcomer's 200 dpi scan of two tables
     * ruled at their top and bottom only: the 财务收支预算总表 over prose, then the 支出预算总表). Its title is not the
     * table's (the 支出预算总表's rows took it, and a two-sided summary's template gave its columns meanings not
     * theirs: 17 amounts verified under the wrong columns); the table's own is the title under the lines of amounts,
     * and the table over them is said not read.
     */
    @Test
    void aTitleOverAnotherTablesAmountsIsNotTheTablesOwn() {
        List<io.gongkai.grid.Glyph> g = new java.util.ArrayList<>(line("2025年部门财务收支预算总表", 150, 20, 16));
        g.addAll(line("编制部门：上海市普陀区商务委员会", 40, 50, 9));
        g.addAll(line("一、财政拨款收入", 40, 70, 9));
        g.addAll(line("371,514,655.00", 200, 70, 9));
        g.addAll(line("1.一般公共预算资金", 40, 85, 9));
        g.addAll(line("371,514,655.00", 200, 85, 9));
        g.addAll(line("收入总计", 40, 100, 9));
        g.addAll(line("371,514,655.00", 200, 100, 9));
        g.addAll(line("2025年部门支出预算总表", 150, 130, 15));
        g.addAll(line("编制部门：上海市普陀区商务委员会", 40, 160, 9));
        List<io.gongkai.grid.GlyphText.Line> lines = io.gongkai.grid.GlyphText.lines(g);
        assertEquals("2025年部门支出预算总表", PdfTableReader.title(lines, true));
        assertEquals("2025年部门财务收支预算总表", PdfTableReader.tableNotRead(lines));
        // a table's own title and header over it: no table said not read
        List<io.gongkai.grid.GlyphText.Line> own = io.gongkai.grid.GlyphText.lines(g.stream().filter(x -> x.y0() >= 130).toList());
        assertEquals("2025年部门支出预算总表", PdfTableReader.title(own, true));
        assertEquals(null, PdfTableReader.tableNotRead(own));
    }
}

package io.gongkai.extract.pdf;

import io.gongkai.Gongkai;
import io.gongkai.model.Cell;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An economic table whose code is printed in two columns, 类 | 款, as ONLYOFFICE and WPS print it: the 类 once, in a
 * tall merged cell with its text at the top, above its 款 rows, which print the 款 alone; an amount top-aligned in a
 * tall merged cell (a row whose name column is split below it). Drawn here with pdfbox, WenQuanYi Zen Hei embedded
 * (Debian fonts-wqy-zenhei).
 */
class EconomicTwoColumnCodeTest {
    private static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float W = 842, H = 595, TOP = 110, ROW = 20;
    /** Column edges: 类 | 款 | 科目名称 | 金额. */
    private static final float[] X = {60, 120, 180, 420, 560};

    private static void cell(PDPageContentStream cs, PDFont font, String text, int row, int col, int rowSpan) throws IOException {
        float x0 = X[col], x1 = X[col + 1], y0 = TOP + row * ROW, y1 = y0 + rowSpan * ROW;
        cs.addRect(x0, H - y1, x1 - x0, y1 - y0);
        cs.stroke();
        if (text.isEmpty()) return;
        text(cs, font, text, x0 + 4, y0 + 14, 10); // top-aligned, whatever the cell's height
    }

    private static void text(PDPageContentStream cs, PDFont font, String s, float x, float baselineFromTop, float size) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, H - baselineFromTop);
        cs.showText(s);
        cs.endText();
    }

    private static Path draw(Path dir) throws IOException {
        Path f = dir.resolve("economic-two-column-codes.pdf");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT)) {
            PDFont font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(0.6f);
                text(cs, font, "一般公共预算财政拨款基本支出决算表", 260, 50, 15);
                text(cs, font, "公开06表", 700, 72, 9);
                text(cs, font, "部门：某区司法局", 60, 95, 9);
                text(cs, font, "单位：元", 700, 95, 9);
                // header: 科目编码 over 类 | 款
                cell(cs, font, "科目编码", 0, 0, 1);
                cell(cs, font, "", 0, 1, 1);
                cell(cs, font, "科目名称", 0, 2, 2);
                cell(cs, font, "金额", 0, 3, 2);
                cell(cs, font, "类", 1, 0, 1);
                cell(cs, font, "款", 1, 1, 1);
                // 301 once, in a cell merged over its own row and its four 款 rows (five grid rows, the last one split by
                // the name column below 奖金)
                cell(cs, font, "301", 2, 0, 6);
                cell(cs, font, "", 2, 1, 1);
                cell(cs, font, "工资福利支出", 2, 2, 1);
                cell(cs, font, "1,000.00", 2, 3, 1);
                cell(cs, font, "01", 3, 1, 1);
                cell(cs, font, "基本工资", 3, 2, 1);
                cell(cs, font, "400.00", 3, 3, 1);
                cell(cs, font, "02", 4, 1, 1);
                cell(cs, font, "津贴补贴", 4, 2, 1);
                cell(cs, font, "300.00", 4, 3, 1);
                // 03 奖金: its 款 and amount cells merged over two grid rows, the figure at the top
                cell(cs, font, "03", 5, 1, 2);
                cell(cs, font, "奖金", 5, 2, 1);
                cell(cs, font, "", 6, 2, 1);
                cell(cs, font, "200.00", 5, 3, 2);
                cell(cs, font, "07", 7, 1, 1);
                cell(cs, font, "绩效工资", 7, 2, 1);
                cell(cs, font, "100.00", 7, 3, 1);
                cell(cs, font, "", 8, 0, 1);
                cell(cs, font, "", 8, 1, 1);
                cell(cs, font, "人员经费合计", 8, 2, 1);
                cell(cs, font, "1,000.00", 8, 3, 1);
            }
            doc.save(f.toFile());
        }
        return f;
    }

    @Test
    void codesPrintedAsClassAndItemColumnsAreJoined(@TempDir Path dir) throws IOException {
        Document doc = Gongkai.extract(draw(dir));
        Table t = doc.tables().stream().filter(x -> "general-budget-basic-expenditure".equals(x.templateId())).findFirst()
                .orElseThrow(() -> new AssertionError(doc.tables().stream().map(x -> x.ref() + " " + x.templateId() + " " + x.rows()).toList().toString()));
        Map<String, String> amounts = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            Cell c = r.cells().get(0);
            amounts.put(r.key().value(), c.number() == null ? c.text() : c.number().toPlainString());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("301", "1000.00");
        expected.put("30101", "400.00");
        expected.put("30102", "300.00");
        expected.put("30103", "200.00");
        expected.put("30107", "100.00");
        expected.put("personnel-total", "1000.00");
        assertEquals(expected, amounts);
        assertEquals("基本工资", t.row("30101").orElseThrow().label());
        // the 类's merged cell covers the row: the row reads 301 | 01 from it (io.gongkai.grid.GridTable), no class guessed
        assertTrue(t.row("30101").orElseThrow().repairs().stream().anyMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.SPLIT_CODE) && r.before().equals("301|01")),
                t.row("30101").orElseThrow().repairs().toString());
        Check tree = t.checks().stream().filter(c -> c.identity().startsWith("general-budget-basic-expenditure/tree")).findFirst().orElseThrow(() -> new AssertionError(t.checks().toString()));
        assertEquals(CheckStatus.PASS, tree.status(), tree.toString());
        assertEquals(0, new BigDecimal("1000").compareTo(t.cell("301", "amount").orElseThrow().number()));
    }
}

package io.gongkai.extract.pdf;

import io.gongkai.Gongkai;
import io.gongkai.model.Cell;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * tall merged cell (a row whose name column is split below it). Drawn here with pdfbox ({@link DrawnPage}).
 */
class EconomicTwoColumnCodeTest {
    private static final float TOP = 110, ROW = 20;
    /** Column edges: 类 | 款 | 科目名称 | 金额. */
    private static final float[] X = {60, 120, 180, 420, 560};

    private static void cell(DrawnPage p, String text, int row, int col, int rowSpan) throws IOException {
        float y0 = TOP + row * ROW;
        p.box(X[col], y0, X[col + 1], y0 + rowSpan * ROW);
        if (!text.isEmpty()) p.text(text, X[col] + 4, y0 + 14, 10); // top-aligned, whatever the cell's height
    }

    private static Path draw(Path dir) throws IOException {
        return DrawnPage.save(dir.resolve("economic-two-column-codes.pdf"), p -> {
            p.text("一般公共预算财政拨款基本支出决算表", 260, 50, 15);
            p.text("公开06表", 700, 72, 9);
            p.text("部门：某区司法局", 60, 95, 9);
            p.text("单位：元", 700, 95, 9);
            // header: 科目编码 over 类 | 款
            cell(p, "科目编码", 0, 0, 1);
            cell(p, "", 0, 1, 1);
            cell(p, "科目名称", 0, 2, 2);
            cell(p, "金额", 0, 3, 2);
            cell(p, "类", 1, 0, 1);
            cell(p, "款", 1, 1, 1);
            // 301 once, in a cell merged over its own row and its four 款 rows (five grid rows, the last one split by
            // the name column below 奖金)
            cell(p, "301", 2, 0, 6);
            cell(p, "", 2, 1, 1);
            cell(p, "工资福利支出", 2, 2, 1);
            cell(p, "1,000.00", 2, 3, 1);
            cell(p, "01", 3, 1, 1);
            cell(p, "基本工资", 3, 2, 1);
            cell(p, "400.00", 3, 3, 1);
            cell(p, "02", 4, 1, 1);
            cell(p, "津贴补贴", 4, 2, 1);
            cell(p, "300.00", 4, 3, 1);
            // 03 奖金: its 款 and amount cells merged over two grid rows, the figure at the top
            cell(p, "03", 5, 1, 2);
            cell(p, "奖金", 5, 2, 1);
            cell(p, "", 6, 2, 1);
            cell(p, "200.00", 5, 3, 2);
            cell(p, "07", 7, 1, 1);
            cell(p, "绩效工资", 7, 2, 1);
            cell(p, "100.00", 7, 3, 1);
            cell(p, "", 8, 0, 1);
            cell(p, "", 8, 1, 1);
            cell(p, "人员经费合计", 8, 2, 1);
            cell(p, "1,000.00", 8, 3, 1);
        });
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

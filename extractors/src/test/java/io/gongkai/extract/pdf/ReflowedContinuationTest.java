package io.gongkai.extract.pdf;

import io.gongkai.Gongkai;
import io.gongkai.model.Cell;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ruled table whose second page, with no header printed again, sets its columns at other widths: a program that lays
 * out each page's table anew (Chromium printing an HTML table) sizes the columns by what the page holds, and a page of
 * longer names and no 事业收入 has a wider name column and its empty columns squeezed. A newcomer's print of a 收入预算总表
 * so came out with every row of its second page a column off (合计 blank, its amounts under 财政拨款收入 and 事业收入),
 * flagged by the identities but not one amount of the page right. Drawn with pdfbox ({@link DrawnPage}).
 */
class ReflowedContinuationTest {
    private static final float TOP = 110, ROW = 22;
    /** Column edges of page 1: 类 | 款 | 项 | 功能分类科目名称 | 合计 | 财政拨款收入 | 事业收入 | 事业单位经营收入 | 其他收入. */
    private static final float[] FIRST = {40, 80, 110, 140, 330, 440, 550, 640, 730, 800};
    /** Page 2's: codes narrower, the name half as wide again, the three empty columns slivers. */
    private static final float[] SECOND = {40, 70, 95, 120, 420, 570, 720, 747, 774, 800};

    private static void cell(DrawnPage p, float[] x, String text, int row, int col, int colSpan, int rowSpan, boolean right) throws IOException {
        float y0 = TOP + row * ROW;
        p.box(x[col], y0, x[col + colSpan], y0 + rowSpan * ROW);
        if (text.isEmpty()) return;
        p.text(text, right ? x[col + colSpan] - 4 - 5f * text.length() : x[col] + 4, y0 + 15, 10);
    }

    private static void row(DrawnPage p, float[] x, int row, String code, String name, String total, String grant) throws IOException {
        String[] parts = code.isEmpty() ? new String[]{"", "", ""}
                : new String[]{code.substring(0, 3), code.length() > 3 ? code.substring(3, 5) : "", code.length() > 5 ? code.substring(5) : ""};
        if (code.isEmpty()) cell(p, x, name, row, 0, 4, 1, false);
        else {
            for (int c = 0; c < 3; c++) cell(p, x, parts[c], row, c, 1, 1, false);
            cell(p, x, name, row, 3, 1, 1, false);
        }
        cell(p, x, total, row, 4, 1, 1, true);
        cell(p, x, grant, row, 5, 1, 1, true);
        for (int c = 6; c < 9; c++) cell(p, x, "", row, c, 1, 1, false);
    }

    private static Path draw(Path dir) throws IOException {
        return DrawnPage.save(dir.resolve("reflowed.pdf"), p -> {
            p.text("2025年部门收入预算总表", 320, 60, 15);
            p.text("编制部门：上海市普陀区商务委员会", 40, 95, 9);
            p.text("单位：元", 740, 95, 9);
            cell(p, FIRST, "功能分类科目编码", 0, 0, 3, 1, false);
            cell(p, FIRST, "功能分类科目名称", 0, 3, 1, 2, false);
            String[] heads = {"合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"};
            for (int c = 0; c < heads.length; c++) cell(p, FIRST, heads[c], 0, 4 + c, 1, 2, false);
            cell(p, FIRST, "类", 1, 0, 1, 1, false);
            cell(p, FIRST, "款", 1, 1, 1, 1, false);
            cell(p, FIRST, "项", 1, 2, 1, 1, false);
            row(p, FIRST, 2, "201", "一般公共服务支出", "300.00", "300.00");
            row(p, FIRST, 3, "20113", "商贸事务", "300.00", "300.00");
            row(p, FIRST, 4, "2011301", "行政运行", "100.00", "100.00");
            row(p, FIRST, 5, "2011302", "一般行政管理事务", "200.00", "200.00");
        }, p -> {
            row(p, SECOND, -3, "210", "卫生健康支出", "50.00", "50.00");
            row(p, SECOND, -2, "21011", "行政事业单位医疗", "50.00", "50.00");
            row(p, SECOND, -1, "2101101", "行政单位医疗", "20.00", "20.00");
            row(p, SECOND, 0, "2101102", "事业单位医疗", "30.00", "30.00");
            row(p, SECOND, 1, "", "合计", "350.00", "350.00");
        });
    }

    private static String plain(Cell c) {
        return c.number() == null ? null : c.number().stripTrailingZeros().toPlainString();
    }

    @Test
    void aContinuedPageThatSizesItsColumnsAnewKeepsThemOneForOne(@TempDir Path dir) throws IOException {
        Document doc = Gongkai.extract(draw(dir));
        assertEquals(1, doc.tables().size(), doc.tables().toString());
        Table t = doc.tables().get(0);
        assertEquals("budget-income", t.templateId());
        for (String[] want : new String[][]{{"210", "50"}, {"21011", "50"}, {"2101101", "20"}, {"2101102", "30"}, {"total", "350"}}) {
            Cell total = t.cell(want[0], "1").orElseThrow(() -> new AssertionError(want[0] + " has no 合计: " + t.rows()));
            Cell grant = t.cell(want[0], "2").orElseThrow();
            assertEquals(want[1], plain(total), want[0] + " 合计 " + total);
            assertEquals(want[1], plain(grant), want[0] + " 财政拨款收入 " + grant);
            for (String other : List.of("3", "4", "5")) assertTrue(t.cell(want[0], other).map(c -> c.number() == null).orElse(true), want[0] + " " + other);
        }
        assertTrue(t.checks().stream().allMatch(c -> c.status() == CheckStatus.PASS), t.checks().toString());
    }
}

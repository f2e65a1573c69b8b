package io.gongkai.extract.pdf;

import io.gongkai.Gongkai;
import io.gongkai.model.Document;
import io.gongkai.model.Table;
import io.gongkai.view.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 部门决算's empty table as departments print it: the ruled header of 政府性基金预算财政拨款收入支出决算表 and, in the
 * grid, one row merged across it that holds the 空表说明 (注：本部门2024年度无政府性基金预算财政拨款收入、支出…，故本表为空表).
 * A newcomer's real prints of such pages came out as "a table could not be read" (exit 1): the table has nothing to
 * show, and says so. Drawn with pdfbox ({@link DrawnPage}).
 */
class EmptyTableTest {
    private static final float TOP = 110, ROW = 22;
    /** Column edges: 科目编码 | 科目名称 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余. */
    private static final float[] X = {40, 140, 330, 450, 570, 690, 800};

    private static void cell(DrawnPage p, String text, int row, int col, int colSpan, int rowSpan) throws IOException {
        float y0 = TOP + row * ROW;
        p.box(X[col], y0, X[col + colSpan], y0 + rowSpan * ROW);
        if (!text.isEmpty()) p.text(text, X[col] + 4, y0 + 15, 10);
    }

    /** The empty table's page; {@code noteInGrid}: the note in a merged row of the grid, or printed under it. */
    private static Path draw(Path dir, boolean noteInGrid) throws IOException {
        return DrawnPage.save(dir.resolve(noteInGrid ? "empty-in-grid.pdf" : "empty-under-grid.pdf"), p -> {
            p.text("政府性基金预算财政拨款收入支出决算表", 250, 50, 15);
            p.text("公开08表", 720, 72, 9);
            p.text("部门：上海市普陀区档案局", 40, 95, 9);
            p.text("金额单位：元", 720, 95, 9);
            cell(p, "项目", 0, 0, 2, 1);
            cell(p, "年初结转和结余", 0, 2, 1, 2);
            cell(p, "本年收入", 0, 3, 1, 2);
            cell(p, "本年支出", 0, 4, 1, 2);
            cell(p, "年末结转和结余", 0, 5, 1, 2);
            cell(p, "功能分类科目编码", 1, 0, 1, 1);
            cell(p, "科目名称", 1, 1, 1, 1);
            cell(p, "栏次", 2, 0, 2, 1);
            for (int c = 2; c < 6; c++) cell(p, String.valueOf(c - 1), 2, c, 1, 1);
            String note = "注：本部门2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。";
            if (noteInGrid) cell(p, note, 3, 0, 6, 1);
            else p.text(note, 40, TOP + 3 * ROW + 20, 10);
        });
    }

    @Test
    void anEmptyTableWhoseGridHoldsItsNoteIsReadWholeAndEmpty(@TempDir Path dir) throws IOException {
        for (boolean inGrid : new boolean[]{true, false}) {
            Document doc = Gongkai.extract(draw(dir, inGrid));
            String seen = inGrid + " " + doc.tables().stream().map(t -> t.ref() + " " + t.templateId() + " rows " + t.rows().size() + " notes " + t.notes()).toList()
                    + " " + doc.diagnostics();
            assertEquals(1, doc.tables().size(), seen);
            Table t = doc.tables().get(0);
            assertEquals("government-fund", t.templateId(), seen);
            // the note is the table's note, not a row of it
            assertTrue(t.notes().stream().anyMatch(io.gongkai.template.Vocabulary::saysEmpty), seen);
            assertTrue(t.rows().stream().noneMatch(r -> r.label() != null && r.label().contains("空表")), seen);
            assertEquals(java.util.List.of(), Summary.of(doc).unreadable(), seen);
        }
    }
}

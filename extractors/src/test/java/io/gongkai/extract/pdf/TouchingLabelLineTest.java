package io.gongkai.extract.pdf;

import io.gongkai.Gongkai;
import io.gongkai.model.Cell;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A table without rules whose 编制部门 … 单位：元 line stands so close over its header that their glyphs' boxes touch:
 * LibreOffice Calc squeezes a borderless sheet's rows (a newcomer's print: the label line's glyphs reached 1.7 pt into
 * the header's first line). The line is above the table by its middle, and names the department and the unit; left
 * out, the table's unit was unknown, every amount suspect, and the default engine did not keep the table. Drawn with
 * pdfbox ({@link DrawnPage}).
 */
class TouchingLabelLineTest {
    private static Path draw(Path dir) throws IOException {
        return DrawnPage.save(dir.resolve("touching.pdf"), p -> {
            p.text("2025年部门一般公共预算基本支出部门预算经济分类预算表", 200, 80, 14);
            p.text("编制部门：上海市普陀区商务委员会", 55, 93, 9);
            p.text("单位：元", 500, 93, 9);
            // the header's first line 6.6 pt under the label line's baseline: 9 pt glyphs reach over each other
            p.text("部门预算经济分类", 55, 99.6f, 9);
            p.economicTable(110);
        });
    }

    @Test
    void aLabelLineTouchingTheHeaderIsStillAboveTheTable(@TempDir Path dir) throws IOException {
        Document doc = Gongkai.extract(draw(dir));
        String seen = doc.tables() + " " + doc.diagnostics();
        assertEquals("上海市普陀区商务委员会", doc.department(), seen);
        Table t = doc.table("budget-basic-economic").orElseThrow(() -> new AssertionError(seen));
        assertEquals(MoneyUnit.YUAN, t.unit(), seen);
        assertEquals("350", t.cell("total", "1").map(Cell::number).orElseThrow().stripTrailingZeros().toPlainString());
        assertFalse(t.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(Cell::flagged), t.rows().toString());
    }
}

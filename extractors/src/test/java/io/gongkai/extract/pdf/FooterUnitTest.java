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
 * A table whose unit is printed only at the foot of its page (金额单位：元 in a Writer page's footer, a newcomer's print:
 * its 65 amounts were each flagged, unit unknown): the line under the page's last table that states the unit and
 * nothing else is the table's; a unit line under the title of a table that starts on the next page is not. Drawn with
 * pdfbox ({@link DrawnPage}).
 */
class FooterUnitTest {
    private static Path draw(Path dir, String name, String... foot) throws IOException {
        return DrawnPage.save(dir.resolve(name), p -> {
            p.text("2025年部门一般公共预算基本支出部门预算经济分类预算表", 200, 80, 14);
            p.text("编制部门：上海市普陀区商务委员会", 55, 100, 9);
            p.economicTable(120);
            float at = 520;
            for (String line : foot) {
                p.text(line, 55, at, 9);
                at += 20;
            }
        });
    }

    @Test
    void aUnitPrintedOnlyInThePagesFooterIsTheTables(@TempDir Path dir) throws IOException {
        Document doc = Gongkai.extract(draw(dir, "footer.pdf", "金额单位：元", "- 1 -"));
        String seen = doc.tables() + " " + doc.diagnostics();
        Table t = doc.table("budget-basic-economic").orElseThrow(() -> new AssertionError(seen));
        assertEquals(MoneyUnit.YUAN, t.unit(), seen);
        assertEquals("350", t.cell("total", "1").map(Cell::number).orElseThrow().stripTrailingZeros().toPlainString());
        assertFalse(t.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(Cell::flagged), t.rows().toString());
    }

    @Test
    void aUnitLineUnderTheTitleOfTheNextPagesTableIsNotThisTables(@TempDir Path dir) throws IOException {
        Document doc = Gongkai.extract(draw(dir, "next-title.pdf", "2025年部门财政拨款收支预算总表", "单位：万元"));
        String seen = doc.tables() + " " + doc.diagnostics();
        Table t = doc.table("budget-basic-economic").orElseThrow(() -> new AssertionError(seen));
        assertEquals(MoneyUnit.UNKNOWN, t.unit(), seen);
    }
}

package io.gongkai.extract.pdf;

import io.gongkai.Gongkai;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page that prints a table's title and its figures but gives no table (its rules lost, its figures in no columns)
 * has lost a table: an error naming the page and the title, not "a page holds no ruled table" alone (a newcomer's
 * 150 dpi scan lost its 财政拨款收支预算总表 so, inside a document that exited 0).
 */
class TableLostTest {

    @Test
    void aPageWithATablesTitleAndFiguresButNoTableSaysATableWasLost(@TempDir Path dir) throws Exception {
        Path pdf = DrawnPage.save(dir.resolve("lost.pdf"), p -> {
            p.text("2025年部门财政拨款收支预算总表", 260, 60, 15);
            p.text("编制部门：上海市普陀区人民政府办公室", 40, 90, 9);
            p.text("一般公共预算资金 91,016,775.35", 60, 140, 9);
            p.text("一般公共服务支出 82,096,797.42", 300, 190, 9);
            p.text("社会保障和就业支出 4,213,779.28", 150, 250, 9);
            p.text("支出总计 91,016,775.35", 480, 300, 9);
        });
        PdfTableReader.Result r = new PdfTableReader().read(pdf, null);
        assertEquals(List.of(), r.blocks());
        assertEquals(Map.of(1, "2025年部门财政拨款收支预算总表"), r.tablesNotRead());
        Document doc = Gongkai.extract(pdf);
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && d.where().equals("page 1")
                && d.message().contains("2025年部门财政拨款收支预算总表") && d.message().contains("no table was read")), doc.diagnostics().toString());
    }

    @Test
    void aTitleAtThePagesFootOrAPageOfProseIsNoTableLost(@TempDir Path dir) throws Exception {
        // a title left at the foot for the next page's table, and a page of figures without a title: nothing lost here
        Path pdf = DrawnPage.save(dir.resolve("not-lost.pdf"), p -> {
            p.text("本部门2025年收入预算91,016,775.35元，支出预算91,016,775.35元，其中一般公共服务支出82,096,797.42元。", 40, 100, 9);
            p.text("2025年部门财政拨款收支预算总表", 260, 560, 15);
        });
        assertEquals(Map.of(), new PdfTableReader().read(pdf, null).tablesNotRead());
    }
}

package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header's 栏次 row is no row of amounts, with or without the word: a newcomer's 三公 table printed by Chromium and
 * by LibreOffice (1 … 7 under the headers, the figures below) came out as the row 1, 2, … 7 万元, its real row dropped;
 * a two-sided summary's "栏次 | 1 | 栏次 | 2" came out as a row of each side. Blocks as those ruled pages give them.
 */
class ColumnNumbersRowTest {
    private static final TableAssembler ASSEMBLER = new TableAssembler(TemplateCatalog.builtIn());

    private static RawRow row(int line, String... cells) {
        return RawRow.of(line, cells);
    }

    @Test
    void aRowOfColumnNumbersIsTheHeadersWithOrWithoutTheWord() {
        assertTrue(HeaderLocator.isColumnNumbers(List.of("1", "2", "3", "4", "5", "6", "7")));
        assertTrue(HeaderLocator.isColumnNumbers(List.of("甲", "乙", "1", "2", "4", "7")), "label columns, then columns a department left out");
        assertTrue(HeaderLocator.isColumnNumbers(List.of("栏次", "", "1", "2")));
        assertFalse(HeaderLocator.isColumnNumbers(List.of("2", "3", "4")), "no column is numbered 2 first");
        assertFalse(HeaderLocator.isColumnNumbers(List.of("1", "2")), "two amounts may count so");
        assertFalse(HeaderLocator.isColumnNumbers(List.of("1", "3", "2")), "not counting up");
        assertFalse(HeaderLocator.isColumnNumbers(List.of("346.30", "288.70", "25.40")));
        assertFalse(HeaderLocator.isColumnNumbers(List.of("合计", "1", "2", "3")), "a row with a label is a row");
    }

    @Test
    void aThreePublicTablesColumnNumbersAreNotItsRowOfAmounts() {
        RawBlock block = new RawBlock(1, List.of(1), "2025年单位“三公”经费和机关运行经费预算表", null,
                List.of("2025年单位“三公”经费和机关运行经费预算表", "编制部门：上海市财政局\t单位：万元"), List.of(
                row(1, "“三公”经费预算数", "", "", "", "", "", "机关运行经费预算数"),
                row(2, "合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "", "", ""),
                row(3, "", "", "", "小计", "购置费", "运行费", ""),
                row(4, "1", "2", "3", "4", "5", "6", "7"),
                row(5, "346.30", "288.70", "25.40", "32.20", "", "32.20", "2,517.78")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals("budget-three-public", t.templateId());
        assertEquals(1, t.rows().size(), t.rows().toString());
        Row total = t.rows().get(0);
        assertEquals(List.of("346.30", "288.70", "25.40", "32.20", "", "32.20", "2517.78"),
                total.cells().stream().map(c -> c.number() == null ? "" : c.number().toPlainString()).toList());
    }

    @Test
    void aTwoSidedSummarysColumnNumbersAreNoRowOfEitherSide() {
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门财务收支预算总表", null,
                List.of("2025年部门财务收支预算总表", "编制部门：某某局\t单位：元"), List.of(
                row(1, "收入", "", "支出", ""),
                row(2, "项目", "预算数", "项目", "预算数"),
                row(3, "栏次", "1", "栏次", "2"),
                row(4, "一、财政拨款收入", "1,000", "一、一般公共服务支出", "1,000"),
                row(5, "收入总计", "1,000", "支出总计", "1,000")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        List<String> keys = t.rows().stream().map(r -> r.key().value()).toList();
        assertFalse(keys.stream().anyMatch(k -> k.contains("栏次")), keys.toString());
        assertTrue(t.rows().stream().flatMap(r -> r.cells().stream()).map(Cell::number)
                .noneMatch(n -> n != null && (n.compareTo(BigDecimal.ONE) == 0 || n.compareTo(BigDecimal.valueOf(2)) == 0)), t.rows().toString());
    }
}

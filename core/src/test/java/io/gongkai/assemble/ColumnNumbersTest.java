package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Table;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Columns by the 栏次 they print: the seed's tables printed without their columns of nothing (公开05表's 16 columns less
 * the empty ones, 1 2 4 7 …) were read by place, their amounts a column off and 9 wrong figures verified; now each is
 * read under its own 栏次.
 */
class ColumnNumbersTest {
    private static final TableAssembler ASSEMBLER = new TableAssembler(TemplateCatalog.builtIn());

    private static RawRow row(int line, String... cells) {
        return RawRow.of(line, cells);
    }

    private static BigDecimal value(Table t, String row, String column) {
        return t.cell(row, column).map(c -> c.number() == null ? BigDecimal.ZERO : c.number()).orElseThrow(() -> new AssertionError(row + "." + column + " in " + t.rows()));
    }

    /** 收入决算表 printing only 本年收入合计, 财政拨款收入 and 其他收入 (栏次 1, 2, 8): 其他收入 is column 8, not 3. */
    @Test
    void aTablePrintingSomeOfItsColumnsReadsEachUnderItsNumber() {
        RawBlock block = new RawBlock(1, List.of(), "收入决算表", "公开02表", List.of("收入决算表", "部门:某局\t金额单位:元"), List.of(
                row(1, "科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"),
                row(2, "栏次", "", "1", "2", "8"),
                row(3, "", "合计", "150.00", "100.00", "50.00"),
                row(4, "2010450", "事业运行", "150.00", "100.00", "50.00")), List.of());
        Table t = ASSEMBLER.assemble(block, "T02");
        assertEquals("income", t.templateId());
        assertEquals(0, new BigDecimal("50.00").compareTo(value(t, "2010450", "8")));
        assertEquals(0, BigDecimal.ZERO.compareTo(value(t, "2010450", "3")));
        assertTrue(t.checks().stream().filter(c -> c.identity().contains("row-total")).allMatch(c -> c.status().holds()), t.checks().toString());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("栏次 3, 4, 5, 6, 7 not printed")), t.diagnostics().toString());
    }

    /** 栏次 in their places, or not the template's numbers: read as before. */
    @Test
    void numbersInTheirPlacesChangeNothing() {
        RawBlock block = new RawBlock(1, List.of(), "收入决算表", "公开02表", List.of("收入决算表", "部门:某局\t金额单位:元"), List.of(
                row(1, "科目编码", "科目名称", "本年收入合计", "财政拨款收入"),
                row(2, "栏次", "", "1", "2"),
                row(3, "2010450", "事业运行", "150.00", "150.00")), List.of());
        assertEquals(List.of(), ColumnNumbers.align(block, TemplateCatalog.builtIn().get("income").orElseThrow(), "T02").diagnostics());
        RawBlock garbled = new RawBlock(1, List.of(), "收入决算表", "公开02表", List.of(), List.of(
                row(1, "栏次", "", "1", "二", "8"), row(2, "2010450", "事业运行", "150.00", "150.00", "")), List.of());
        assertEquals(garbled, ColumnNumbers.align(garbled, TemplateCatalog.builtIn().get("income").orElseThrow(), "T02").block());
    }
}

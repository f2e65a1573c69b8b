package io.gongkai.assemble;

import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A 序号 column before a table's codes (a newcomer's 支出预算总表 with a 序号 column, printed by Chromium and by Calc: 1 |
 * 201 read as no code, 11 | 20805 as the code 1120805).
 */
class SerialColumnTest {
    private static final TableAssembler ASSEMBLER = new TableAssembler(TemplateCatalog.builtIn());

    private static RawBlock expenditure(List<RawRow> data) {
        List<RawRow> rows = new java.util.ArrayList<>(List.of(RawRow.of(1, "序号", "功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出")));
        rows.addAll(data);
        return new RawBlock(1, List.of(1), "2025年部门支出预算总表", null, List.of("2025年部门支出预算总表", "编制部门：某某局\t单位：元"), rows, List.of());
    }

    @Test
    void aSerialNumberIsNoPartOfTheCode() {
        Table t = ASSEMBLER.assemble(expenditure(List.of(
                RawRow.of(2, "1", "208", "社会保障和就业支出", "300", "300", ""),
                RawRow.of(3, "2", "20805", "行政事业单位养老支出", "300", "300", ""),
                RawRow.of(4, "3", "2080501", "行政单位离退休", "100", "100", ""),
                RawRow.of(5, "4", "2080505", "机关事业单位基本养老保险缴费支出", "200", "200", ""),
                RawRow.of(6, "", "合计", "", "300", "300", ""))), "T01");
        assertEquals(List.of("208", "20805", "2080501", "2080505", "total"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals(0, t.checks().stream().filter(c -> !c.status().holds()).count(), t.checks().toString());
    }

    @Test
    void splitCodesWhoseFirstPartCountsUpAreCodes() {
        // 类 | 款 | 项 in three columns: the 类 column prints 208 on each row, not 1, 2, 3
        Table t = ASSEMBLER.assemble(expenditure(List.of(
                RawRow.of(2, "208", "", "", "社会保障和就业支出", "300", "300", ""),
                RawRow.of(3, "208", "05", "", "行政事业单位养老支出", "300", "300", ""),
                RawRow.of(4, "208", "05", "01", "行政单位离退休", "100", "100", ""),
                RawRow.of(5, "208", "05", "05", "机关事业单位基本养老保险缴费支出", "200", "200", ""))), "T01");
        assertEquals(List.of("208", "20805", "2080501", "2080505"), t.rows().stream().map(r -> r.key().value()).toList());
    }
}

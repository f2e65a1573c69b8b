package io.gongkai.assemble;

import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 科目编码及名称 in one column ("2010507 专项普查活动"), as a newcomer printed 万里街道's 2025 收入预算总表 with Chromium:
 * every row had been keyed by its text with a "code missing" warning, and the 类 = Σ款 = Σ项 checks never ran.
 */
class CodeAndNameTest {
    private static final TableAssembler ASSEMBLER = new TableAssembler(TemplateCatalog.builtIn());

    private static RawRow row(int line, String... cells) {
        return RawRow.of(line, cells);
    }

    @Test
    void aCodePrintedBeforeItsNameInOneCellIsTheRowsCode() {
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门收入预算总表", null,
                List.of("2025年部门收入预算总表", "编制部门：上海市普陀区人民政府万里街道办事处\t单位：元"), List.of(
                row(1, "科目编码及名称", "收入预算", "", "", "", ""),
                row(2, "", "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"),
                row(3, "201 一般公共服务支出", "438,300", "438,300", "0", "0", "0"),
                row(4, "20105 统计信息事务", "438,300", "438,300", "0", "0", "0"),
                row(5, "2010507专项普查活动", "438,300", "438,300", "0", "0", "0"),
                row(6, "合计", "438,300", "438,300", "0", "0", "0")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals("budget-income", t.templateId());
        assertEquals(List.of("201", "20105", "2010507", "total"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals(List.of("一般公共服务支出", "统计信息事务", "专项普查活动"), t.rows().stream().filter(r -> r.key().kind() == RowKey.Kind.FUNCTION_CODE).map(Row::label).toList());
        assertTrue(t.rows().stream().allMatch(r -> r.repairs().isEmpty()), t.rows().toString());
    }
}

package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Table;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A two-sided 总表 whose header words a scan garbled: its grid's width tells its variant (a newcomer's 150 dpi photocopy
 * of 上海市财政局's 财务收支预算总表: 基本支出 read 做林文出, 人员经费 人员摊费; the 预算数-only layout was chosen and
 * 人员经费, 公用经费, 项目支出 left unread).
 */
class VariantByWidthTest {
    private static RawRow row(int line, String... cells) {
        List<RawCell> c = new ArrayList<>();
        for (String s : cells) c.add(new RawCell(s, null, 0.8));
        return new RawRow(line, c);
    }

    private static Table assemble(List<RawRow> rows) {
        RawBlock block = new RawBlock(1, List.of(1), "2025年预算单位财务收支预算总表", null, List.of("2025年预算单位财务收支预算总表", "编制单位:上海市财政局 单位:元"), rows, List.of());
        return new TableAssembler(TemplateCatalog.builtIn()).assemble(block, "T01");
    }

    @Test
    void theGridsWidthTellsTheVariantItsHeaderWordsDoNot() {
        Table t = assemble(List.of(
                row(1, "本年收入", "", "本年支出", "", "", "", ""),
                row(2, "项旧", "阳和数", "其有旧", "所笃歼", "", "", ""),
                row(3, "", "", "", "合计", "做林文出", "", "项由支出"),
                row(4, "", "", "", "", "人员摊费", "公山经费", ""),
                row(5, "一、财政拨款收入", "171,915,169", "一、一般公共服务支出", "127,886,849", "60,330,260", "24,531,459", "43,025,130"),
                row(6, "收入总计", "171,915,169", "支出总计", "127,886,849", "60,330,260", "24,531,459", "43,025,130")));
        assertEquals("budget-summary@basic-project", t.identification().templateKey(), t.identification().reasons().toString());
        assertEquals("43025130", t.row("expenditure:一般公共服务支出").orElseThrow().cell("5").orElseThrow().number().toPlainString());
        assertTrue(t.diagnostics().stream().noneMatch(d -> d.message().startsWith(UnmappedColumns.PREFIX)), t.diagnostics().toString());
    }

    @Test
    void aGridAsWideAsTheTemplateIdentifiedKeepsIt() {
        Table t = assemble(List.of(
                row(1, "本年收入", "", "本年支出", ""),
                row(2, "项目", "预算数", "项目", "预算数"),
                row(3, "一、财政拨款收入", "171,915,169", "一、一般公共服务支出", "171,915,169"),
                row(4, "收入总计", "171,915,169", "支出总计", "171,915,169")));
        assertEquals("budget-summary", t.identification().templateKey());
    }
}

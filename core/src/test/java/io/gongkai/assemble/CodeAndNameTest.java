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

    @Test
    void aTotalInTheEmptyCodeColumnBesideCodesPrintedWithTheNamesKeepsItsColumns() {
        // a CSV of an economic table opened in LibreOffice Calc and printed (a newcomer's 04): the code column empty, the
        // codes before the names in the name column, 合计 in the code column and the name cell blank. The 合计 row's
        // figures went one column right (127,642,039 under 人员经费), and its identities failed
        RawBlock block = new RawBlock(1, List.of(1), "2025年预算单位一般公共预算基本支出部门预算经济分类预算表", null,
                List.of("2025年预算单位一般公共预算基本支出部门预算经济分类预算表", "编制部门：上海市财政局\t单位：元"), List.of(
                row(1, "经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"),
                row(2, "", "301工资福利支出", "600", "600", ""),
                row(3, "", "30101基本工资", "600", "600", ""),
                row(4, "", "302商品和服务支出", "150", "", "150"),
                row(5, "", "30201办公费", "150", "", "150"),
                row(6, "合计", "", "750", "600", "150")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals("budget-basic-economic", t.templateId());
        Row total = t.rows().stream().filter(r -> r.key().equals(RowKey.total())).findFirst().orElseThrow(() -> new AssertionError(t.rows().toString()));
        assertEquals(List.of("750", "600", "150"), total.cells().stream().map(c -> c.number().toPlainString()).toList());
    }

    /**
     * The 项 code at the start of the name ({@code 216 99 | 99 其他商业服务业等支出}): a newcomer's Writer table without
     * borders, its 项 column read with the names by text alignment. Where the 款's name is the 项's (21699 and 2169999 are
     * both 其他商业服务业等支出) the row had stayed a second 21699, its name "99 其他…", its figures ok.
     */
    @Test
    void aCodesLastPartPrintedBeforeTheNameCompletesTheCode() {
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门一般公共预算支出功能分类预算表", null,
                List.of("2025年部门一般公共预算支出功能分类预算表", "编制部门：上海市普陀区商务委员会\t单位：元"), List.of(
                row(1, "功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"),
                row(2, "合计", "", "40,000.00", "9,000.00", "31,000.00"),
                row(3, "201 13", "商贸事务", "9,000.00", "9,000.00", ""),
                row(4, "201 13", "01 行政运行", "9,000.00", "9,000.00", ""),
                row(5, "216", "商业服务业等支出", "31,000.00", "", "31,000.00"),
                row(6, "216 99", "其他商业服务业等支出", "31,000.00", "", "31,000.00"),
                row(7, "216 99", "99 其他商业服务业等支出", "31,000.00", "", "31,000.00")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals("budget-general-expenditure", t.templateId());
        assertEquals(List.of("total", "20113", "2011301", "216", "21699", "2169999"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals(List.of("商贸事务", "行政运行", "商业服务业等支出", "其他商业服务业等支出", "其他商业服务业等支出"),
                t.rows().stream().filter(r -> r.key().kind() == RowKey.Kind.FUNCTION_CODE).map(Row::label).toList());
        assertEquals(io.gongkai.model.RepairKind.SPLIT_CODE, t.rows().get(5).repairs().get(0).kind(), t.rows().get(5).repairs().toString());
    }

    /**
     * The code's parts before the name in one column, a 款 of one digit where a CSV opened in Calc lost its leading 0
     * ("301 1 基本工资", printed without rules): a newcomer's print of 财政局's 基本支出 table. Every 款 row had been keyed
     * by its text (3011基本工资), status ok, every identity holding.
     */
    @Test
    void codePartsWithoutTheirLeadingZeroBeforeTheNameAreTheRowsCode() {
        RawBlock block = new RawBlock(1, List.of(1), "2025年预算单位一般公共预算基本支出部门预算经济分类预算表", null,
                List.of("2025年预算单位一般公共预算基本支出部门预算经济分类预算表", "编制单位：上海市财政局\t单位：元"), List.of(
                row(1, "科目编码 科目名称", "合计", "人员经费", "公用经费"),
                row(2, "301 工资福利支出", "70733760", "70733760", ""),
                row(3, "301 1 基本工资", "13150000", "13150000", ""),
                row(4, "301 2 津贴补贴", "57583760", "57583760", ""),
                row(5, "合计", "70733760", "70733760", "")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals("budget-basic-economic", t.templateId());
        assertEquals(List.of("301", "30101", "30102", "total"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals("基本工资", t.rows().get(1).label());
        assertTrue(t.rows().get(1).repairs().stream().anyMatch(x -> x.kind() == io.gongkai.model.RepairKind.LEADING_ZERO_RESTORED), t.rows().get(1).repairs().toString());
    }

    /**
     * 类 printed once at the bottom of a cell merged down its rows (LibreOffice Calc's default), the cell of 302 cut by a
     * page break: its own row and the 款 rows on the first page print no 类 (a newcomer's Calc print of 财政局's 基本支出
     * table). 商品和服务支出 had been kept without a code, status ok, and 办公费 … 维修(护)费 filed under 301, the 类 above.
     */
    @Test
    void aClassRowThatPrintsNoCodeIsTheClassItsNameIs() {
        RawBlock block = new RawBlock(1, List.of(1, 2), "2025年预算单位一般公共预算基本支出部门预算经济分类预算表", null,
                List.of("2025年预算单位一般公共预算基本支出部门预算经济分类预算表", "编制单位：上海市财政局\t单位：元"), List.of(
                row(1, "经济分类科目编码", "", "经济分类科目名称", "合计", "人员经费", "公用经费"),
                row(2, "类", "款", "", "", "", ""),
                row(3, "", "", "工资福利支出", "700", "700", ""),
                row(4, "", "01", "基本工资", "600", "600", ""),
                row(5, "301", "99", "其他工资福利支出", "100", "100", ""),
                row(6, "", "", "商品和服务支出", "90", "", "90"),
                row(7, "", "01", "办公费", "50", "", "50"),
                row(1001, "302", "99", "其他商品和服务支出", "40", "", "40"),
                row(1002, "", "", "合计", "790", "700", "90")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals(List.of("301", "30101", "30199", "302", "30201", "30299", "total"), t.rows().stream().map(r -> r.key().value()).toList());
        assertTrue(t.rows().get(3).repairs().stream().anyMatch(x -> x.kind() == io.gongkai.model.RepairKind.CODE_FROM_NAME), t.rows().get(3).repairs().toString());
    }
}

package io.gongkai.unit;

import io.gongkai.model.MoneyUnit;
import io.gongkai.model.UnitSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a table prints about its unit: above its grid, in its header rows, on its labels. */
class PrintedUnitTest {
    @Test
    void aUnitLineAboveTheGrid() {
        PrintedUnit u = PrintedUnit.read(List.of("2025年部门财务收支预算总表", "编制部门：上海市普陀区财政局\t单位：元"), List.of(), List.of()).orElseThrow();
        assertEquals(MoneyUnit.YUAN, u.unit());
        assertEquals(new UnitSource(UnitSource.Kind.HEADER, "单位:元"), u.source());
    }

    @Test
    void aUnitLineInTheHeaderRows() {
        PrintedUnit u = PrintedUnit.read(List.of("公开01表"), List.of("部门: 曲靖市工业和信息化局     金额单位:元", "项目 本年收入"), List.of()).orElseThrow();
        assertEquals(MoneyUnit.YUAN, u.unit());
        assertEquals("金额单位:元", u.source().detail());
        // below the header rows a 单位 line is a row, not the table's unit line
        assertTrue(PrintedUnit.read(List.of(), List.of("a", "b", "c", "单位：万元"), List.of()).isEmpty());
    }

    @Test
    void aUnitLabelWrappedOntoTheNextLineIsReadWhole() {
        // a Writer page: 单位：万元 at the right edge of the 编制单位 line wrapped after 万
        PrintedUnit u = PrintedUnit.read(List.of("2026年单位“三公”经费和机关运行经费预算表", "编制单位：上海市普陀区司法局 单位：万", "元"), List.of(), List.of()).orElseThrow();
        assertEquals(MoneyUnit.WAN_YUAN, u.unit());
        assertEquals(MoneyUnit.YUAN, PrintedUnit.read(List.of("编制部门：上海市某某局 单位：", "元"), List.of(), List.of()).orElseThrow().unit());
        // a publisher's name wrapped after its label is no unit (元谋县), nor is 万 before a name (万里街道)
        assertEquals(Optional.empty(), PrintedUnit.read(List.of("编制单位：", "元谋县财政局"), List.of(), List.of()));
        assertEquals(Optional.empty(), PrintedUnit.read(List.of("单位：", "万里街道办事处"), List.of(), List.of()));
    }

    @Test
    void headerLinesThatDisagreeDecideNothing() {
        assertEquals(Optional.empty(), PrintedUnit.read(List.of("单位：元", "单位：万元"), List.of(), List.of()));
    }

    @Test
    void aUnitOnTheTablesOwnLabels() {
        PrintedUnit u = PrintedUnit.read(List.of("部门: 曲靖市 金额单位:"), List.of(), List.of("年度资金总额", "项目资金(元)", "其中: 当年财政拨款")).orElseThrow();
        assertEquals(MoneyUnit.YUAN, u.unit());
        assertEquals(UnitSource.Kind.LABEL, u.source().kind());
        assertEquals("项目资金(元)", u.source().detail());
        assertEquals(MoneyUnit.WAN_YUAN, PrintedUnit.read(List.of(), List.of(), List.of("金额（万元）")).orElseThrow().unit());
        // labels that disagree, prose, a unit of something else: nothing
        assertEquals(Optional.empty(), PrintedUnit.read(List.of(), List.of(), List.of("项目资金(元)", "总额(万元)")));
        assertEquals(Optional.empty(), PrintedUnit.read(List.of(), List.of(), List.of("本年度争取上级资金共计一千二百万元,其中中央资金(万元)占比较大,全部用于产业发展")));
        assertEquals(Optional.empty(), PrintedUnit.read(List.of(), List.of(), List.of("人均费用(元/人)", "面积(平方米)")));
    }

    /**
     * A unit stated only in the table's note under it (a newcomer's Calc print: 注：表中金额单位为万元; its amounts had all
     * been flagged, unit unknown): the note's, after every other place the table prints one; notes that disagree say
     * nothing.
     */
    @Test
    void aUnitTheTablesNoteStatesIsItsUnit() {
        PrintedUnit u = PrintedUnit.read(List.of("2024年预算单位财务收支预算总表", "编制单位：上海市普陀区社会福利院"), List.of(), List.of(),
                List.of("注：表中金额单位为万元，“—”表示无此项数据。")).orElseThrow();
        assertEquals(MoneyUnit.WAN_YUAN, u.unit());
        assertEquals(io.gongkai.model.UnitSource.Kind.NOTE, u.source().kind());
        assertEquals(MoneyUnit.YUAN, PrintedUnit.read(List.of("单位：元"), List.of(), List.of(), List.of("注：金额单位为万元")).orElseThrow().unit(), "the header first");
        assertEquals(Optional.empty(), PrintedUnit.read(List.of(), List.of(), List.of(), List.of("注：单位为元", "注2：单位为万元")));
    }

    @Test
    void aUnitLineWithAnUnreadMarkBeforeItsYuanPrintsNoUnitAndSaysSo() {
        // a scan's reader writes □ for a blot or a punched hole it saw in front of 元: 万元 or 元, nobody can tell
        List<String> header = List.of("2025年“三公”经费预算表", "编制单位：上海市财政局 单位：\u25A1元");
        assertEquals(Optional.empty(), PrintedUnit.read(header, List.of(), List.of()));
        UnitSource none = PrintedUnit.notPrinted(header);
        assertEquals(UnitSource.Kind.NONE, none.kind());
        assertTrue(none.detail().contains("单位:\u25A1元"), none.detail());
        assertEquals(PrintedUnit.NOT_PRINTED, PrintedUnit.notPrinted(List.of("编制单位：上海市财政局")));
        assertEquals(PrintedUnit.NOT_PRINTED, PrintedUnit.notPrinted(List.of("\u25A1元")), "no unit label, no unit line");
    }
}

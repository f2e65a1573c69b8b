package io.gongkai.assemble;

import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Document;
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
 * A 公开05表 (一般公共预算财政拨款支出决算表) printing only its 本年支出 columns — 合计 | 基本支出 (小计, 人员经费, 公用经费) |
 * 项目支出 — of the sixteen its template knows, as a newcomer typeset the real 曲靖 决算's figures in Calc and scanned them
 * at 300 dpi. The scan read the grid whole, and a line under it too: the note 注：本表反映…, its colon lost (注 |
 * 本表反映本年度一1 | ·般公共预算财政拨款实际支出情况。), its stray 1 read as an amount. With that, the columns were read
 * by position, into 年初结转和结余's 合计 … 本年收入's 合计, and the 31 figures of 本年支出's 合计 under 年初结转和结余's
 * were verified by the trees, which hold in any column.
 */
class ColumnsOfAGroupReadByPositionTest {
    /** Grid column k of a row, 60 pt wide, a merged header cell spanning as many columns as it covers. */
    private static RawRow row(int line, String... cells) {
        List<RawCell> c = new ArrayList<>();
        for (int k = 0; k < cells.length; k++) {
            int span = switch (cells[k]) {
                case "本年支出", "本年支出 一厨" -> 5;
                case "基本支出" -> 3;
                default -> 1;
            };
            c.add(new RawCell(cells[k], new Box(1, 40 + k * 60, 100 + line % 1000 * 12, 60 * span - 2, 11), 0.9));
        }
        return new RawRow(line, c);
    }

    private static Table read(RawRow under) {
        return read("本年支出", under);
    }

    private static Table read(String group, RawRow under) {
        List<RawRow> rows = new ArrayList<>(List.of(
                row(1001, "科目编码", "", "", "科目名称", group, "", "", "", ""),
                row(1002, "", "", "", "", "合计", "基本支出", "", "", "项目支出"),
                row(1003, "类", "款", "项", "", "", "小计", "人员经费", "公用经费", ""),
                row(1004, "栏次", "", "", "", "1", "2", "3", "4", "5"),
                row(1005, "", "", "", "合计", "1,179.41", "1,179.41", "1,022.27", "157.14", "0.00"),
                row(1006, "215", "", "", "资源勘探工业信息等支出", "1,032.04", "1,032.04", "874.90", "157.14", "0.00"),
                row(1007, "215", "05", "", "工业和信息产业监管", "1,032.04", "1,032.04", "874.90", "157.14", "0.00"),
                row(1008, "215", "05", "01", "行政运行", "1,032.04", "1,032.04", "874.90", "157.14", "0.00"),
                row(1009, "221", "", "", "住房保障支出", "147.37", "147.37", "147.37", "0.00", "0.00"),
                row(1010, "221", "02", "", "住房改革支出", "147.37", "147.37", "147.37", "0.00", "0.00"),
                row(1011, "221", "02", "01", "住房公积金", "147.37", "147.37", "147.37", "0.00", "0.00")));
        rows.add(under);
        RawBlock b = new RawBlock(1000, List.of(1), "一般公共预算财政拨款支出决算表", "公开05表",
                List.of("一般公共预算财政拨款支出决算表", "公开05表", "部门：曲靖市工业和信息化局 单位：万元"), rows, List.of());
        Document doc = new DocumentAssembler(TemplateCatalog.builtIn()).assemble("scan.pdf", "", List.of(b), List.of());
        Table t = doc.tables().get(0);
        assertEquals("general-budget-expenditure", t.templateId());
        return t;
    }

    @Test
    void aNoteWhoseColonWasNotReadIsANoteAndTheColumnsAreReadByTheirHeaders() {
        Table t = read(row(1012, "注", "本表反映本年度一1", "", "·般公共预算财政拨款实际支出情况。", "", "", "", "", ""));
        Cell total = t.cell("total", "7").orElseThrow(() -> new AssertionError(t.rows()));
        assertEquals(0, new java.math.BigDecimal("1179.41").compareTo(total.number()), total.toString());
        assertEquals(CellStatus.OK, total.status(), total.toString());
        assertTrue(t.notes().stream().anyMatch(n -> n.contains("本表反映")), t.notes().toString());
        for (var r : t.rows()) for (Cell c : r.cells()) assertTrue(c.number() == null || Integer.parseInt(c.column()) >= 7, "under 本年支出: " + r.key() + " " + c);
    }

    @Test
    void aGroupHeadingASealsStrokesAddedCharactersToStillNamesItsColumns() {
        // the same scan with a red seal stamped over the heading: 本年支出 read 本年支出 一厨
        Table t = read("本年支出 一厨", row(1012, "注", "本表反映本年度一1", "", "·般公共预算财政拨款实际支出情况。", "", "", "", "", ""));
        Cell total = t.cell("total", "7").orElseThrow(() -> new AssertionError(t.rows()));
        assertTrue(total.number() != null, "本年支出's 合计 read under it: " + t.rows().get(0));
        assertEquals(0, new java.math.BigDecimal("1179.41").compareTo(total.number()), total.toString());
        for (var r : t.rows()) for (Cell c : r.cells()) assertTrue(c.number() == null || Integer.parseInt(c.column()) >= 7, "under 本年支出: " + r.key() + " " + c);
    }

    @Test
    void aNoteWhoseColonWasNotReadInOneCellWithItsWordsIsANote() {
        // a phone photo of the same page: 注本表反映本年度一 | ·般公共预算…, the colon lost and 注 run into the note's words
        Table t = read(row(1012, "注本表反映本年度一", "", "", "·般公共预算财政拨款实际支出情况。", "", "", "", "", ""));
        assertTrue(t.notes().stream().anyMatch(n -> n.contains("本表反映")), t.notes().toString());
        assertTrue(t.rows().stream().noneMatch(r -> r.label() != null && r.label().contains("本表")), t.rows().toString());
    }

    @Test
    void emptyColumnsTheGridCutInTheNamesAreNoColumnsOfFigures() {
        // a 2-up copy of the same page, read at half its resolution: the strokes of one long name printed in two rows
        // (其他社会保障和就业支出) taken for two rules, the grid has two columns more between the names and 合计, empty but
        // where those rows' names spill: every figure had been read two columns left of its own (under 年初结转和结余's
        // 项目支出结转和结余 … 本年收入's 项目支出), flagged unit unknown, 173 of 249 amounts missing
        List<RawRow> rows = new ArrayList<>(List.of(
                row(1001, "科目编码", "", "", "科目名称", "", "", "本年支出", "", "", "", ""),
                row(1002, "", "", "", "", "", "", "合计", "基本支出", "", "", "项目支出"),
                row(1003, "类", "款", "项", "", "", "", "", "小计", "人员经费", "公用经费", ""),
                row(1004, "", "", "", "合计", "", "", "26.54", "26.54", "26.54", "0.00", "0.00"),
                row(1005, "208", "", "", "社会保障和就业支出", "", "", "26.54", "26.54", "26.54", "0.00", "0.00"),
                row(1006, "208", "99", "", "其他", "会保险丨", "「和就业支出", "26.54", "26.54", "26.54", "0.00", "0.00"),
                row(1007, "208", "99", "99", "其他：", "：土会保险}", "「和就业支出", "26.54", "26.54", "26.54", "0.00", "0.00")));
        RawBlock b = new RawBlock(1000, List.of(1), "一般公共预算财政拨款支出决算表", "公开05表",
                List.of("一般公共预算财政拨款支出决算表", "公开05表", "部门：曲靖市工业和信息化局 单位：万元"), rows, List.of());
        Table t = new DocumentAssembler(TemplateCatalog.builtIn()).assemble("2up.pdf", "", List.of(b), List.of()).tables().get(0);
        for (String key : List.of("total", "208", "20899", "2089999")) {
            Cell total = t.cell(key, "7").orElseThrow(() -> new AssertionError(key + ": " + t.rows()));
            assertTrue(total.number() != null && total.number().compareTo(new java.math.BigDecimal("26.54")) == 0, key + " 本年支出合计: " + total);
        }
        for (var r : t.rows()) for (Cell c : r.cells()) assertTrue(c.number() == null || Integer.parseInt(c.column()) >= 7, "under 本年支出: " + r.key() + " " + c);
    }

    @Test
    void aFigureReadByPositionUnderAnotherGroupsColumnThanItsHeaderNamesIsFlagged() {
        // a line under the grid that is no note, a stray figure in it: the columns stay as read by position, and every
        // figure under a column its header does not name (合计 under 本年支出 read as 年初结转和结余's) is flagged
        Table t = read(row(1012, "汪", "本表反映本年度一1", "", "·般公共预算财政拨款实际支出情况。", "", "", "", "", ""));
        for (var r : t.rows()) for (Cell c : r.cells()) {
            if (c.number() == null || Integer.parseInt(c.column()) >= 7 || r.key().value().startsWith("unlabeled")) continue;
            assertTrue(c.flagged(), "read by position under " + c.column() + ", flagged: " + r.key() + " " + c);
        }
    }
}

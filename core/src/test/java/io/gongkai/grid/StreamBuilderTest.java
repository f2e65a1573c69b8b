package io.gongkai.grid;

import io.gongkai.raw.RawRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamBuilderTest {

    /** Glyphs for a string set at (x, baseline), as {@link GridBuilderTest#text} sets them. */
    private static List<Glyph> text(String s, double x, double baseline) {
        return GridBuilderTest.text(s, x, baseline);
    }

    /** The rows of the one table text alignment finds among {@code glyphs} (it fails unless there is exactly one). */
    private static List<RawRow> oneTable(List<Glyph> glyphs) {
        List<GridTable> tables = new StreamBuilder().stream(1, glyphs);
        assertEquals(1, tables.size(), tables.toString());
        return tables.get(0).toRawRows(0);
    }

    /**
     * 类 | 款 | 项 | 科目名称 | 合计, the 项 code 12 pt (1.2 em) before its name, as page 12 of 上海市普陀区财政局's 2025
     * budget prints it: one line's runs (split at 1.5 em) glue code and name, its words do not.
     */
    private static List<Glyph> codedPage(double headerAt, double rowPitch) {
        List<Glyph> g = codedHeader(headerAt);
        String[][] rows = {{"201", "", "", "一般公共服务支出", "300.00"}, {"201", "06", "", "财政事务", "300.00"},
                {"201", "06", "01", "行政运行", "100.00"}, {"201", "06", "02", "一般行政管理事务", "200.00"}};
        for (int r = 0; r < rows.length; r++) {
            double y = headerAt + rowPitch * (r + 1);
            g.addAll(text(rows[r][0], 8, y));
            if (!rows[r][1].isEmpty()) g.addAll(text(rows[r][1], 40, y));
            if (!rows[r][2].isEmpty()) g.addAll(text(rows[r][2], 70, y));
            g.addAll(text(rows[r][3], 94, y)); // 12 pt after the 项 code (70 + 2 × 6)
            g.addAll(text(rows[r][4], 250, y));
        }
        return g;
    }

    /** The header line 类 | 款 | 项 | 科目名称 | 合计 of {@link #codedPage}, at {@code y}. */
    private static List<Glyph> codedHeader(double y) {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("类", 10, y));
        g.addAll(text("款", 40, y));
        g.addAll(text("项", 70, y));
        g.addAll(text("科目名称", 100, y));
        g.addAll(text("合计", 250, y));
        return g;
    }

    @Test
    void aCodePrintedOneCharacterBeforeItsNameIsItsOwnColumn() {
        List<GridTable> tables = new StreamBuilder().stream(1, codedPage(20, 14));
        assertEquals(1, tables.size());
        List<RawRow> rows = tables.get(0).toRawRows(0);
        assertEquals(List.of("类", "款", "项", "科目名称", "合计"), rows.get(0).texts());
        assertEquals(List.of("201", "06", "01", "行政运行", "100.00"), rows.get(3).texts());
    }

    /**
     * Two tables of one page printed by Calc without rules, in the same columns: the second's title, number and unit
     * in column A, where the first prints its codes. They are two tables (they were one: the second's head and header
     * were rows of the first, and the whole identified as the second).
     */
    @Test
    void theNextTablesTitleEndsATableWhateverItAlignsWith() {
        List<Glyph> g = codedPage(20, 14);
        double y = 20 + 14 * 5;
        for (String line : new String[]{"政府性基金预算财政拨款支出决算表", "公开08表", "金额单位：元"}) {
            g.addAll(text(line, 8, y));
            y += 14;
        }
        g.addAll(codedHeader(y));
        g.addAll(text("229", 8, y + 14));
        g.addAll(text("其他支出", 94, y + 14));
        g.addAll(text("50.00", 250, y + 14));
        g.addAll(text("合计", 94, y + 28));
        g.addAll(text("50.00", 250, y + 28));
        List<GridTable> tables = new StreamBuilder().stream(1, g);
        assertEquals(2, tables.size(), tables.toString());
        List<RawRow> first = tables.get(0).toRawRows(0);
        assertEquals(5, first.size(), first.toString());
        assertEquals(List.of("201", "06", "02", "一般行政管理事务", "200.00"), first.get(4).texts());
        List<RawRow> second = tables.get(1).toRawRows(0);
        assertEquals(List.of("类", "款", "项", "科目名称", "合计"), second.get(0).texts());
    }

    /**
     * A "三公" table without rules: its header, then one line of figures (a newcomer's Calc print, alone on its page or
     * under another table: no table found, or the table dropped without a word); and an empty table: its header, then
     * its note saying it is empty. Each is a table.
     */
    @Test
    void aTableOfOneRowAndAnEmptyTableAreTables() {
        List<Glyph> g = new ArrayList<>();
        String[] head = {"合计", "因公出国(境)费", "公务接待费", "小计", "购置费", "运行费"};
        String[] row = {"10.71", "0.00", "0.73", "9.98", "0.00", "9.98"};
        for (int c = 0; c < head.length; c++) {
            g.addAll(text(head[c], 10 + 90 * c, 20));
            g.addAll(text(row[c], 60 + 90 * c - 6 * row[c].length(), 34));
        }
        List<RawRow> read = oneTable(g);
        assertEquals(2, read.size(), read.toString());
        assertEquals(List.of(row), read.get(1).texts());

        List<Glyph> e = new ArrayList<>();
        String[] header = {"类", "款", "项", "功能分类科目名称", "合计", "基本支出", "项目支出"};
        for (int c = 0; c < header.length; c++) e.addAll(text(header[c], 10 + 60 * c, 20));
        e.addAll(text("注：本部门2025年无政府性基金预算财政拨款收入，故本表为空表。", 10, 34));
        assertEquals(1, new StreamBuilder().stream(1, e).size(), "the empty table");
        // its 合计 line (a word alone) between the header and the note: the note under the table still says it is empty
        // (a newcomer's borderless Chromium prints of 万里街道 2024 and 财政局 2025: both empty tables not found)
        List<Glyph> withTotal = new ArrayList<>();
        for (int c = 0; c < header.length; c++) withTotal.addAll(text(header[c], 10 + 60 * c, 20));
        withTotal.addAll(text("合计", 35, 34)); // centred across 类 and 款, in line with no header word
        withTotal.addAll(text("注：本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。", 10, 48));
        List<GridTable> found = new StreamBuilder().stream(1, withTotal);
        assertEquals(1, found.size(), "the empty table with its 合计 line");
        assertEquals(2, found.get(0).rows(), "its header and its 合计 line, the note under it");
        // a header line alone, or a line of figures under a line of words that is no table's note, is no table
        List<Glyph> prose = new ArrayList<>();
        for (int c = 0; c < header.length; c++) prose.addAll(text(header[c], 10 + 60 * c, 20));
        prose.addAll(text("注：本表金额单位为元。", 10, 34));
        assertEquals(0, new StreamBuilder().stream(1, prose).size());
    }

    @Test
    void rowsComeFromHorizontalRulesThatRunAcrossTheTable() {
        // rules under each row (20 pt apart), the header two lines high: 科目编码 above 类 款 项, one band
        List<Glyph> g = new ArrayList<>(codedPage(35, 20));
        g.addAll(text("科目编码", 20, 23));
        List<Segment> rules = new ArrayList<>();
        for (double y = 10; y <= 130; y += y == 10 ? 30 : 20) rules.add(new Segment(0, y, 300, y));
        List<GridTable> tables = new StreamBuilder().stream(1, g, rules);
        assertEquals(1, tables.size());
        GridTable t = tables.get(0);
        assertEquals(5, t.rows());
        List<RawRow> rows = t.toRawRows(0);
        // the header band's two lines are one row; 科目编码 runs across the 类|款 edge: one cell over both
        assertTrue(rows.get(0).texts().get(0).startsWith("科目编码"), rows.get(0).texts().toString());
        assertEquals("", rows.get(0).texts().get(1));
        assertEquals("项", rows.get(0).texts().get(2));
        assertEquals(List.of("201", "06", "02", "一般行政管理事务", "200.00"), rows.get(4).texts().subList(rows.get(4).texts().size() - 5, rows.get(4).texts().size()));
    }

    /**
     * Horizontal rules only, and each 类 and 款 code printed once, centred in a merged cell: the rules between the rows of
     * a group stop short of the code columns (a newcomer's Chromium print of 商务委员会 2025's 支出总表). A centred code's
     * line shares a band with a row of its group, and the rows still come from the rules: each code reaches every row of
     * its merged cell. (The code's line had counted as a second line of figures in the band, so the rules were not
     * taken and the codes stood on lines of their own: 20 rows under wrong or no codes.)
     */
    @Test
    void aCodeCentredInAMergedCellReachesEveryRowOfItsGroup() {
        List<Glyph> g = codedHeader(20);
        String[][] rows = {{"一般公共服务支出", "300.00"}, {"财政事务", "300.00"}, {"01", "行政运行", "100.00"}, {"02", "一般行政管理事务", "200.00"}};
        List<Segment> rules = new ArrayList<>(List.of(new Segment(0, 5, 300, 5), new Segment(0, 25, 300, 25)));
        for (int r = 0; r < rows.length; r++) {
            double y = 40 + 20 * r;
            String[] row = rows[r];
            if (row.length == 3) g.addAll(text(row[0], 70, y));
            g.addAll(text(row[row.length - 2], 100, y));
            g.addAll(text(row[row.length - 1], 250, y));
            // a row rule under each row: under the 类's own row from the 款 column on, under the 款's rows from the 项
            // column on; the group's last rule runs across the whole table
            double from = r == rows.length - 1 ? 0 : r == 0 ? 34 : 64;
            rules.add(new Segment(from, y + 5, 300, y + 5));
        }
        g.addAll(text("201", 8, 70)); // 类, centred on its group's four rows: a line of its own between the second and third
        g.addAll(text("06", 40, 80)); // 款, centred on its three rows: beside the second of them
        List<GridTable> tables = new StreamBuilder().stream(1, g, rules);
        assertEquals(1, tables.size());
        assertCodesOf201Group(tables.get(0).toRawRows(0));
    }

    /** Rows 1–4 read: 201 一般公共服务支出, its 款 06 财政事务 and the 款's 项 01 and 02, each under its codes. */
    private static void assertCodesOf201Group(List<RawRow> read) {
        assertEquals(List.of("201", "", "", "一般公共服务支出", "300.00"), read.get(1).texts());
        assertEquals(List.of("201", "06", "", "财政事务", "300.00"), read.get(2).texts());
        assertEquals(List.of("201", "06", "01", "行政运行", "100.00"), read.get(3).texts());
        assertEquals(List.of("201", "06", "02", "一般行政管理事务", "200.00"), read.get(4).texts());
    }

    /**
     * The same codes centred in merged cells with no rules at all (the newcomer's Chromium print without borders): a code
     * stands on a line of its own between two rows of its group (an even count of rows) or on its middle row's line
     * (an odd one), and no rule says how far it reaches; centred, each group ends as far below its code as it begins
     * above it. The page's last group, its cell cut by the page's end, runs to the last row. (The codes stood on lines
     * of their own, the rows without them; the default engine left the table out.)
     */
    @Test
    void codesCentredInMergedCellsWithoutRulesReachTheRowsTheyAreCentredOn() {
        List<Glyph> g = codedHeader(20);
        String[][] rows = {{"", "一般公共服务支出", "300.00"}, {"", "财政事务", "300.00"}, {"01", "行政运行", "100.00"}, {"02", "一般行政管理事务", "200.00"},
                {"", "社会保障和就业支出", "50.00"}, {"", "行政事业单位养老支出", "50.00"}};
        for (int r = 0; r < rows.length; r++) {
            double y = 40 + 20 * r;
            if (!rows[r][0].isEmpty()) g.addAll(text(rows[r][0], 70, y));
            g.addAll(text(rows[r][1], 100, y));
            g.addAll(text(rows[r][2], 250, y));
        }
        g.addAll(text("201", 8, 70));  // 类 201 over rows 0-3: a line of its own between rows 1 and 2
        g.addAll(text("06", 40, 80));  // 款 06 over rows 1-3: on row 2's line
        g.addAll(text("208", 8, 120)); // 类 208 on row 4's line, its cell cut by the page's end below row 5
        g.addAll(text("05", 40, 140)); // 款 05 on row 5's line
        List<RawRow> read = oneTable(g);
        assertEquals(7, read.size(), read.toString());
        assertCodesOf201Group(read);
        assertEquals(List.of("208", "", "", "社会保障和就业支出", "50.00"), read.get(5).texts());
        assertEquals(List.of("208", "05", "", "行政事业单位养老支出", "50.00"), read.get(6).texts());
    }

    @Test
    void rulesUnderTheHeaderAndAtTheBottomOnlyLeaveOneRowPerLine() {
        List<Segment> rules = List.of(new Segment(0, 5, 300, 5), new Segment(0, 25, 300, 25), new Segment(0, 85, 300, 85));
        List<GridTable> tables = new StreamBuilder().stream(1, codedPage(20, 14), rules);
        assertEquals(1, tables.size());
        assertEquals(5, tables.get(0).rows());
        assertEquals(List.of("201", "06", "01", "行政运行", "100.00"), tables.get(0).toRawRows(0).get(3).texts());
    }

    /**
     * A 收入支出决算总表 without rules: 2 lines of income beside 5 of expenditure, so 3 lines print one name on the right
     * (two of them without an amount) before the totals. They stand in the table's columns: one table, not two (it was
     * cut after the second such line, its title left on a table of no rows).
     */
    @Test
    void linesPrintedOnOneSideOfATwoSidedTableStayInIt() {
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"项目", "决算数", "项目", "决算数"}, {"一、财政拨款收入", "100.00", "一、一般公共服务支出", "60.00"},
                {"二、事业收入", "", "二、外交支出", ""}, {"", "", "三、国防支出", ""}, {"", "", "四、公共安全支出", ""},
                {"", "", "五、教育支出", "40.00"}, {"本年收入合计", "100.00", "本年支出合计", "100.00"}};
        for (int r = 0; r < rows.length; r++) {
            double y = 20 + 14 * r;
            if (!rows[r][0].isEmpty()) g.addAll(text(rows[r][0], 10, y));
            if (!rows[r][1].isEmpty()) g.addAll(text(rows[r][1], r == 0 ? 170 : 200 - 6 * rows[r][1].length(), y));
            g.addAll(text(rows[r][2], 240, y));
            if (!rows[r][3].isEmpty()) g.addAll(text(rows[r][3], r == 0 ? 390 : 420 - 6 * rows[r][3].length(), y));
        }
        List<RawRow> read = oneTable(g);
        assertEquals(7, read.size(), read.toString());
        assertEquals(List.of("", "", "四、公共安全支出", ""), read.get(4).texts());
        assertEquals(List.of("本年收入合计", "100.00", "本年支出合计", "100.00"), read.get(6).texts());
    }

    /**
     * An economic table in two column groups without rules, as LibreOffice prints it: each amount right-aligned against
     * the next group's left-aligned code, 1.5 pt (0.15 em) apart. A figure ends at its decimals: amount and code are two columns
     * (they were one, read '670.79 30201').
     */
    @Test
    void anAmountSetRightAgainstTheNextCodeIsItsOwnColumn() {
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"科目编码", "科目名称", "金额", "科目编码", "科目名称", "金额"}, {"301", "工资福利支出", "2,555.90", "302", "商品和服务支出", "316.37"},
                {"30101", "基本工资", "670.79", "30201", "办公费", "73.19"}, {"30106", "伙食补助费", "", "30204", "手续费", ""},
                {"30107", "绩效工资", "516.11", "30205", "水费", "0.50"}};
        for (int r = 0; r < rows.length; r++) {
            double y = 20 + 14 * r;
            // headers centred over their columns, codes and names left-aligned, amounts right-aligned
            g.addAll(text(rows[r][0], 10, y));
            g.addAll(text(rows[r][1], 70, y));
            if (!rows[r][2].isEmpty()) g.addAll(text(rows[r][2], r == 0 ? 170 : 208.5 - 6 * rows[r][2].length(), y));
            g.addAll(text(rows[r][3], 210, y));
            g.addAll(text(rows[r][4], 270, y));
            if (!rows[r][5].isEmpty()) g.addAll(text(rows[r][5], r == 0 ? 380 : 420 - 6 * rows[r][5].length(), y));
        }
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("30101", "基本工资", "670.79", "30201", "办公费", "73.19"), read.get(2).texts());
        assertEquals(List.of("30106", "伙食补助费", "", "30204", "手续费", ""), read.get(3).texts());
    }

    /**
     * A budget's two-sided 总表 in whole 元 without rules: each income amount right-aligned against the expenditure
     * side's name, 1.5 pt apart. A figure ends at its last group of thousands as at its decimals; an enumeration (1.)
     * before its name is no figure and stays with it.
     */
    @Test
    void aWholeYuanAmountSetAgainstTheNextNameIsItsOwnColumn() {
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"项目", "预算数", "项目", "预算数"}, {"一、财政拨款收入", "189,767,551", "一、一般公共服务支出", "3,296,600"},
                {"1. 一般公共预算资金", "189,767,551", "二、公共安全支出", "2,878,025"}, {"2. 政府性基金", "", "三、教育支出", "250,000"},
                {"收入总计", "189,767,551", "支出总计", "189,767,551"}};
        for (int r = 0; r < rows.length; r++) {
            double y = 20 + 14 * r;
            g.addAll(text(rows[r][0], 10, y));
            if (!rows[r][1].isEmpty()) g.addAll(text(rows[r][1], r == 0 ? 160 : 208.5 - 6 * rows[r][1].length(), y));
            g.addAll(text(rows[r][2], 210, y));
            g.addAll(text(rows[r][3], r == 0 ? 380 : 420 - 6 * rows[r][3].length(), y));
        }
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("一、财政拨款收入", "189,767,551", "一、一般公共服务支出", "3,296,600"), read.get(1).texts());
        assertEquals(List.of("1. 一般公共预算资金", "189,767,551", "二、公共安全支出", "2,878,025"), read.get(2).texts());
        assertEquals(List.of("收入总计", "189,767,551", "支出总计", "189,767,551"), read.get(4).texts());
    }

    /**
     * A CSV of whole 元 printed by LibreOffice Calc without borders (a newcomer's 04): figures without separators
     * right-aligned in columns as wide as the widest, headers left-aligned at their columns' left edges, and in the 合计
     * row three figures of nine digits 0.68 em apart. A text layer sets a figure's digits edge to edge: the 合计 row is
     * three cells (it was one, 127642039 102464260 25177779, and the 人员经费 header bridged two columns of figures).
     */
    @Test
    void wholeYuanFiguresWithoutSeparatorsAFewPointsApartAreCellsOfTheirOwn() {
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"科目编码", "科目名称", "合计", "人员经费", "公用经费"}, {"30101", "基本工资", "13150000", "13150000", ""},
                {"30201", "办公费", "1000000", "", "1000000"}, {"30202", "印刷费", "50000", "", "50000"},
                {"合计", "", "127642039", "102464260", "25177779"}};
        double[] right = {0, 0, 217.4, 278.2, 333.0}; // the figure columns' right edges: 9-digit figures (54 pt) 6.8 pt apart
        double[] left = {10, 70, 156, 219.5, 280.2};  // headers at their columns' left edges
        for (int r = 0; r < rows.length; r++) {
            double y = 20 + 14 * r;
            for (int c = 0; c < 5; c++) {
                if (rows[r][c].isEmpty()) continue;
                double x = r == 0 || c < 2 ? left[c] : right[c] - 6 * rows[r][c].length();
                g.addAll(text(rows[r][c], x, y));
            }
        }
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("合计", "", "127642039", "102464260", "25177779"), read.get(4).texts());
        assertEquals(List.of("30101", "基本工资", "13150000", "13150000", ""), read.get(1).texts());
    }

    /**
     * A budget's economic table printed by LibreOffice Writer without borders (a newcomer's P11, 司法局 2026): each
     * column's text set from its left edge, the header cells 人员经费 and 公用经费 0.6 em apart (one word), figures and
     * dashes under them. The figures keep their two columns and each header its own (they were one column, 1,980.67 -
     * in one cell, and the page's table was not kept; its continuation, in three columns, joined nothing).
     */
    @Test
    void headerCellsSetCloserThanAWordGapStillHeadTwoColumnsOfFigures() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("经济分类科目名称", 40, 20));
        g.addAll(text("合计", 150, 20));
        g.addAll(text("人员经费", 206, 20));
        g.addAll(text("公用经费", 252, 20)); // 6 pt (0.6 em) after 人员经费
        String[][] rows = {{"301", "工资福利支出", "1,980.67", "1,980.67", "-"}, {"30101", "基本工资", "248.60", "248.60", "-"},
                {"302", "商品和服务支出", "183.15", "-", "183.15"}, {"30201", "办公费", "9.00", "-", "9.00"}};
        double[] at = {8, 40, 150, 204, 258};
        for (int r = 0; r < rows.length; r++) {
            double y = 34 + 14 * r;
            for (int c = 0; c < 5; c++) g.addAll(text(rows[r][c], at[c], y));
        }
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("", "经济分类科目名称", "合计", "人员经费", "公用经费"), read.get(0).texts());
        assertEquals(List.of("301", "工资福利支出", "1,980.67", "1,980.67", "-"), read.get(1).texts());
        assertEquals(List.of("302", "商品和服务支出", "183.15", "-", "183.15"), read.get(3).texts());
    }

    /**
     * The 财政拨款收支总表 of the same Writer print: the income side's long name set 0.4 em before the dash printed for
     * its nothing (三、国有资本经营预算 -). Name and dash are two cells (one word, they made the names and the 预算数 one
     * column, and the table was not kept).
     */
    @Test
    void aDashSetJustAfterALongNameIsTheNextColumns() {
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"项目", "预算数", "项目", "合计"}, {"一、一般公共预算", "8,695.94", "一、公共安全支出", "7,918.94"},
                {"二、政府性基金", "-", "二、社会保障和就业支出", "292.58"}, {"三、国有资本经营预算", "-", "三、卫生健康支出", "98.27"},
                {"收入总计", "8,695.94", "支出总计", "8,309.79"}};
        for (int r = 0; r < rows.length; r++) {
            double y = 20 + 14 * r;
            g.addAll(text(rows[r][0], 10, y));
            g.addAll(text(rows[r][1], 110, y)); // 三、国有资本经营预算 ends at 106
            g.addAll(text(rows[r][2], 170, y));
            g.addAll(text(rows[r][3], 300, y));
        }
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("三、国有资本经营预算", "-", "三、卫生健康支出", "98.27"), read.get(3).texts());
        assertEquals(List.of("收入总计", "8,695.94", "支出总计", "8,309.79"), read.get(4).texts());
    }

    /**
     * The 三公 table of the same Writer print, at the foot of a page under another table: its header cells set so close
     * that no header line holds three runs, its one line of figures with dashes for nothing. A table of one row under
     * its head (it was no table, and the document lost it without a word).
     */
    @Test
    void aOneRowTableWhoseHeaderLinesHoldFewRunsIsReadUnderItsHead() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("2026年部门“三公”经费和机关运行经费预算表", 40, 20));
        g.addAll(text("编制部门：上海市普陀区司法局单位：万元", 10, 34));
        g.addAll(text("“三公”经费预算数", 100, 48));
        g.addAll(text("公务用车购置及运行费", 180, 62));
        g.addAll(text("机关运行经费预算数", 286, 62)); // 6 pt after: one run
        g.addAll(text("合计", 40, 76));
        g.addAll(text("因公出国(境)费", 67, 76));
        g.addAll(text("公务接待费", 145, 76));
        g.addAll(text("小计", 180, 90));
        g.addAll(text("购置费", 206, 90));
        g.addAll(text("运行费", 242, 90));
        String[] figures = {"11.50", "-", "11.50", "-", "-", "-", "152.30"};
        double[] at = {35, 71, 131, 181, 206, 241, 286};
        for (int c = 0; c < figures.length; c++) g.addAll(text(figures[c], at[c], 104));
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("11.50", "-", "11.50", "-", "-", "-", "152.30"), read.get(read.size() - 1).texts());
    }

    /**
     * A 三公 table of seven columns printed by LibreOffice from a borderless HTML table (each glyph where it printed
     * 10 pt type): its names wrap in their cells (因公出国（境） / 费, 公务接待 / 费, 公务用车购置及运行 / 费 over 小计 购置费
     * 运行费), so the header takes five lines, two of them of three runs, and its one line of figures stands under them.
     * The whole header heads the table's columns: cut at its first line of three runs (合计 费 机关运行经费), the table had
     * no 因公出国（境） and no group over 小计, its columns were taken in the template's order, and both identities failed.
     */
    @Test
    void aOneRowTableWhoseNamesWrapOverLinesOfThreeRunsKeepsItsWholeHeader() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("2025年“三公”经费和机关运行经费预算表", 184, 40));
        g.addAll(text("编制单位：上海市普陀区司法局", 56.8, 68));
        g.addAll(text("单位：万元", 396.8, 68));
        g.addAll(text("公务用车购置及运行", 175.8, 92));
        g.addAll(text("因公出国（境）", 94.3, 100.2));
        g.addAll(text("公务接待", 277.7, 100.2));
        g.addAll(text("合计", 62.6, 106.9));
        g.addAll(text("费", 215.8, 105.5));
        g.addAll(text("机关运行经费", 325.5, 106.9));
        g.addAll(text("费", 124.3, 113.7));
        g.addAll(text("费", 292.7, 113.7));
        g.addAll(text("小计", 176.3, 121.8));
        g.addAll(text("购置费", 204.6, 121.8));
        g.addAll(text("运行费", 239.2, 121.8));
        String[] figures = {"12.60", "0.00", "10.40", "0.00", "10.40", "2.20", "186.35"};
        double[] at = {59.1, 118.8, 172.8, 209.1, 240.7, 287.2, 339.0};
        for (int c = 0; c < figures.length; c++) g.addAll(text(figures[c], at[c], 138.1));
        List<RawRow> read = oneTable(g);
        assertEquals(List.of(figures), read.get(read.size() - 1).texts());
        String header = read.subList(0, read.size() - 1).stream().map(r -> String.join("|", r.texts())).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(header.contains("公务用车购置及运行") && header.contains("因公出国（境）") && header.contains("公务接待"), header);
        assertEquals(List.of("", "", "小计", "购置费", "运行费", "", ""), read.get(read.size() - 2).texts());
    }

    /**
     * The same 三公 table printed with blanks, not dashes, for nothing (the newcomer's P10): its line of figures alone
     * says three columns; the header's leaves (合计, 因公出国(境)费, 公务接待费, 小计, 购置费, 运行费, 机关运行经费预算数) say
     * seven, and each figure stands under its own (in three columns, 115,000.00 under 公务接待费 was read under 因公出国(境)费).
     */
    @Test
    void aOneRowTablesColumnsAreItsHeadersLeavesWhereItsFiguresLeaveBlanks() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("2025年部门“三公”经费和机关运行经费预算表", 40, 20));
        g.addAll(text("编制部门：上海市普陀区商务委员会单位：元", 10, 34));
        g.addAll(text("“三公”经费预算数", 100, 48));
        g.addAll(text("公务用车购置及运行费", 300, 62));
        g.addAll(text("机关运行经费预算数", 406, 62));
        g.addAll(text("合计", 40, 76));
        g.addAll(text("因公出国(境)费", 90, 76));
        g.addAll(text("公务接待费", 168, 76));
        g.addAll(text("小计", 300, 90));
        g.addAll(text("购置费", 326, 90));
        g.addAll(text("运行费", 362, 90));
        g.addAll(text("115,000.00", 10, 104));
        g.addAll(text("115,000.00", 164, 104));
        g.addAll(text("1,710,100.00", 420, 104));
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("115,000.00", "", "115,000.00", "", "", "", "1,710,100.00"), read.get(read.size() - 1).texts());
        assertEquals(List.of("", "", "", "小计", "购置费", "运行费", ""), read.get(read.size() - 2).texts());
    }

    /**
     * A borderless sheet printed by LibreOffice (a newcomer's 23): a long name wraps in its cell, centred beside its
     * code and figures, so its first line stands above the row's line and its last below, 6.3 pt apart where rows stand
     * 14 apart; the 款 code is set where the names stand. The wrapped lines are the row's name (they were a name
     * without a row, a row without a name kept under 301, and a second name).
     */
    @Test
    void aNameWrappedOnLinesOfItsOwnIsItsRowsName() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("类", 10, 20));
        g.addAll(text("科目名称", 40, 20));
        g.addAll(text("合计", 200, 20));
        g.addAll(text("人员经费", 260, 20));
        String[][] rows = {{"301", "工资福利支出", "150", "150"}, {"301", "08", "100", "100"}, {"301", "09 职业年金缴费", "50", "50"}};
        double[] at = {34, 54.3, 74.6};
        for (int r = 0; r < rows.length; r++) {
            g.addAll(text(rows[r][0], 10, at[r]));
            g.addAll(text(rows[r][1], 40, at[r]));
            g.addAll(text(rows[r][2], 236 - 6 * rows[r][2].length(), at[r]));
            g.addAll(text(rows[r][3], 300 - 6 * rows[r][3].length(), at[r]));
        }
        g.addAll(text("机关事业单位基本养老保险缴", 52, 48.0)); // the name's first line, above its row's line
        g.addAll(text("费", 52, 60.6));                          // and its last, below
        List<RawRow> read = oneTable(g);
        assertEquals(4, read.size(), read.toString());
        assertEquals(List.of("301", "08 机关事业单位基本养老保险缴费", "100", "100"), read.get(2).texts());
        assertEquals(List.of("301", "09 职业年金缴费", "50", "50"), read.get(3).texts());
    }

    /**
     * 类 and 款 in one column (no rule between them): each 类 in a cell merged over its own row and its 款 rows, centred,
     * so it shares the middle row's line ({@code 301 02}) or stands on a line of its own ({@code 302}), its own row
     * printing no code — a newcomer's Calc sheet without borders. Each row gets its 类; the 类's own line is no row.
     */
    @Test
    void classesCentredInTheKuanColumnAreEachOfTheirRows() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("类", 10, 20));
        g.addAll(text("科目名称", 60, 20));
        g.addAll(text("合计", 200, 20));
        g.addAll(text("人员经费", 260, 20));
        String[][] rows = {{"", "工资福利支出", "300.00", "300.00"}, {"01", "基本工资", "100.00", "100.00"}, {"301 02", "津贴补贴", "150.00", "150.00"},
                {"99", "其他工资福利支出", "50.00", "50.00"}, {"", "商品和服务支出", "20.00", ""}, {"302", "", "", ""}, {"01", "办公费", "20.00", ""},
                {"", "合计", "320.00", "300.00"}};
        for (int r = 0; r < rows.length; r++) {
            double y = 34 + 14 * r;
            String code = rows[r][0]; // a 款 at 34, a 类 at 10 (301 02: the 款 at 34 after a space)
            if (!code.isEmpty()) g.addAll(text(code, code.length() == 2 ? 34 : 10, y));
            g.addAll(text(rows[r][1], 60, y));
            for (int c = 2; c < 4; c++) if (!rows[r][c].isEmpty()) g.addAll(text(rows[r][c], (c == 2 ? 236 : 300) - 6 * rows[r][c].length(), y));
        }
        List<RawRow> read = oneTable(g);
        List<String> codes = read.stream().skip(1).map(r -> r.texts().get(0)).toList();
        assertEquals(List.of("301", "301 01", "301 02", "301 99", "302", "302 01", ""), codes, read.toString());
    }

    /**
     * A two-sided 总表 without rules, each side's name centred on its row's figures over two lines (the figures on a
     * line between them), and a name on three lines printing its middle line beside the figures — a newcomer's Chromium
     * print: the first row's name lines had been taken for the header, and the others for rows of their own.
     */
    @Test
    void namesCentredOnTheirFiguresOverSeveralLinesAreTheirRowsNames() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 10, 20));
        g.addAll(text("预算数", 80, 20));
        g.addAll(text("项目", 160, 20));
        g.addAll(text("预算数", 240, 20));
        // each row: name lines 11 apart within it, 8 more between rows
        double y = 36;
        String[][] rows = {{"一、一般公共", "预算资金", "100.00", "一、一般公共", "服务支出", "60.00"},
                {"二、政府性基", "金", "", "二、科学技术", "支出", "40.00"}};
        for (String[] r : rows) {
            g.addAll(text(r[0], 10, y));
            g.addAll(text(r[3], 160, y));
            if (!r[2].isEmpty()) g.addAll(text(r[2], 130 - 6 * r[2].length(), y + 5.5));
            g.addAll(text(r[5], 290 - 6 * r[5].length(), y + 5.5));
            g.addAll(text(r[1], 10, y + 11));
            g.addAll(text(r[4], 160, y + 11));
            y += 11 + 11 + 8;
        }
        g.addAll(text("三、卫生健康支出", 160, y)); // a name on one line
        g.addAll(text("0.00", 290 - 24, y));
        y += 19;
        g.addAll(text("四、资源勘探", 160, y));
        g.addAll(text("工业信息等支", 160, y + 11));
        g.addAll(text("0.00", 290 - 24, y + 11));
        g.addAll(text("出", 160, y + 22));
        y += 22 + 19;
        g.addAll(text("收入总计", 10, y));
        g.addAll(text("100.00", 130 - 36, y));
        g.addAll(text("支出总计", 160, y));
        g.addAll(text("100.00", 290 - 36, y));
        List<RawRow> read = oneTable(g);
        assertEquals(List.of(List.of("项目", "预算数", "项目", "预算数"),
                List.of("一、一般公共预算资金", "100.00", "一、一般公共服务支出", "60.00"),
                List.of("二、政府性基金", "", "二、科学技术支出", "40.00"),
                List.of("", "", "三、卫生健康支出", "0.00"),
                List.of("", "", "四、资源勘探工业信息等支出", "0.00"),
                List.of("收入总计", "100.00", "支出总计", "100.00")), read.stream().map(RawRow::texts).toList());
    }

    /**
     * LibreOffice Writer wraps a figure too wide for its cell where the cell ends (79,189,400.34 printed 79,189,400.3 over
     * 4), and centres the row's name and its other figures between the two lines, as a newcomer's print of a
     * 收入预算总表 without vertical rules showed: each such row was read as three, figures without a name (kept and
     * verified as rows of their own) and a named row without them. The figure's end is its figure's, and the figure
     * its named row's.
     */
    @Test
    void aFigureItsCellWrappedIsItsRowsWholeFigure() {
        List<Glyph> g = new ArrayList<>();
        double y = 20;
        g.addAll(text("类", 10, y));
        g.addAll(text("款", 40, y));
        g.addAll(text("项", 70, y));
        g.addAll(text("科目名称", 100, y));
        g.addAll(text("合计", 250, y));
        g.addAll(text("财政拨款收入", 340, y));
        g.addAll(text("事业收入", 440, y));
        String[][] rows = {{"204", "", "", "公共安全支出", "79,189,400.3", "4"}, {"204", "06", "05", "普法宣传", "1,242,900.00", ""},
                {"204", "06", "07", "公共法律服务", "1,160,000.00", ""}, {"204", "06", "01", "行政运行", "14,348,853.3", "4"}};
        y += 14;
        for (String[] r : rows) {
            boolean wraps = !r[5].isEmpty();
            double at = wraps ? y + 5.2 : y; // the name centred between the figure's two lines
            g.addAll(text(r[0], 8, at));
            if (!r[1].isEmpty()) g.addAll(text(r[1], 40, at));
            if (!r[2].isEmpty()) g.addAll(text(r[2], 70, at));
            g.addAll(text(r[3], 94, at));
            for (double x : new double[]{250, 340}) {
                g.addAll(text(r[4], x, y));
                if (wraps) g.addAll(text(r[5], x, y + 10.3));
            }
            g.addAll(text("0.00", 440, at));
            y += wraps ? 22.5 : 12.5;
        }
        List<RawRow> read = oneTable(g);
        assertEquals(5, read.size(), read.stream().map(RawRow::texts).toList().toString());
        assertEquals(List.of("204", "", "", "公共安全支出", "79,189,400.3 4", "79,189,400.3 4", "0.00"), read.get(1).texts());
        assertEquals(List.of("204", "06", "05", "普法宣传", "1,242,900.00", "1,242,900.00", "0.00"), read.get(2).texts());
        assertEquals(List.of("204", "06", "01", "行政运行", "14,348,853.3 4", "14,348,853.3 4", "0.00"), read.get(4).texts());
    }

    /**
     * As {@link #aFigureItsCellWrappedIsItsRowsWholeFigure}, figures printed without separators: a whole figure wraps as
     * well (64,840,547 printed 6484054 over 7), alone on its row (2170394 over 7, the row's other figures fitting). A
     * newcomer's Writer print of a 支出预算总表 so was read as rows of figures without names, and not kept.
     */
    @Test
    void aFigureWithoutSeparatorsItsCellWrappedIsItsRowsWholeFigure() {
        List<Glyph> g = new ArrayList<>();
        double y = 20;
        g.addAll(text("科目编码", 8, y));
        g.addAll(text("科目名称", 100, y));
        g.addAll(text("合计", 250, y));
        g.addAll(text("基本支出", 320, y));
        g.addAll(text("项目支出", 390, y));
        // code, name, then each column's figure and its wrapped end ("" for none)
        String[][] rows = {{"204", "公共安全支出", "79189400.3", "4", "14348853.3", "4", "6484054", "7"},
                {"2040604", "基层司法业务", "21703947", "", "0", "", "2170394", "7"},
                {"2040605", "普法宣传", "1242900", "", "0", "", "1242900", ""}};
        y += 14;
        for (String[] r : rows) {
            boolean wraps = !r[3].isEmpty() || !r[5].isEmpty() || !r[7].isEmpty();
            double at = wraps ? y + 5.2 : y;
            g.addAll(text(r[0], 8, at));
            g.addAll(text(r[1], 100, at));
            double[] xs = {250, 320, 390};
            for (int c = 0; c < 3; c++) {
                boolean own = !r[3 + 2 * c].isEmpty();
                g.addAll(text(r[2 + 2 * c], xs[c], own ? y : at));
                if (own) g.addAll(text(r[3 + 2 * c], xs[c], y + 10.3));
            }
            y += wraps ? 22.5 : 12.5;
        }
        List<RawRow> read = oneTable(g);
        assertEquals(4, read.size(), read.stream().map(RawRow::texts).toList().toString());
        assertEquals(List.of("204", "公共安全支出", "79189400.3 4", "14348853.3 4", "6484054 7"), read.get(1).texts());
        assertEquals(List.of("2040604", "基层司法业务", "21703947", "0", "2170394 7"), read.get(2).texts());
        assertEquals(List.of("2040605", "普法宣传", "1242900", "0", "1242900"), read.get(3).texts());
    }

    /**
     * One column alone wraps its figures (Writer's print of a 一般公共预算支出功能分类预算表 without rules, 基本支出 too
     * narrow for 12,291,733.00, its figures set flush left): a wrapped row's figure head stands on a line of its own over
     * the row's line, its end {@code 0} on one under it, and two wrapped rows in a row print the first's end and the
     * second's head as two lines of one run each. Two plain lines had ended the table: it came out one row long, not
     * kept, and the page gave no table.
     */
    @Test
    void twoLinesOfWrappedFigurePiecesInARowDoNotEndTheTable() {
        List<Glyph> g = new ArrayList<>();
        double y = 20;
        g.addAll(text("类", 10, y));
        g.addAll(text("款", 40, y));
        g.addAll(text("科目名称", 100, y));
        g.addAll(text("合计", 250, y));
        g.addAll(text("基本支出", 346, y)); // centred over its figures, set flush left
        g.addAll(text("项目支出", 410, y));
        String[][] rows = {{"201", "", "一般公共服务支出", "21,601,733.00", "12,291,733.0", "0", "9,310,000.00"},
                {"201", "13", "商贸事务", "21,601,733.00", "12,291,733.0", "0", "9,310,000.00"},
                {"201", "13", "行政运行", "9,389,913.00", "9,389,913.00", "", ""},
                {"206", "", "科学技术支出", "17,200,000.00", "", "", "17,200,000.00"},
                {"206", "05", "科技条件与服务", "17,200,000.00", "", "", "17,200,000.00"}};
        y += 14;
        for (String[] r : rows) {
            boolean wraps = !r[5].isEmpty();
            double at = wraps ? y + 5.2 : y; // the row's line centred between the figure's two
            g.addAll(text(r[0], 8, at));
            if (!r[1].isEmpty()) g.addAll(text(r[1], 40, at));
            g.addAll(text(r[2], 94, at));
            g.addAll(text(r[3], 250, at));
            if (!r[4].isEmpty()) g.addAll(text(r[4], 330, y));
            if (wraps) g.addAll(text(r[5], 330, y + 10.3));
            if (!r[6].isEmpty()) g.addAll(text(r[6], 410, at));
            y += wraps ? 22.5 : 12.5;
        }
        List<RawRow> read = oneTable(g);
        assertEquals(6, read.size(), read.stream().map(RawRow::texts).toList().toString());
        assertEquals(List.of("201", "", "一般公共服务支出", "21,601,733.00", "12,291,733.0 0", "9,310,000.00"), read.get(1).texts());
        assertEquals(List.of("201", "13", "商贸事务", "21,601,733.00", "12,291,733.0 0", "9,310,000.00"), read.get(2).texts());
        assertEquals(List.of("206", "05", "科技条件与服务", "17,200,000.00", "", "17,200,000.00"), read.get(5).texts());
    }

    /**
     * A two-sided 总表 whose income column wraps every figure it prints (371,514,655.00 three times: 财政拨款收入, 一般公共
     * 预算资金, 收入总计), figures set flush left under a centred 预算数. No line printed a figure there with another run,
     * so the column was set by its header alone, right of where its figures begin: each figure's end {@code 0} fell
     * among the names (a row named {@code 0}) and each head came out a row without a name, its 收入总计 blank.
     */
    @Test
    void aColumnWhoseEveryFigureWrapsIsSetByItsFigures() {
        List<Glyph> g = new ArrayList<>();
        double y = 20;
        g.addAll(text("项目", 40, y));
        g.addAll(text("预算数", 139, y)); // centred over its figures, set flush left
        g.addAll(text("项目", 280, y));
        g.addAll(text("预算数", 420, y));
        String[][] rows = {{"一、财政拨款收入", "371,514,655.0", "0", "一、一般公共服务支出", "21,601,733.00"},
                {"1. 一般公共预算资金", "371,514,655.0", "0", "二、科学技术支出", "350,000,000.00"},
                {"2. 政府性基金", "", "", "三、社会保障和就业支出", "-87,078.00"},
                {"二、事业收入", "", "", "", ""},
                {"收入总计", "371,514,655.0", "0", "支出总计", "371,514,655.00"}};
        y += 14;
        for (String[] r : rows) {
            boolean wraps = !r[2].isEmpty();
            double at = wraps ? y + 5.2 : y;
            g.addAll(text(r[0], 10, at));
            if (!r[1].isEmpty()) g.addAll(text(r[1], 115, y));
            if (wraps) g.addAll(text(r[2], 115, y + 10.3));
            if (!r[3].isEmpty()) g.addAll(text(r[3], 240, at));
            if (!r[4].isEmpty()) g.addAll(text(r[4], 400, at));
            y += wraps ? 22.5 : 12.5;
        }
        List<RawRow> read = oneTable(g);
        assertEquals(6, read.size(), read.stream().map(RawRow::texts).toList().toString());
        assertEquals(List.of("一、财政拨款收入", "371,514,655.0 0", "一、一般公共服务支出", "21,601,733.00"), read.get(1).texts());
        assertEquals(List.of("1. 一般公共预算资金", "371,514,655.0 0", "二、科学技术支出", "350,000,000.00"), read.get(2).texts());
        assertEquals(List.of("收入总计", "371,514,655.0 0", "支出总计", "371,514,655.00"), read.get(5).texts());
    }

    @Test
    void aHeaderOfNarrowCellsWrappedOntoASecondLineSetsNoColumnOfItsOwn() {
        // Writer's 收入预算总表 without column rules: 事业收 事业单位经营收 其他收 8 pt apart (under the cell gap), each one's 入
        // wrapped onto the line below and centred; the figures under them set flush left. The 入 under 事业单位经营收 stood
        // right of its column's figures and was a column of its own: every figure after it was read a column right
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("事业收", 401.4, 20));
        g.addAll(text("事业单位经营收", 439.6, 20));
        g.addAll(text("其他收", 517.8, 20));
        g.addAll(text("科目名称", 94, 32));
        g.addAll(text("合计", 260, 32));
        g.addAll(text("财政拨款收入", 330, 32));
        for (double x : new double[]{411.4, 469.6, 527.8}) g.addAll(text("入", x, 44));
        String[][] rows = {{"201", "一般公共服务支出", "300.00"}, {"20113", "商贸事务", "300.00"}, {"2011301", "行政运行", "100.00"}, {"2011302", "一般行政管理事务", "200.00"}};
        for (int r = 0; r < rows.length; r++) {
            double y = 60 + 14 * r;
            g.addAll(text(rows[r][0], 8, y));
            g.addAll(text(rows[r][1], 94, y));
            g.addAll(text(rows[r][2], 254, y));
            g.addAll(text(rows[r][2], 354, y));
            for (double x : new double[]{397.7, 437.8, 514.1}) g.addAll(text("0.00", x, y));
        }
        List<RawRow> read = oneTable(g);
        RawRow last = read.get(read.size() - 1);
        assertEquals(List.of("2011302", "一般行政管理事务", "200.00", "200.00", "0.00", "0.00", "0.00"), last.texts(), read.toString());
        // the wrapped 入 stands in its header's column
        assertEquals(List.of("", "", "", "", "入", "入", "入"), read.get(2).texts());
    }

    /** An OCR phrase (one glyph for the whole phrase, as a scan's reading gives it): 10 pt, confidence 0.9. */
    private static Glyph phrase(String s, double x0, double x1, double baseline) {
        return new Glyph(s, x0, baseline - 8, x1, baseline + 1.2, 10, 0.9);
    }

    /**
     * A scanned two-sided 总表 ruled across only (a newcomer's Chromium print, read by OCR): each side's figure stands
     * flush against the other side's name (the phrase finder parts them by a pixel), and three empty ruled rows stand
     * above the totals. The figure and the name are two cells; the table runs on over the ruled rows to its totals.
     */
    @Test
    void aScannedSummaryRuledAcrossKeepsItsFiguresApartFromTheNamesBesideThemAndItsTotalsRow() {
        List<Glyph> g = new ArrayList<>();
        String[][] rows = {{"一、财政拨款收入", "371,514,655.00", "一、一般公共服务支出", "21,601,733.00"},
                {"1.一般公共预算资金", "371,514,655.00", "二、科学技术支出", "350,000,000.00"},
                {"2.政府性基金", "", "三、卫生健康支出", "1,912,922.00"}};
        List<Segment> rules = new ArrayList<>();
        double y = 40;
        g.add(phrase("项目", 60, 80, y));
        g.add(phrase("预算数", 230, 260, y));
        g.add(phrase("项目", 330, 350, y));
        g.add(phrase("预算数", 520, 550, y));
        rules.add(new Segment(20, y - 12, 600, y - 12));
        for (String[] r : rows) {
            rules.add(new Segment(20, y + 4, 600, y + 4));
            y += 18;
            g.add(phrase(r[0], 24, 24 + 10 * r[0].length(), y));
            if (!r[1].isEmpty()) g.add(phrase(r[1], 220, 299.5, y));
            g.add(phrase(r[2], 300, 300 + 10 * r[2].length(), y));
            g.add(phrase(r[3], 520, 596, y));
        }
        for (int k = 0; k < 3; k++) {
            rules.add(new Segment(20, y + 4, 600, y + 4));
            y += 18;
        }
        rules.add(new Segment(20, y + 4, 600, y + 4));
        y += 18;
        g.add(phrase("收入总计", 24, 64, y));
        g.add(phrase("371,514,655.00", 220, 299.5, y));
        g.add(phrase("支出总计", 300, 340, y));
        g.add(phrase("373,514,655.00", 520, 596, y));
        rules.add(new Segment(20, y + 4, 600, y + 4));
        List<GridTable> tables = new StreamBuilder().stream(1, g, rules);
        assertEquals(1, tables.size(), tables.toString());
        List<RawRow> read = tables.get(0).toRawRows(0);
        List<String> texts = read.stream().map(r -> String.join(" | ", r.cells().stream().map(c -> c.text()).toList())).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("一、财政拨款收入 | 371,514,655.00 | 一、一般公共服务支出 | 21,601,733.00")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("收入总计 | 371,514,655.00 | 支出总计 | 373,514,655.00")), texts.toString());
    }

    /**
     * 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出 without rules (a newcomer's Chromium print of 社会福利院24's 总表): the
     * group's name 基本支出, centred over its two narrow columns of right-aligned figures, reaches into the first's
     * figures and over the second's header only. It names no column: 人员经费 and 公用经费 stay two columns (they were
     * read as one, and 项目支出's figures under 公用经费, verified).
     */
    @Test
    void aGroupsNameOverTwoColumnsOfFiguresJoinsNeitherToTheOther() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 0, 20));
        g.addAll(text("预算数", 70, 20));
        g.addAll(text("基本支出", 145, 20));         // 145–185: over the end of 人员经费's figures, short of 公用经费's
        g.addAll(text("合计", 80, 34));
        g.addAll(text("人员经费", 115, 34));         // 115–155
        g.addAll(text("公用经费", 182, 34));         // 182–222, its figures 186–240
        g.addAll(text("项目支出", 265, 34));
        String[][] rows = {{"11,281,624", "6,540,674", "2,120,950", "2,620,000"}, {"503,724", "503,724", "", ""},
                {"335,816", "335,816", "", ""}, {"12,121,164", "7,380,214", "2,120,950", "2,620,000"}};
        double y = 48;
        for (String[] r : rows) {
            g.addAll(text("支出", 0, y));
            g.addAll(text(r[0], 100 - 6 * r[0].length(), y));
            g.addAll(text(r[1], 160 - 6 * r[1].length(), y)); // right-aligned at 160
            if (!r[2].isEmpty()) g.addAll(text(r[2], 240 - 6 * r[2].length(), y));
            if (!r[3].isEmpty()) g.addAll(text(r[3], 310 - 6 * r[3].length(), y));
            y += 14;
        }
        List<RawRow> read = oneTable(g);
        List<String> last = read.get(read.size() - 1).cells().stream().map(c -> c.text()).toList();
        assertEquals(List.of("支出", "12,121,164", "7,380,214", "2,120,950", "2,620,000"), last, read.toString());
    }

    @Test
    void amountsSetFlushLeftInColumnsThatOverlapStayEachInItsColumn() {
        // LibreOffice Writer's borderless table, figures set flush left: 人员经费's longest figures end where 公用经费's
        // begin (a newcomer's scan of 社会福利院24's 基本支出 table read every 公用经费 figure under 人员经费)
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 0, 20));
        g.addAll(text("合计", 75, 20));
        g.addAll(text("人员经费", 141, 20));
        g.addAll(text("公用经费", 197, 20));
        String[][] rows = {{"工资福利支出", "16,958,414", "16,958,414", ""}, {"办公费", "69,000", "", "69,000"}, {"水费", "60,000", "", "60,000"},
                {"基本工资", "758,448", "758,448", ""}, {"物业管理费", "1,206,000", "", "1,206,000"}, {"合计", "19,501,164", "7,380,214", "2,120,950"}};
        double y = 34;
        for (String[] r : rows) {
            g.addAll(text(r[0], 0, y));
            g.addAll(text(r[1], 75, y));
            if (!r[2].isEmpty()) g.addAll(text(r[2], 141, y));  // 141–201 at the longest
            if (!r[3].isEmpty()) g.addAll(text(r[3], 197, y));  // from 197
            y += 14;
        }
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("项目", "合计", "人员经费", "公用经费"), read.get(0).texts(), read.toString());
        assertEquals(List.of("办公费", "69,000", "", "69,000"), read.get(2).texts(), read.toString());
        assertEquals(List.of("工资福利支出", "16,958,414", "16,958,414", ""), read.get(1).texts(), read.toString());
        assertEquals(List.of("合计", "19,501,164", "7,380,214", "2,120,950"), read.get(6).texts(), read.toString());
    }

    @Test
    void twoColumnsOfMoneyThatNoLineFillsBothAreTwo() {
        // each row prints 人员经费 or 公用经费, never both, and no total row; their heads set closer than a word gap read
        // as one word: the two columns' figures never share a line, and were merged as a centred header's column is
        // with its figures (公用经费's read under 人员经费; the row sums 合计 = 人员经费 + 公用经费 hold either way)
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 0, 20));
        g.addAll(text("合计", 80, 20));
        g.addAll(text("人员经费", 141, 20));
        g.addAll(text("公用经费", 188, 20));
        String[][] rows = {{"工资福利支出", "6,958,414", "6,958,414", ""}, {"办公费", "69,000", "", "69,000"}, {"水费", "60,000", "", "60,000"},
                {"基本工资", "758,448", "758,448", ""}, {"物业管理费", "1,206,000", "", "1,206,000"}};
        double y = 34;
        for (String[] r : rows) {
            g.addAll(text(r[0], 0, y));
            g.addAll(text(r[1], 80, y));
            if (!r[2].isEmpty()) g.addAll(text(r[2], 141, y));
            if (!r[3].isEmpty()) g.addAll(text(r[3], 211, y));
            y += 14;
        }
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("办公费", "69,000", "", "69,000"), read.get(2).texts(), read.toString());
        assertEquals(List.of("基本工资", "758,448", "758,448", ""), read.get(4).texts(), read.toString());
    }

    @Test
    void twoScannedFiguresSetCloserThanAWordGapAreTwoCells() {
        // a scan of figures set flush left in narrow columns: 合计's and 人员经费's, 0.4 em apart, two OCR phrases; taken
        // as one word they reached over both columns, which were read as one (a newcomer's scan of a Writer table)
        List<Glyph> g = new ArrayList<>();
        g.add(phrase("项目", 0, 20, 20));
        g.add(phrase("合计", 80, 100, 20));
        g.add(phrase("人员经费", 136, 176, 20));
        g.add(phrase("公用经费", 196, 236, 20));
        String[][] rows = {{"工资福利支出", "6,958,414", "6,958,414", ""}, {"办公费", "69,000", "", "69,000"}, {"基本工资", "758,448", "758,448", ""},
                {"水费", "60,000", "", "60,000"}, {"合计", "7,078,414", "7,716,862", "129,000"}};
        double y = 34;
        for (String[] r : rows) {
            g.add(phrase(r[0], 0, 10 * r[0].length(), y));
            g.add(phrase(r[1], 80, 80 + 6 * r[1].length(), y));                                   // 80–134 at the longest
            if (!r[2].isEmpty()) g.add(phrase(r[2], 138, 138 + 6 * r[2].length(), y));           // 4 pt after
            if (!r[3].isEmpty()) g.add(phrase(r[3], 196, 196 + 6 * r[3].length(), y));
            y += 14;
        }
        List<RawRow> read = oneTable(g);
        assertEquals(List.of("工资福利支出", "6,958,414", "6,958,414", ""), read.get(1).texts(), read.toString());
        assertEquals(List.of("办公费", "69,000", "", "69,000"), read.get(2).texts(), read.toString());
    }
}

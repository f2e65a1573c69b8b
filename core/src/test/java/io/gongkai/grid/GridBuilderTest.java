package io.gongkai.grid;

import io.gongkai.raw.RawRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridBuilderTest {

    /** Glyphs for a string set at (x, baseline), 10 pt, 6 pt apart (CJK characters 10 pt apart). */
    static List<Glyph> text(String s, double x, double baseline) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            String ch = s.substring(i, i + 1);
            boolean cjk = Character.UnicodeScript.of(ch.codePointAt(0)) == Character.UnicodeScript.HAN;
            double w = cjk ? 10 : 6;
            out.add(new Glyph(ch, x, baseline - 8, x + w, baseline + 1.2, 10));
            x += w;
        }
        return out;
    }

    private static List<Segment> box(double x0, double y0, double x1, double y1) {
        return List.of(new Segment(x0, y0, x1, y0), new Segment(x0, y1, x1, y1), new Segment(x0, y0, x0, y1), new Segment(x1, y0, x1, y1));
    }

    @Test
    void aRuleOverhangingTheBorderMakesNoColumn() {
        // the rules under the header and the total reach 2.6 pt past the left border (Word's overlapping borders, a
        // scan's faint rule blurred past its end): two columns, not a third of 2.6 pt that puts each figure a column off
        List<Segment> s = new ArrayList<>();
        s.addAll(box(50, 0, 250, 60));
        s.add(new Segment(150, 0, 150, 60));
        s.add(new Segment(47.4, 20, 250, 20));
        s.add(new Segment(47.4, 40, 250.8, 40));
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 60, 15));
        g.addAll(text("金额", 160, 15));
        g.addAll(text("合计", 60, 55));
        g.addAll(text("1,000", 200, 55));
        List<GridTable> tables = new GridBuilder().lattice(1, g, s);
        assertEquals(1, tables.size());
        assertEquals(2, tables.get(0).columns(), tables.get(0).toString());
        // a table without an outer border is still closed by its rules' ends, a cell's width out
        List<Segment> open = List.of(new Segment(0, 0, 250, 0), new Segment(0, 20, 250, 20), new Segment(0, 40, 250, 40),
                new Segment(100, 0, 100, 40), new Segment(180, 0, 180, 40));
        assertEquals(3, new GridBuilder().lattice(1, text("合计", 10, 35), open).get(0).columns());
    }

    @Test
    void aRuledTableWithAMergedHeader() {
        // | 项目 (2 rows) | 支出 (2 columns)     |
        // |              | 基本支出 | 项目支出  |
        // | 合计         | 1,000    | 2,000     |
        List<Segment> s = new ArrayList<>();
        s.addAll(box(0, 0, 300, 60));
        s.add(new Segment(100, 0, 100, 60));           // after 项目
        s.add(new Segment(200, 20, 200, 60));          // between the two 支出 columns, below the merged header
        s.add(new Segment(100, 20, 300, 20));          // under 支出
        s.add(new Segment(0, 40, 300, 40));            // above 合计
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 10, 25));
        g.addAll(text("支出", 150, 15));
        g.addAll(text("基本支出", 110, 35));
        g.addAll(text("项目支出", 210, 35));
        g.addAll(text("合计", 10, 55));
        g.addAll(text("1,000", 150, 55));
        g.addAll(text("2,000", 250, 55));
        List<GridTable> tables = new GridBuilder().lattice(1, g, s);
        assertEquals(1, tables.size());
        GridTable t = tables.get(0);
        assertEquals(3, t.rows());
        assertEquals(3, t.columns());
        GridCell header = t.cells().stream().filter(c -> c.text().equals("项目")).findFirst().orElseThrow();
        assertEquals(2, header.rowSpan());
        GridCell spent = t.cells().stream().filter(c -> c.text().equals("支出")).findFirst().orElseThrow();
        assertEquals(2, spent.colSpan());
        List<RawRow> rows = t.toRawRows(1000);
        assertEquals(List.of("项目", "支出", ""), rows.get(0).texts());
        assertEquals(List.of("", "基本支出", "项目支出"), rows.get(1).texts());
        assertEquals(List.of("合计", "1,000", "2,000"), rows.get(2).texts());
    }

    @Test
    void glyphsTallerThanTightRowsStayInTheirCells() {
        // rows 0.55 cm (15.6 pt) high with 12 pt CJK text: each glyph's centre is inside its row
        List<Segment> s = new ArrayList<>(box(0, 0, 200, 31.2));
        s.add(new Segment(0, 15.6, 200, 15.6));
        s.add(new Segment(100, 0, 100, 31.2));
        List<Glyph> g = new ArrayList<>();
        for (String[] cell : new String[][]{{"工资福利支出", "0", "13"}, {"1,234.00", "110", "13"}, {"基本工资", "0", "28.6"}, {"5.00", "110", "28.6"}}) {
            double x = Double.parseDouble(cell[1]) + 2, base = Double.parseDouble(cell[2]);
            for (int i = 0; i < cell[0].length(); i++) {
                String ch = cell[0].substring(i, i + 1);
                double w = Character.isDigit(ch.charAt(0)) || ch.equals(",") || ch.equals(".") ? 6 : 12;
                g.add(new Glyph(ch, x, base - 0.8 * 12, x + w, base + 0.12 * 12, 12));
                x += w;
            }
        }
        List<RawRow> rows = new GridBuilder().lattice(1, g, s).get(0).toRawRows(0);
        assertEquals(List.of("工资福利支出", "1,234.00"), rows.get(0).texts());
        assertEquals(List.of("基本工资", "5.00"), rows.get(1).texts());
    }

    @Test
    void twoTablesOnAPageAreTwoGrids() {
        List<Segment> s = new ArrayList<>(box(0, 0, 100, 20));
        s.addAll(box(0, 50, 100, 70));
        s.add(new Segment(50, 50, 50, 70));
        List<GridTable> tables = new GridBuilder().lattice(1, List.of(), s);
        assertEquals(2, tables.size());
        assertEquals(1, tables.get(0).columns());
        assertEquals(2, tables.get(1).columns());
    }

    @Test
    void wrappedCellTextJoinsWithoutSpacesBetweenHanCharacters() {
        List<Glyph> g = new ArrayList<>(text("事业单位", 0, 10));
        g.addAll(text("经营收入", 0, 22));
        assertEquals("事业单位经营收入", GlyphText.cellText(g));
        List<Glyph> latin = new ArrayList<>(text("Total", 0, 10));
        latin.addAll(text("2024", 0, 22));
        assertEquals("Total 2024", GlyphText.cellText(latin));
    }

    /**
     * 类 | 款 | 项 | 科目名称 | 金额 with the 类 201 printed once in a cell merged down over its three rows, and the 款 04
     * over the two rows it heads (a workbook whose category cells were merged; the seed so printed by LibreOffice lost the
     * codes of 516 of its 1,273 cells' rows): each row gets them.
     */
    @Test
    void aCodePartMergedDownOverItsRowsBelongsToEachOfThem() {
        List<Segment> s = new ArrayList<>(box(0, 0, 300, 80));
        for (double x : new double[]{30, 60, 90, 200}) s.add(new Segment(x, 0, x, 80));
        s.add(new Segment(30, 20, 300, 20));
        s.add(new Segment(60, 40, 300, 40));
        s.add(new Segment(0, 60, 300, 60));
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("201", 3, 35));          // merged over rows 0-2, set in the middle
        g.addAll(text("一般公共服务支出", 95, 15));
        g.addAll(text("10.00", 250, 15));
        g.addAll(text("04", 33, 35));          // merged over rows 1-2
        g.addAll(text("事业运行", 95, 35));
        g.addAll(text("10.00", 250, 35));
        g.addAll(text("50", 63, 55));
        g.addAll(text("事业运行", 95, 55));
        g.addAll(text("10.00", 250, 55));
        g.addAll(text("合计", 95, 75));
        g.addAll(text("10.00", 250, 75));
        GridTable t = new GridBuilder().lattice(1, g, s).get(0);
        List<RawRow> rows = t.toRawRows(0);
        assertEquals(List.of("201", "", "", "一般公共服务支出", "10.00"), rows.get(0).texts());
        assertEquals(List.of("201", "04", "", "事业运行", "10.00"), rows.get(1).texts());
        assertEquals(List.of("201", "04", "50", "事业运行", "10.00"), rows.get(2).texts());
        assertEquals(4, rows.size());
    }

    /** A code part merged down over a grid row that prints nothing of its own gives that row nothing: no row is made. */
    @Test
    void aCodePartMergedOverARowOfNothingElseMakesNoRow() {
        List<Segment> s = new ArrayList<>(box(0, 0, 200, 40));
        s.add(new Segment(100, 0, 100, 40));
        s.add(new Segment(100, 20, 200, 20)); // the right column split in two rows, the lower one blank
        List<Glyph> g = new ArrayList<>(text("12", 10, 25));
        g.addAll(text("小计", 110, 15));
        List<RawRow> rows = new GridBuilder().lattice(1, g, s).get(0).toRawRows(0);
        assertEquals(1, rows.size());
        assertEquals(List.of("12", "小计"), rows.get(0).texts());
    }

    /** A table 0–300 pt wide, ruled at x = 100 (names | amounts); rows 20 pt tall, the first a heading. */
    private static List<Segment> twoColumnsOneRule(int rows) {
        List<Segment> s = new ArrayList<>(box(0, 0, 300, 20.0 * rows));
        s.add(new Segment(100, 0, 100, 20.0 * rows));
        for (int r = 1; r < rows; r++) s.add(new Segment(0, 20.0 * r, 300, 20.0 * r));
        return s;
    }

    @Test
    void aColumnRuleLostAlongTheWholeTableIsPutBackFromTheFiguresAlignment() {
        // a dashed rule at x = 200 the print or a photocopy lost: 基本支出 figures end at 195, 项目支出 figures at 295; the
        // heading 一般公共预算支出 is centred over both and keeps its merged cell
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 10, 15));
        g.addAll(text("一般公共预算支出", 160, 15));
        g.addAll(text("甲", 10, 35));
        g.addAll(text("1,000", 165, 35));
        g.addAll(text("乙", 10, 55));
        g.addAll(text("2,000", 265, 55));
        g.addAll(text("丙", 10, 75));
        g.addAll(text("300", 177, 75));
        g.addAll(text("4,000", 265, 75));
        g.addAll(text("丁", 10, 95));
        g.addAll(text("12,345", 159, 95));
        g.addAll(text("600", 277, 95));
        GridTable t = new GridBuilder().lattice(1, g, twoColumnsOneRule(5)).get(0);
        assertEquals(3, t.columns());
        List<RawRow> rows = t.toRawRows(0);
        assertEquals(List.of("项目", "一般公共预算支出", ""), rows.get(0).texts());
        assertEquals(List.of("甲", "1,000", ""), rows.get(1).texts());
        assertEquals(List.of("乙", "", "2,000"), rows.get(2).texts());
        assertEquals(List.of("丙", "300", "4,000"), rows.get(3).texts());
        assertEquals(List.of("丁", "12,345", "600"), rows.get(4).texts());
    }

    @Test
    void figuresCentredInTheirColumnAreOneColumn() {
        // centred figures end at different places, but the wider start left of where the narrower end: no rule there
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 10, 15));
        g.addAll(text("金额", 190, 15));
        String[] figures = {"1,000", "2,000,000", "300", "12,345"};
        for (int r = 0; r < figures.length; r++) {
            g.addAll(text("名", 10, 35 + 20 * r));
            g.addAll(text(figures[r], 200 - 3 * figures[r].length(), 35 + 20 * r));
        }
        GridTable t = new GridBuilder().lattice(1, g, twoColumnsOneRule(5)).get(0);
        assertEquals(2, t.columns());
        assertEquals(List.of("名", "2,000,000"), t.toRawRows(0).get(2).texts());
    }

    /** Four rows of 项目 | 基本支出 | 项目支出, the rule between the two 支出 columns standing on all but the last. */
    private static List<Segment> ruleBrokenOnTheLastRow() {
        List<Segment> s = new ArrayList<>(twoColumnsOneRule(4));
        s.add(new Segment(200, 0, 200, 60));
        return s;
    }

    /** {@link #ruleBrokenOnTheLastRow}'s header, row 甲 holding {@code first}, row 乙 2,000 in 项目支出, and 丙's label. */
    private static List<Glyph> headed(List<Glyph> first) {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("项目", 10, 15));
        g.addAll(text("基本支出", 110, 15));
        g.addAll(text("项目支出", 210, 15));
        g.addAll(text("甲", 10, 35));
        g.addAll(first);
        g.addAll(text("乙", 10, 55));
        g.addAll(text("2,000", 265, 55));
        g.addAll(text("丙", 10, 75));
        return g;
    }

    @Test
    void aFigureInACellMergedByARuleBrokenOnItsRowStaysInTheColumnItIsPrintedIn() {
        // the rule at x = 200 stands on every row but the last, where a photocopy broke it: the two cells there merge,
        // and the 项目支出 figure right-aligned at 295 belongs to the third column, not the first slot of the merge; a
        // bit of the broken rule OCR read as "|" is no text
        List<Segment> s = ruleBrokenOnTheLastRow();
        List<Glyph> g = headed(text("1,000", 165, 35));
        g.add(new Glyph("|", 199.5, 66, 200.5, 78, 10, 0.4));
        g.add(new Glyph("4,000", 265, 67, 295, 76.2, 10, 0.9));
        List<RawRow> rows = new GridBuilder().lattice(1, g, s).get(0).toRawRows(0);
        assertEquals(List.of("丙", "", "4,000"), rows.get(3).texts());
    }

    @Test
    void figuresInTwoColumnsOfACellMergedByABrokenRuleStayEachInItsColumn() {
        // a newcomer's fax at 150 dpi (1 bit) kept the rule between 人员经费 and 公用经费 on two rows of twenty: each row
        // below was one cell, read 2,186,010,00 0),00) — 人员经费 as one figure, 公用经费 lost
        List<Segment> s = ruleBrokenOnTheLastRow();
        List<Glyph> g = headed(text("1,000", 165, 35));
        g.add(new Glyph("2,186,010,00", 130, 67, 195, 76.2, 10, 0.9));
        g.add(new Glyph("0),00)", 270, 67, 295, 76.2, 10, 0.5));
        List<RawRow> rows = new GridBuilder().lattice(1, g, s).get(0).toRawRows(0);
        assertEquals(List.of("丙", "2,186,010,00", "0),00)"), rows.get(3).texts());
        // two heads over two columns of figures, where the rule between them starts under the head row
        List<Glyph> heads = headed(text("1,000", 165, 35));
        heads.add(new Glyph("人员经费", 110, 67, 150, 76.2, 10, 0.9));
        heads.add(new Glyph("公用经费", 210, 67, 250, 76.2, 10, 0.9));
        assertEquals(List.of("丙", "人员经费", "公用经费"), new GridBuilder().lattice(1, heads, s).get(0).toRawRows(0).get(3).texts());
        // one word spaced out across a merged cell stays one
        List<Glyph> spaced = headed(text("1,000", 165, 35));
        spaced.add(new Glyph("合", 150, 67, 160, 76.2, 10, 0.9));
        spaced.add(new Glyph("计", 240, 67, 250, 76.2, 10, 0.9));
        assertEquals("", new GridBuilder().lattice(1, spaced, s).get(0).toRawRows(0).get(3).texts().get(2));
        // a text layer's merged cell is merged as drawn
        List<Glyph> printed = headed(text("1,000", 165, 35));
        printed.addAll(text("2,000", 165, 75));
        printed.addAll(text("3,000", 265, 75));
        List<String> merged = new GridBuilder().lattice(1, printed, s).get(0).toRawRows(0).get(3).texts();
        assertTrue(merged.get(1).contains("2,000") && merged.get(1).contains("3,000") && merged.get(2).isEmpty(), merged.toString());
    }

    @Test
    void aHeadOcrLeftIllegibleBesideTwoHeadsReadKeepsItsColumn() {
        // 社会福利院24's economic table in a 1-bit copy of thin type (bw-200): the rules between 合计, 人员经费 and
        // 公用经费 lost above the figures, and 合计 read "r:!"; the three heads were one cell, their three columns of
        // figures read as one ("6,8,1116.958.111")
        List<Segment> s = new ArrayList<>(box(0, 0, 400, 60));
        s.add(new Segment(0, 20, 400, 20));
        s.add(new Segment(0, 40, 400, 40));
        s.add(new Segment(100, 0, 100, 60));
        s.add(new Segment(200, 17, 200, 60));
        s.add(new Segment(300, 17, 300, 60));
        List<Glyph> g = new ArrayList<>(text("项目", 10, 15));
        g.add(new Glyph("r:!", 140, 7, 156, 16.2, 10, 0.5));
        g.add(new Glyph("人员经费", 230, 7, 270, 16.2, 10, 0.3));
        g.add(new Glyph("公用经费", 330, 7, 370, 16.2, 10, 0.3));
        for (int r = 1; r <= 2; r++) {
            g.addAll(text(r == 1 ? "甲" : "乙", 10, 15 + 20 * r));
            g.add(new Glyph("3,000", 160, 27 + 20 * r, 195, 36.2 + 20 * r, 10, 0.9));
            g.add(new Glyph("1,000", 260, 27 + 20 * r, 295, 36.2 + 20 * r, 10, 0.9));
            g.add(new Glyph("2,000", 360, 27 + 20 * r, 395, 36.2 + 20 * r, 10, 0.9));
        }
        assertEquals(List.of("项目", "r:!", "人员经费", "公用经费"), new GridBuilder().lattice(1, g, s).get(0).toRawRows(0).get(0).texts());
        // beside one head read, an illegible text is no head of its own: the cell stays merged as it may be drawn
        List<Glyph> one = new ArrayList<>(g);
        one.removeIf(x -> x.text().equals("公用经费"));
        assertEquals("", new GridBuilder().lattice(1, one, s).get(0).toRawRows(0).get(0).texts().get(2));
        // nor is a single character (one word spaced out over a merged cell)
        List<Glyph> single = new ArrayList<>(g);
        single.replaceAll(x -> x.text().equals("r:!") ? new Glyph("合", 140, 7, 150, 16.2, 10, 0.5) : x);
        assertEquals("", new GridBuilder().lattice(1, single, s).get(0).toRawRows(0).get(0).texts().get(2));
    }

    @Test
    void specksOcrReadAsDotsAreNoCellsText() {
        // a 1-bit scan of a LibreOffice page (万里街道25 预算, bw-200 and photocopy-200): the bits of a hairline rule and
        // toner dust read as … or ·... beside a figure. In a cell merged by a broken column rule the figure went to the
        // merge's first column ("… 325,000" was no amount); elsewhere the figure was read as text ("106.000 ·...")
        List<Segment> s = ruleBrokenOnTheLastRow();
        List<Glyph> first = new ArrayList<>(text("106.000", 150, 35));
        first.add(new Glyph("·...", 175, 30, 195, 36, 10, 0.3));
        first.add(new Glyph("—", 240, 30, 250, 31, 10, 0.8));
        List<Glyph> g = headed(first);
        g.add(new Glyph("…+—… .....", 150, 64, 240, 66, 10, 0.2));
        g.add(new Glyph("325,000", 255, 67, 295, 76.2, 10, 0.9));
        List<RawRow> rows = new GridBuilder().lattice(1, g, s).get(0).toRawRows(0);
        assertEquals(List.of("甲", "106.000", "—"), rows.get(1).texts(), "a dash alone is a cell printed as nil, no speck");
        assertEquals(List.of("丙", "", "325,000"), rows.get(3).texts());
        // a text layer's dots are text
        List<Glyph> printed = new ArrayList<>(g.subList(0, g.size() - 2));
        printed.add(new Glyph("……", 150, 64, 170, 72, 10));
        assertEquals("……", new GridBuilder().lattice(1, printed, s).get(0).toRawRows(0).get(3).texts().get(1));
    }

    @Test
    void aRowRuleLostButForAPieceStillPartsTheRowsWhoseFiguresItParted() {
        // a hairline row rule a 1-bit scan cut away but over the code column: the label and amount cells of two rows
        // merged, two figures in one cell (上海市普陀区万里街道25 预算, LibreOffice, bw-200: 301 and 30101 read as neither)
        List<Segment> s = new ArrayList<>();
        for (double y : new double[]{0, 20, 60}) s.add(new Segment(0, y, 250, y));
        s.add(new Segment(0, 40, 50, 40));
        for (double x : new double[]{0, 50, 150, 250}) s.add(new Segment(x, 0, x, 60));
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("编码", 5, 15));
        g.addAll(text("名称", 55, 15));
        g.addAll(text("合计", 160, 15));
        g.addAll(text("301", 5, 35));
        g.addAll(text("工资福利支出", 55, 35));
        g.addAll(text("90,238,584", 160, 35));
        g.addAll(text("30101", 5, 55));
        g.addAll(text("基本工资", 55, 55));
        g.addAll(text("6,084,184", 160, 55));
        // what OCR made of the rule's remnants on its line: a dash, no cell's
        g.add(new Glyph("—", 200, 39.5, 240, 40.5, 10, 0.9));
        List<RawRow> rows = new GridBuilder().lattice(1, g, s).get(0).toRawRows(0);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(List.of("301", "工资福利支出", "90,238,584"), rows.get(1).texts());
        assertEquals(List.of("30101", "基本工资", "6,084,184"), rows.get(2).texts());
        // a heading merged down over two rows, one line of text in it, stays one cell
        List<Glyph> heading = new ArrayList<>(g.subList(0, 0));
        heading.addAll(text("项目", 55, 45));
        heading.addAll(text("301", 5, 35));
        heading.addAll(text("30101", 5, 55));
        assertEquals(1, new GridBuilder().lattice(1, heading, s).get(0).cells().stream().filter(c -> c.rowSpan() == 2 && c.text().equals("项目")).count());
    }

    /** An OCR phrase at (x, baseline), 10 pt, 6 pt a character (10 for CJK), confidence 0.9. */
    private static Glyph phrase(String s, double x, double baseline) {
        double w = s.codePoints().mapToDouble(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 10 : 6).sum();
        return new Glyph(s, x, baseline - 8, x + w, baseline + 1.2, 10, 0.9);
    }

    @Test
    void rowRulesALightCopyLostWhollyArePutBackBetweenTheFiguresLines() {
        // hairline rules between rows that a thin photocopy erased along the whole table, no piece left: three rows in
        // one band, each of its cells two or three stacked figures (a newcomer's copy of 司法局26's 收入预算总表:
        // 79,189,400.34 over 14,348,853.34, read as neither)
        List<Segment> s = new ArrayList<>();
        for (double y : new double[]{0, 20, 90}) s.add(new Segment(0, y, 350, y));
        for (double x : new double[]{0, 50, 150, 250, 350}) s.add(new Segment(x, 0, x, 90));
        List<Glyph> g = new ArrayList<>(List.of(phrase("编码", 5, 15), phrase("名称", 55, 15), phrase("合计", 160, 15), phrase("财政拨款", 260, 15)));
        String[][] rows = {{"20406", "司法", "79,189,400.34", "79,189,400.34"}, {"2040601", "行政运行", "14,348,853.34", "14,348,853.34"},
                {"2040604", "基层司法业务", "21,703,947.00", "0.00"}};
        for (int r = 0; r < rows.length; r++) {
            double baseline = 38 + 22 * r;
            g.add(phrase(rows[r][0], 5, baseline));
            g.add(phrase(rows[r][1], 55, baseline));
            g.add(phrase(rows[r][2], 165, baseline));
            g.add(phrase(rows[r][3], 265, baseline));
        }
        List<RawRow> raw = new GridBuilder().lattice(1, g, s).get(0).toRawRows(0);
        assertEquals(4, raw.size(), raw.toString());
        for (int r = 0; r < rows.length; r++) assertEquals(List.of(rows[r]), raw.get(r + 1).texts());
        // a label wrapped onto a second line, its figures on the first: one row (no column holds a figure of each)
        List<Glyph> wrapped = new ArrayList<>(g.subList(0, 4));
        wrapped.addAll(List.of(phrase("2080505", 5, 38), phrase("机关事业单位基本", 55, 38), phrase("养老保险缴费支出", 55, 50),
                phrase("1,572,307.00", 165, 38), phrase("1,572,307.00", 265, 38)));
        assertEquals(2, new GridBuilder().lattice(1, wrapped, s).get(0).toRawRows(0).size());
        // a piece of a rule under a row, read "1: +" (flat: 1.4 pt), is no row of figures (the seed's 7 pt table on a
        // photocopy: a row cut off its next rule lost its code)
        List<Glyph> remnant = new ArrayList<>(g.subList(0, 8));
        remnant.add(new Glyph("1: +", 170, 47.5, 200, 48.9, 10, 0.3));
        assertEquals(2, new GridBuilder().lattice(1, remnant, s).get(0).toRawRows(0).size());
        // a text layer's rules are as drawn
        List<Glyph> printed = new ArrayList<>();
        for (Glyph x : g) printed.add(new Glyph(x.text(), x.x0(), x.y0(), x.x1(), x.y1(), x.fontSize()));
        assertEquals(2, new GridBuilder().lattice(1, printed, s).get(0).toRawRows(0).size());
    }

    @Test
    void aRowRuleLeftAsOcrDashesInOneColumnStillParts() {
        // three columns (类 | 款 | 名称) of four rows; the rules between the rows stand in the second and third columns
        // and, in the first, only as the pieces a 1-bit scan left of them, read as dashes: the first column's cells are
        // one per row, not one merged over all, and the dashes are no cell's text
        List<Segment> s = new ArrayList<>();
        for (double y : new double[]{0, 20, 40, 60, 80}) {
            if (y == 0 || y == 80) s.add(new Segment(0, y, 300, y));
            else s.add(new Segment(50, y, 300, y));
        }
        for (double x : new double[]{0, 50, 100, 300}) s.add(new Segment(x, 0, x, 80));
        List<Glyph> g = new ArrayList<>();
        g.add(new Glyph("201", 10, 5, 30, 15, 10, 0.9));
        g.add(new Glyph("一般公共服务支出", 110, 5, 190, 15, 10, 0.9));
        g.add(new Glyph("05", 65, 25, 80, 35, 10, 0.9));
        g.add(new Glyph("统计信息事务", 110, 25, 170, 35, 10, 0.9));
        g.add(new Glyph("06", 65, 45, 80, 55, 10, 0.9));
        g.add(new Glyph("财政事务", 110, 45, 150, 55, 10, 0.9));
        g.add(new Glyph("205", 10, 65, 30, 75, 10, 0.9));
        g.add(new Glyph("教育支出", 110, 65, 150, 75, 10, 0.9));
        for (double y : new double[]{20, 40, 60}) g.add(new Glyph("—", 15, y - 1, 35, y + 1, 10, 0.5));
        List<RawRow> rows = new GridBuilder().lattice(1, g, s).get(0).toRawRows(0);
        assertEquals(List.of(List.of("201", "", "一般公共服务支出"), List.of("", "05", "统计信息事务"), List.of("", "06", "财政事务"),
                List.of("205", "", "教育支出")), rows.stream().map(RawRow::texts).toList());
        // without the dashes, the column's cells are merged as drawn: one cell, its texts in its first row
        g.removeIf(x -> x.text().equals("—"));
        assertEquals("201 205", new GridBuilder().lattice(1, g, s).get(0).toRawRows(0).get(0).texts().get(0));
    }
}

package io.gongkai.extract.text;

import io.gongkai.raw.RawBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pipe tables, HTML tables and the lines around them, on inline text. */
class TableMarkupTest {

    private static List<String> texts(String text) {
        return TableMarkup.lines(text).stream().map(SourceLine::text).toList();
    }

    @Test
    void pipeRowsSplitIntoCellsEmptyOnesKept() {
        assertEquals(List.of("201", "一般公共服务支出", "22,186,440.80", "", ""), PipeTables.cells("| 201 | 一般公共服务支出 | 22,186,440.80 |  |  |"));
        assertEquals(List.of("", "合计", "1"), PipeTables.cells("|  | 合计 | 1 |"));
        assertEquals(List.of("a|b", "c"), PipeTables.cells("a\\|b | c"), "an escaped pipe is text; outer pipes are optional");
        assertTrue(PipeTables.isDelimiter("|---|:---:|--:|"));
        assertTrue(PipeTables.isDelimiter(" --- | --- "));
        assertFalse(PipeTables.isDelimiter("| 201 | --- |"));
        assertFalse(PipeTables.isDelimiter("----"), "a markdown rule is no delimiter row");
    }

    @Test
    void aPipeTableIsRowsOnlyUnderADelimiterRow() {
        String md = "# 表\n\n编制部门：某局 单位：元\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---|\n| 201 | 一般公共服务支出 | 1.00 |\n|  | 合计 | 1.00 |\n\n注：a | b\n";
        List<SourceLine> lines = TableMarkup.lines(md);
        List<SourceLine> rows = lines.stream().filter(SourceLine::isRow).toList();
        assertEquals(3, rows.size());
        assertEquals(List.of("科目编码", "科目名称", "合计"), rows.get(0).cells());
        assertEquals(5, rows.get(0).number(), "the input line, for provenance");
        assertEquals(List.of("", "合计", "1.00"), rows.get(2).cells());
        assertEquals(8, rows.get(2).number());
        // a pipe in prose (no delimiter row under it) is text, as before
        assertNull(lines.get(lines.size() - 2).cells());
        assertEquals("注：a | b", lines.get(lines.size() - 2).text());
    }

    @Test
    void spansExpandIntoAGridTheTopLeftCellHoldingTheText() {
        Element table = Jsoup.parse("<table><tr><td colspan=\"4\">项目</td><td colspan=\"2\">收入预算</td></tr>"
                + "<tr><td colspan=\"3\">科目编码</td><td rowspan=\"2\">科目名称</td><td rowspan=\"2\">合计</td><td rowspan=\"2\">其他</td></tr>"
                + "<tr><td>类</td><td>款</td><td>项</td></tr>"
                + "<tr><td colspan=\"4\">合计</td><td>3.00</td><td></td></tr></table>").selectFirst("table");
        assertEquals(List.of(
                List.of("项目", "", "", "", "收入预算", ""),
                List.of("科目编码", "", "", "科目名称", "合计", "其他"),
                List.of("类", "款", "项", "", "", ""),
                List.of("合计", "", "", "", "3.00", "")), HtmlTables.grid(table));
    }

    /** A 类 and a 款 each printed once, spanning the rows they head (rowspan): each of those rows gets them. */
    @Test
    void aCodePartSpanningTheRowsItHeadsIsEachOfTheirs() {
        Element table = Jsoup.parse("<table><tr><td>类</td><td>款</td><td>项</td><td>科目名称</td><td>合计</td></tr>"
                + "<tr><td rowspan=\"3\">201</td><td></td><td></td><td>一般公共服务支出</td><td>3.00</td></tr>"
                + "<tr><td rowspan=\"2\">04</td><td></td><td>事业运行事务</td><td>3.00</td></tr>"
                + "<tr><td>50</td><td>事业运行</td><td>3.00</td></tr>"
                + "<tr><td rowspan=\"2\">合计</td><td></td><td></td><td></td><td>3.00</td></tr><tr><td></td><td></td><td></td><td></td></tr></table>").selectFirst("table");
        assertEquals(List.of(
                List.of("类", "款", "项", "科目名称", "合计"),
                List.of("201", "", "", "一般公共服务支出", "3.00"),
                List.of("201", "04", "", "事业运行事务", "3.00"),
                List.of("201", "04", "50", "事业运行", "3.00"),
                List.of("合计", "", "", "", "3.00"),
                List.of("", "", "", "", "")), HtmlTables.grid(table));
    }

    @Test
    void rowspanZeroAndOverlongSpansStopAtTheTable() {
        Element table = Jsoup.parse("<table><thead><tr><th rowspan=\"0\">a</th><th>b</th></tr></thead>"
                + "<tbody><tr><td>c</td></tr><tr><td rowspan=\"9\">d</td></tr></tbody></table>").selectFirst("table");
        assertEquals(List.of(List.of("a", "b"), List.of("", "c"), List.of("", "d")), HtmlTables.grid(table));
    }

    @Test
    void htmlInsideMarkdownGivesTextLinesAndRows() {
        String md = "<div style=\"text-align: center;\">2025年部门收入预算总表</div>\n\n编制部门：某局\n\n"
                + "<div><html><body><table border=\"1\"><tr><td>201</td><td>一般公共服务支出</td><td>1.00</td></tr>\n"
                + "<tr><td colspan=\"2\">合计</td><td>1.00</td></tr></table></body></html></div>\n注：<sup>1</sup>说明\n";
        List<SourceLine> lines = TableMarkup.lines(md);
        // (a blank line before the table: a table of its own starts)
        assertEquals(List.of("2025年部门收入预算总表", "", "编制部门：某局", "", "", "201\t一般公共服务支出\t1.00", "合计\t\t1.00", "注：<sup>1</sup>说明", ""),
                lines.stream().map(SourceLine::text).toList());
        assertEquals(5, lines.get(5).number());
        assertEquals(6, lines.get(6).number(), "each row numbered by the line its <tr> starts on");
    }

    @Test
    void aWholeHtmlDocumentReadsItsHeadingParagraphsAndTable() {
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n<h2>收入预算总表</h2>\n<p>单位：元</p>\n"
                + "<table>\n<thead><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr></thead>\n<tbody>\n"
                + "<tr><td>201</td><td>一般公共服务支出</td><td>1.00</td></tr>\n</tbody>\n</table>\n</body></html>\n";
        assertEquals(List.of("## 收入预算总表", "单位：元", "科目编码\t科目名称\t合计", "201\t一般公共服务支出\t1.00"),
                texts(html).stream().filter(s -> !s.isBlank()).toList());
    }

    @Test
    void theReaderMakesOneBlockOfEachMarkupTable() {
        String md = "# 2025年部门收入预算总表\n\n编制部门：某局 单位：元\n\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---|\n| 201 | 一般公共服务支出 | 1.00 |\n"
                + "\n# 2025年部门支出预算总表\n\n<table><tr><td>科目编码</td><td>科目名称</td><td>合计</td></tr><tr><td>201</td><td>一般公共服务支出</td><td>1.00</td></tr></table>\n";
        List<RawBlock> blocks = new TextTableReader().read(md);
        assertEquals(2, blocks.size());
        assertEquals("2025年部门收入预算总表", blocks.get(0).title());
        assertEquals(List.of("编制部门：某局 单位：元"), blocks.get(0).headerText());
        assertEquals(List.of("201", "一般公共服务支出", "1.00"), blocks.get(0).rows().get(1).texts());
        assertEquals("2025年部门支出预算总表", blocks.get(1).title());
        assertEquals(List.of("201", "一般公共服务支出", "1.00"), blocks.get(1).rows().get(1).texts());
    }

    @Test
    void aTabSeparatedRowThatStartsWithAnInlineTagStaysARow() {
        // the seed's 公开15表: a row whose first cell OCR wrapped in <b>
        SourceLine row = TableMarkup.lines("<b></b>\t 旨标\t服务对象满意度\t>=\t95\t%\t98\t5. 00\t5. 00\t无").get(0);
        assertEquals(10, row.cells().size());
        assertEquals("<b></b>", row.cells().get(0));
        assertEquals("<sup>5.</sup> 全年预算数", texts("<sup>5.</sup> 全年预算数").get(0));
    }
}

package io.gongkai.extract.text;

import io.gongkai.Gongkai;
import io.gongkai.error.InputException;
import io.gongkai.Samples;
import io.gongkai.raw.RawBlock;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTableReaderTest {

    @Test
    void blocksFollowHeadingsLabelsAndFootnotes() throws Exception {
        String seed = Files.readString(Samples.seed());
        List<RawBlock> blocks = new TextTableReader().read(seed);
        assertEquals(41, blocks.size());
        assertEquals("收入支出决算表", blocks.get(0).title());
        assertEquals("公开01表", blocks.get(0).printedNumber());
        assertTrue(blocks.get(0).notes().get(0).startsWith("注"));
        assertEquals("公开14老", blocks.get(13).printedNumber());
    }

    @Test
    void emptyInputIsAClearError(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(f));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void binaryJunkIsAClearError(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path f = Files.write(dir.resolve("junk.bin"), junk);
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(f));
        assertTrue(e.getMessage().contains("binary") || e.getMessage().contains("UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains(Gongkai.FORMATS_READ), "it says which formats are read: " + e.getMessage());
    }

    @Test
    void anOfficeFileSaysItIsNotReadAndWhatIs(@TempDir Path dir) throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(Files.write(dir.resolve("budget.xlsx"), zip)));
        assertTrue(e.getMessage().startsWith("budget.xlsx: a zip container (xlsx, docx, OFD?) is not read; Gongkai reads PDF"), e.getMessage());
        assertTrue(e.getMessage().contains("markdown pipe tables") && e.getMessage().contains("HTML <table>s"), e.getMessage());
        InputException rtf = assertThrows(InputException.class, () -> Gongkai.extract(Files.writeString(dir.resolve("a.rtf"), "{\\rtf1\\ansi 201\\tab 1.00}")));
        assertTrue(rtf.getMessage().contains("RTF is not read"), rtf.getMessage());
    }

    @Test
    void missingFileIsAClearError() {
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(Path.of("no-such-file.txt")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void proseYieldsNoTablesAndSaysSo(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("prose.md"), "# 关于2024年度部门决算公开的说明\n\n根据有关规定，现将本部门2024年度部门决算公开如下。\n\n一、部门职责\n负责全市工业和信息化工作。\n");
        Document d = Gongkai.extract(f);
        assertEquals(0, d.tables().size());
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.severity() == Diagnostic.Severity.ERROR && x.message().contains("no tables")));
        // and which forms of table it reads in a text
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.message().contains(TextTableReader.TABLE_FORMS)), d.diagnostics().toString());
    }

    @Test
    void aLatexTabularSaysItIsNotRead(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("nougat.md"), "# 收入预算总表\n\\begin{tabular}{|l|r|}\n201 & 1.00 \\\\\n\\end{tabular}\n");
        Document d = Gongkai.extract(f);
        assertEquals(0, d.tables().size());
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.message().contains("a LaTeX tabular is not read")), d.diagnostics().toString());
    }

    @Test
    void aTableCutOffMidRowIsFlaggedNotTrusted(@TempDir Path dir) throws Exception {
        // 公开03表 up to the middle of its 事业单位医疗 row
        List<String> lines = Files.readAllLines(Samples.seed(), StandardCharsets.UTF_8);
        int start = lines.indexOf("## 支出决算表");
        int cut = -1;
        for (int i = start; i < lines.size(); i++) if (lines.get(i).startsWith("210110\t2")) { cut = i; break; }
        String text = String.join("\n", lines.subList(start, cut)) + "\n" + lines.get(cut).substring(0, 30);
        Document d = Gongkai.extract(Files.writeString(dir.resolve("cut.txt"), text));
        Table t = d.tables().get(0);
        assertEquals("expenditure", t.templateId());
        // the rows after the cut are gone, so the 合计 cannot be checked against its parts, and nothing is invented for them
        assertTrue(t.checks().stream().filter(c -> c.identity().startsWith("expenditure/tree@total")).noneMatch(c -> c.status().holds()),
                "the 合计 is not confirmed by a cut table: " + t.checks());
        io.gongkai.model.Row cutRow = t.row("2101102").orElseThrow();
        assertEquals(0, new java.math.BigDecimal("473744.86").compareTo(cutRow.cell("1").orElseThrow().number()), "printed in full before the cut");
        assertTrue(cutRow.cells().subList(1, 6).stream().allMatch(c -> c.status() == io.gongkai.model.CellStatus.SUSPECT),
                "the cut value and the cells after it are not trusted: " + cutRow.cells());
        assertTrue(t.rows().stream().flatMap(r -> r.cells().stream()).noneMatch(c -> c.status() == io.gongkai.model.CellStatus.RECOVERED),
                "nothing is recovered from a cut table");
        assertTrue(t.diagnostics().stream().anyMatch(x -> x.message().contains("ends mid-row")), t.diagnostics().toString());
    }

    @Test
    void pdfInputIsReportedAsNotYetSupported(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("a.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(f));
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
    }

    /**
     * An HTML table written on one line, as MinerU writes it: each row its own line, so that what is keyed by a row's
     * line is its own. A two-sided 财政拨款收入支出决算表 so written warned of its right side's 行次 as an unmapped column
     * of amounts (its rows all on line 5, the header taken for data).
     */
    @Test
    void theRowsOfATableWrittenOnOneLineAreEachTheirOwnLine() throws Exception {
        String md = "# 财政拨款收入支出决算表\n\n公开04表\n\n部门:某局 金额单位:元\n\n<table border=\"1\">"
                + "<tr><td colspan=\"3\">收入</td><td colspan=\"6\">支出</td></tr>"
                + "<tr><td>项目</td><td>行次</td><td>决算数</td><td>项目(按功能分类)</td><td>行次</td><td>合计</td><td>一般公共预算财政拨款</td><td>政府性基金预算财政拨款</td><td>国有资本经营预算财政拨款</td></tr>"
                + "<tr><td>栏次</td><td></td><td>1</td><td>栏次</td><td></td><td>2</td><td>3</td><td>4</td><td>5</td></tr>"
                + "<tr><td>一、一般公共预算财政拨款</td><td>1</td><td>100.00</td><td>一、一般公共服务支出</td><td>33</td><td>100.00</td><td>100.00</td><td></td><td></td></tr>"
                + "<tr><td>本年收入合计</td><td>27</td><td>100.00</td><td>本年支出合计</td><td>59</td><td>100.00</td><td>100.00</td><td></td><td></td></tr>"
                + "<tr><td>年初财政拨款结转和结余</td><td>28</td><td>10.00</td><td>年末财政拨款结转和结余</td><td>60</td><td>10.00</td><td>10.00</td><td></td><td></td></tr>"
                + "<tr><td>一般公共预算财政拨款</td><td>29</td><td>10.00</td><td></td><td>61</td><td></td><td></td><td></td><td></td></tr>"
                + "<tr><td>总计</td><td>32</td><td>110.00</td><td>总计</td><td>64</td><td>110.00</td><td>110.00</td><td></td><td></td></tr></table>\n\n注:本表反映…\n";
        List<RawBlock> blocks = new io.gongkai.extract.text.TextTableReader().read(md);
        assertEquals(1, blocks.size());
        List<Integer> lines = blocks.get(0).rows().stream().map(io.gongkai.raw.RawRow::line).toList();
        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13, 14), lines);
        Path f = Files.createTempFile("one-line", ".md");
        try {
            Files.writeString(f, md);
            Document doc = Gongkai.extract(f);
            Table t = doc.tables().get(0);
            assertEquals("fiscal-appropriation-summary", t.templateId());
            assertEquals(List.of(), t.diagnostics().stream().map(Diagnostic::message).filter(m -> m.startsWith("unmapped column")).toList());
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /**
     * A markdown table an OCR tool wrote page by page, each part under the table's header printed again (trial137's
     * md-rep/function.md, from a real 功能分类 budget table): the header's lines were rows, two of them totals.
     */
    @Test
    void aHeaderPrintedAgainAfterFiguresContinuesTheTable(@TempDir Path dir) throws Exception {
        String head = "| 项目 | 项目 | 项目 | 项目 | 一般公共预算支出 | 一般公共预算支出 | 一般公共预算支出 |\n"
                + "|---|---|---|---|---|---|---|\n"
                + "| 功能分类科目编码 | 功能分类科目编码 | 功能分类科目编码 | 功能分类科目名称 | 合计 | 基本支出 | 项目支出 |\n"
                + "| 类 | 款 | 项 | 功能分类科目名称 | 合计 | 基本支出 | 项目支出 |\n";
        String md = "2025年部门一般公共预算支出功能分类预算表\n\n编制部门：上海市普陀区商务委员会　　单位：元\n\n" + head
                + "| 208 |  |  | 社会保障和就业支出 | 3,808,085.00 | 3,808,085.00 |  |\n"
                + "| 208 | 05 |  | 行政事业单位养老支出 | 3,808,085.00 | 3,808,085.00 |  |\n"
                + "| 208 | 05 | 01 | 行政单位离退休 | 1,661,216.00 | 1,661,216.00 |  |\n"
                + "| 208 | 05 | 02 | 事业单位离退休 | 17,280.00 | 17,280.00 |  |\n"
                + "| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 1,410,886.00 | 1,410,886.00 |  |\n\n" + head
                + "| 208 | 05 | 06 | 机关事业单位职业年金缴费支出 | 705,443.00 | 705,443.00 |  |\n"
                + "| 208 | 05 | 99 | 其他行政事业单位养老支出 | 13,260.00 | 13,260.00 |  |\n"
                + "|  |  |  | 合计 | 3,808,085.00 | 3,808,085.00 |  |\n";
        List<RawBlock> blocks = new TextTableReader().read(md);
        assertEquals(1, blocks.size());
        assertEquals(11, blocks.get(0).rows().size(), "3 header rows, 8 of figures: " + blocks.get(0).rows());
        Document doc = Gongkai.extract(Files.writeString(dir.resolve("function.md"), md));
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals("budget-general-expenditure", t.templateId());
        assertEquals(8, t.rows().size(), t.rows().toString());
        assertTrue(doc.allChecks().stream().allMatch(c -> c.status() == CheckStatus.PASS), doc.allChecks().toString());
        // the same as HTML on one line (a <table> a page), as PP-Structure writes it
        StringBuilder html = new StringBuilder("<html><body><p>2025年部门一般公共预算支出功能分类预算表</p><p>单位：元</p>");
        for (String part : md.substring(md.indexOf('|')).split("\n\n")) {
            html.append("<table>");
            for (String line : part.split("\n")) {
                if (line.startsWith("|---")) continue;
                html.append("<tr>");
                for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) html.append("<td>").append(cell.strip()).append("</td>");
                html.append("</tr>");
            }
            html.append("</table>");
        }
        Document fromHtml = Gongkai.extract(Files.writeString(dir.resolve("function.html"), html.append("</body></html>").toString()));
        assertEquals(8, fromHtml.tables().get(0).rows().size(), fromHtml.tables().get(0).rows().toString());
        assertTrue(fromHtml.allChecks().stream().allMatch(c -> c.status() == CheckStatus.PASS), fromHtml.allChecks().toString());
    }
}

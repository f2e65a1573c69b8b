package io.gongkai.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@code Gongkai.extract} on the text that OCR tools write (tab-separated rows, markdown pipe tables, HTML
 * tables): it returns a document or throws a GongkaiException, within {@link FuzzProperty#BOUND} an input
 * ({@link FuzzProperty}). Modes as {@link PdfFuzzTest}'s; failing inputs in
 * {@code src/test/resources/io/gongkai/fuzz/TextFuzzTestInputs/extractText/}.
 */
class TextFuzzTest {
    @MethodSource("io.gongkai.fuzz.FuzzSeeds#text")
    @DictionaryEntries({"\t", "|", "|---|", "# ", "## ", "公开01表", "公开05表", "公开14表", "金额单位:元", "单位：万元",
            "部门:", "编制部门：", "栏次", "行次", "合计", "总计", "小计", "本年收入合计", "本年支出合计", "一、", "二、", "(一)",
            "1.", "类", "款", "项", "2010101", "30201", "0.00", "1, 234. 56", "1.234.567,89", "—", "-", "<table>",
            "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<td rowspan=\"2\">", "<td colspan=\"3\">", "rowspan=\"999999\"",
            "colspan=\"-1\"", "<html>", "<body>", "&nbsp;", "$\\vdash$", "\\begin{tabular}", "%PDF-", "\uFEFF"})
    @FuzzTest(maxDuration = "25s")
    void extractText(byte[] input) throws Throwable {
        FuzzProperty.check(input, "fuzz.txt");
    }
}

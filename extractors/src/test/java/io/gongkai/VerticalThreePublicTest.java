package io.gongkai;

import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 三公 预算 table printed turned on its side (items as rows, one 预算数 column), as a newcomer printed 万里街道's: its
 * last row, 机关运行经费预算数 464.64, names the item with its measure, and came out blank, exit 0, nothing said.
 */
class VerticalThreePublicTest {
    private static final String HEAD = "2025年部门“三公”经费和机关运行经费预算表\n编制部门：上海市普陀区人民政府万里街道办事处\n\t单位：万元\n项目\t预算数\n"
            + "“三公”经费合计\t37.91\n1.因公出国(境)费\t0.00\n2.公务接待费\t1.35\n3.公务用车购置及运行费\t36.56\n"
            + "其中：公务用车购置费\t15.00\n公务用车运行费\t21.56\n";

    private static Table read(Path dir, String tail) throws Exception {
        Document doc = Gongkai.extract(Files.writeString(dir.resolve("three-public.tsv"), HEAD + tail, StandardCharsets.UTF_8));
        return doc.table("budget-three-public").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
    }

    @Test
    void anItemPrintedWithItsMeasureIsRead(@TempDir Path dir) throws Exception {
        Table t = read(dir, "机关运行经费预算数\t464.64\n");
        assertEquals(0, new BigDecimal("464.64").compareTo(t.cell("total", "7").orElseThrow().number()), t.rows().toString());
    }

    @Test
    void aRowOfFiguresNamingNoItemIsSaid(@TempDir Path dir) throws Exception {
        Table t = read(dir, "机关运行经费预算数\t464.64\n会议费预算数\t3.20\n");
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING && d.message().contains("会议费")),
                t.diagnostics().toString());
    }
}

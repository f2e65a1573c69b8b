package io.gongkai;

import io.gongkai.model.Cell;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cases of ../shared/cases whose text layer is not text (built from 上海市普陀区财政局部门25年预算.pdf after public
 * bug reports of other extractors): each is read by OCR and gives the values its EXPECTED.md lists (profile -Pcorpus).
 */
@Tag("corpus")
class ScannedCasesTest {
    private static Path cases() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared")).resolve("cases");
    }

    private static void assertValues(Table t, Map<String, String> expected) {
        expected.forEach((ref, value) -> {
            String[] rc = ref.split("@");
            Cell c = t.cell(rc[0], rc[1]).orElseThrow(() -> new AssertionError(ref + " not found in " + t.rows()));
            assertEquals(0, new BigDecimal(value).compareTo(c.number()), ref + ": " + c);
        });
    }

    @Test
    void aPageWhoseFontsHaveNoToUnicodeIsReadByOcr() {
        Document doc = Gongkai.extract(cases().resolve("no-tounicode/budget-summary-no-tounicode.pdf"), Options.builder().ocr(Options.Ocr.PADDLE).build());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("without Unicode") && d.message().contains("read again by OCR")), doc.diagnostics().toString());
        assertEquals("上海市普陀区财政局", doc.department());
        assertEquals(2025, doc.year());
        Table t = doc.table("budget-summary").orElseThrow();
        assertEquals(MoneyUnit.YUAN, t.unit());
        assertValues(t, Map.of(
                "income:财政拨款收入@1", "31214205.80", "income:一般公共预算资金@1", "31214205.80",
                "expenditure:一般公共服务支出@2", "22186440.80", "expenditure:卫生健康支出@2", "782164.00",
                "expenditure:住房保障支出@2", "4736957.00", "income-total@1", "31214205.80", "expenditure-total@2", "31214205.80"));
    }

    @Test
    void aPageWhoseTextIsDrawnAsOutlinesIsReadByOcr() {
        Document doc = Gongkai.extract(cases().resolve("text-as-curves/appropriation-summary-curves.pdf"), Options.builder().ocr(Options.Ocr.PADDLE).build());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("outlines") && d.message().contains("read by OCR")), doc.diagnostics().toString());
        assertEquals("上海市普陀区财政局", doc.department());
        Table t = doc.table("budget-fiscal-appropriation-summary").orElseThrow();
        assertEquals(MoneyUnit.YUAN, t.unit());
        assertValues(t, Map.of(
                "income:一般公共预算资金@1", "31214205.80", "expenditure:一般公共服务支出@2", "22186440.80",
                "expenditure:社会保障和就业支出@3", "3508644.00", "expenditure:卫生健康支出@2", "782164.00",
                "expenditure:住房保障支出@2", "4736957.00", "income-total@1", "31214205.80", "expenditure-total@3", "31214205.80"));
        // with OCR off the page is said to be unread, never given as an empty table
        Document off = Gongkai.extract(cases().resolve("text-as-curves/appropriation-summary-curves.pdf"), Options.builder().noOcr().build());
        assertTrue(off.diagnostics().stream().anyMatch(d -> d.message().contains("not read")), off.diagnostics().toString());
    }
}

package io.gongkai;

import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The case ../shared/cases/fake-bold (profile -Pcorpus): pages 9 and 14 of 上海市普陀区财政局部门25年预算.pdf with every
 * text block drawn a second time 0.6 pt to the right, as office programs make bold. Each character is read once: the
 * values of its EXPECTED.md, and cell for cell what the clean pages give.
 */
@Tag("corpus")
class FakeBoldCaseTest {
    private static Path shared() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared"));
    }

    private static final Path FAKE_BOLD = shared().resolve("cases/fake-bold/budget-summaries-fake-bold.pdf");
    private static final Path CLEAN = shared().resolve("corpus/budgets/上海市普陀区财政局部门25年预算.pdf");

    private static void assertValues(Table t, Map<String, String> expected) {
        expected.forEach((ref, value) -> {
            String[] rc = ref.split("@");
            Cell c = t.cell(rc[0], rc[1]).orElseThrow(() -> new AssertionError(ref + " not found in " + t.rows()));
            assertEquals(0, new BigDecimal(value).compareTo(c.number()), ref + ": " + c);
        });
    }

    /** Where a cell sits on its page, in points (the page number left out: the case's pages are 1 and 2). */
    private static String at(Box b) {
        return b == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f,%.2f %.2fx%.2f", b.x(), b.y(), b.width(), b.height());
    }

    /**
     * Every row of a table as its key, label and cells (column, text as printed, value, where it sits, status): what a
     * reader sees.
     */
    private static List<String> cells(Table t) {
        List<String> out = new ArrayList<>();
        out.add(t.templateId() + " " + t.title() + " " + t.unit());
        for (Row r : t.rows()) {
            StringBuilder s = new StringBuilder(r.key().value() + " | " + r.label());
            for (Cell c : r.cells()) s.append(" | ").append(c.column()).append('=').append(c.text()).append(" raw ").append(c.raw()).append(" at ").append(at(c.box())).append(" ").append(c.number()).append(' ').append(c.status());
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void textDrawnTwiceToLookBoldIsReadOnce() {
        Document doc = Gongkai.extract(FAKE_BOLD);
        assertEquals("上海市普陀区财政局", doc.department());
        assertEquals(2025, doc.year());
        assertEquals(MoneyUnit.YUAN, doc.unit());
        assertEquals(2, doc.tables().size());
        Table summary = doc.tables().get(0), fiscal = doc.tables().get(1);
        assertEquals("budget-summary", summary.templateId());
        assertEquals("2025年部门财务收支预算总表", summary.title());
        assertEquals(13, summary.rows().size());
        assertEquals("budget-fiscal-appropriation-summary", fiscal.templateId());
        assertEquals("2025年部门财政拨款收支预算总表", fiscal.title());
        assertEquals(9, fiscal.rows().size());
        assertValues(summary, Map.of(
                "income:财政拨款收入@1", "31214205.80", "expenditure:一般公共服务支出@2", "22186440.80",
                "expenditure:社会保障和就业支出@2", "3508644.00", "expenditure-total@2", "31214205.80"));
        assertValues(fiscal, Map.of(
                "income:一般公共预算资金@1", "31214205.80", "expenditure:卫生健康支出@2", "782164.00",
                "expenditure:住房保障支出@3", "4736957.00", "expenditure-total@2", "31214205.80"));
        assertEquals(20, doc.statusCounts().get(CellStatus.OK));
        assertEquals(0, doc.statusCounts().get(CellStatus.SUSPECT));
        assertEquals(16, doc.checkCounts().get(CheckStatus.PASS));
        assertEquals(0, doc.checkCounts().get(CheckStatus.FAIL));
    }

    /** The fake-bold pages give, cell for cell, what the same pages of the published PDF give. */
    @Test
    void theFakeBoldPagesReadAsTheCleanPages() {
        Document bold = Gongkai.extract(FAKE_BOLD);
        Document clean = Gongkai.extract(CLEAN, Options.builder().pages("9,14").build());
        assertEquals(clean.department(), bold.department());
        assertEquals(clean.year(), bold.year());
        assertEquals(clean.unit(), bold.unit());
        assertEquals(clean.tables().size(), bold.tables().size());
        for (int i = 0; i < clean.tables().size(); i++) {
            assertEquals(cells(clean.tables().get(i)), cells(bold.tables().get(i)), clean.tables().get(i).ref());
        }
        assertEquals(clean.statusCounts(), bold.statusCounts());
        assertEquals(clean.checkCounts(), bold.checkCounts());
    }
}

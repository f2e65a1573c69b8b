package io.gongkai;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case ../shared/cases/horizontal-rules-only (profile -Pcorpus): page 12 of 上海市普陀区财政局部门25年预算.pdf (2025年部门
 * 支出预算总表) with its vertical rulings removed, and with no rulings at all. The default engine reads either by text
 * alignment (rows from the horizontal rules where they are kept), says so, and gives the values of its EXPECTED.md and,
 * cell for cell, what the ruled page gives; so does the stream engine.
 */
@Tag("corpus")
class HorizontalRulesCaseTest {
    private static Path shared() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared"));
    }

    private static final Path CASE = shared().resolve("cases/horizontal-rules-only");
    private static final Path RULED = shared().resolve("corpus/budgets/上海市普陀区财政局部门25年预算.pdf");

    private static final List<String> CODES = List.of("201", "20106", "2010601", "2010602", "2010607", "2010608",
            "208", "20805", "2080501", "2080505", "2080506", "2080599");

    /** Every row as its key, label and cells (column, text as printed, value, status); boxes left out (no column lines). */
    private static List<String> cells(Table t) {
        List<String> out = new ArrayList<>();
        out.add(t.templateId() + " " + t.title() + " " + t.unit());
        for (Row r : t.rows()) {
            StringBuilder s = new StringBuilder(r.key().value() + " | " + r.label());
            for (Cell c : r.cells()) s.append(" | ").append(c.column()).append('=').append(c.text()).append(" raw ").append(c.raw()).append(' ').append(c.number()).append(' ').append(c.status());
            out.add(s.toString());
        }
        return out;
    }

    private static void assertValue(Table t, String row, String column, String value) {
        Cell c = t.cell(row, column).orElseThrow(() -> new AssertionError(row + "@" + column + " not found in " + t.rows()));
        if (value == null) assertEquals(CellStatus.EMPTY, c.status(), row + "@" + column + ": " + c);
        else assertEquals(0, new BigDecimal(value).compareTo(c.number()), row + "@" + column + ": " + c);
    }

    private static void assertExpected(Document doc, String file) {
        assertEquals("上海市普陀区财政局", doc.department(), file);
        assertEquals(2025, doc.year(), file);
        assertEquals(MoneyUnit.YUAN, doc.unit(), file);
        assertEquals(1, doc.tables().size(), file);
        Table t = doc.tables().get(0);
        assertEquals("budget-expenditure", t.templateId(), file);
        assertEquals("2025年部门支出预算总表", t.title(), file);
        assertEquals(MoneyUnit.YUAN, t.unit(), file);
        assertEquals(CODES, t.rows().stream().map(r -> r.key().value()).toList(), file);
        assertEquals("行政运行", t.row("2010601").orElseThrow().label(), file);
        assertValue(t, "201", "1", "22186440.80");
        assertValue(t, "2010601", "1", "16231840.80");
        assertValue(t, "2010601", "2", "16093326.00");
        assertValue(t, "2010601", "3", "138514.80");
        assertValue(t, "2010602", "2", null);
        assertValue(t, "2010608", "3", "4188000.00");
        assertValue(t, "2080501", "2", "877080.00");
        assertValue(t, "2080599", "1", "9620.00");
        assertEquals(27, doc.statusCounts().get(CellStatus.OK), file);
        assertEquals(0, doc.statusCounts().get(CellStatus.SUSPECT), file);
        assertEquals(24, doc.checkCounts().get(CheckStatus.PASS), file);
        assertEquals(24, doc.allChecks().size(), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"expenditure-hrules.pdf", "expenditure-norules.pdf"})
    void theDefaultEngineReadsTheTableByTextAlignmentAndSaysSo(String file) {
        Document doc = Gongkai.extract(CASE.resolve(file));
        assertExpected(doc, file);
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().equals(
                "page 1: no ruled table; read by text alignment as budget-expenditure, 12 rows, every figure an identity reads confirmed by it")), doc.diagnostics().toString());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.message().contains("hold no ruled table")), doc.diagnostics().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"expenditure-hrules.pdf", "expenditure-norules.pdf"})
    void theStreamEngineReadsTheSame(String file) {
        assertExpected(Gongkai.extract(CASE.resolve(file), Options.builder().engine(Options.Engine.STREAM).build()), file);
    }

    /** Either page gives, cell for cell, what the ruled page of the published PDF gives. */
    @ParameterizedTest
    @ValueSource(strings = {"expenditure-hrules.pdf", "expenditure-norules.pdf"})
    void theOpenPagesReadAsTheRuledPage(String file) {
        Document open = Gongkai.extract(CASE.resolve(file));
        Document ruled = Gongkai.extract(RULED, Options.builder().pages("12").build());
        assertEquals(1, ruled.tables().size());
        assertEquals(cells(ruled.tables().get(0)), cells(open.tables().get(0)), file);
        assertEquals(ruled.statusCounts(), open.statusCounts(), file);
        assertEquals(ruled.checkCounts(), open.checkCounts(), file);
    }
}

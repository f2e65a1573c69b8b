package io.gongkai.extract.text;

import io.gongkai.Gongkai;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case ../shared/cases/ocr-markdown-html (profile -Pcorpus): the 2025年部门收入预算总表 of 上海市普陀区财政局 as other
 * OCR tools write it (a markdown pipe table, MinerU's and PP-StructureV3's HTML tables, a pipe table with OCR artefacts
 * in 7 amounts) and tab-separated (the control). Every file reads as the EXPECTED.md says: budget-income in 元, 20 rows,
 * 40 amounts and 60 empty cells, the clean PDF's values, every check passing.
 */
@Tag("corpus")
class OcrMarkupCorpusTest {
    /** The artefact amounts of pipe-table-ocr-digits.md: row, column, as printed. */
    private static final Map<String, String> ARTEFACTS = Map.of(
            "201/1", "22,186,440。80", "2010601/1", "16 231 840.80", "2010607/1", "1666600·00", "2010608/1", "4, 188, 000. 00",
            "2080505/2", "1, 748, 327. 00", "221/1", "4 736 957.00", "total/1", "31,214,205。80");

    private static Path file(String name) {
        return Path.of(System.getProperty("gongkai.shared", "../../shared")).resolve("cases/ocr-markdown-html").resolve(name);
    }

    private static void assertAmount(Table t, String row, String column, String expected) {
        Cell c = t.cell(row, column).orElseThrow(() -> new AssertionError(row + "." + column));
        assertEquals(0, new BigDecimal(expected).compareTo(c.number()), row + "." + column + ": " + c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab-separated.txt", "pipe-table.md", "mineru-html-table.md", "ppstructure-html-table.md", "pipe-table-ocr-digits.md"})
    void readsAsTheCleanTable(String name) {
        Document doc = Gongkai.extract(file(name));
        assertEquals("上海市普陀区财政局", doc.department());
        assertEquals(1, doc.tables().size(), doc.diagnostics().toString());
        Table t = doc.tables().get(0);
        assertEquals("budget-income", t.templateId());
        assertEquals(MoneyUnit.YUAN, t.unit());
        assertEquals(20, t.rows().size());
        // the EXPECTED.md values (column 1 合计, 2 财政拨款收入, 3 事业收入)
        assertAmount(t, "201", "1", "22186440.80");
        assertAmount(t, "2010601", "1", "16231840.80");
        assertAmount(t, "2010607", "1", "1666600.00");
        assertAmount(t, "2010608", "1", "4188000.00");
        assertAmount(t, "2080505", "2", "1748327.00");
        assertAmount(t, "221", "1", "4736957.00");
        assertAmount(t, "2210203", "1", "2687760.00");
        assertAmount(t, "total", "1", "31214205.80");
        assertEquals(CellStatus.EMPTY, t.cell("total", "3").orElseThrow().status());
        assertEquals(40, t.amountCount());
        Map<CellStatus, Integer> counts = t.statusCounts();
        boolean artefacts = name.equals("pipe-table-ocr-digits.md");
        assertEquals(artefacts ? 33 : 40, counts.get(CellStatus.OK), counts.toString());
        assertEquals(artefacts ? 7 : 0, counts.get(CellStatus.REPAIRED), counts.toString());
        assertEquals(0, counts.get(CellStatus.SUSPECT) + counts.get(CellStatus.RECOVERED), counts.toString());
        assertEquals(60, counts.get(CellStatus.EMPTY), counts.toString());
        assertEquals(65, doc.checkCounts().get(CheckStatus.PASS), doc.checkCounts().toString());
        assertEquals(0, doc.checkCounts().get(CheckStatus.FAIL) + doc.checkCounts().get(CheckStatus.UNVERIFIABLE), doc.checkCounts().toString());
        // all 100 cells as the control reads them
        assertEquals(cells(Gongkai.extract(file("tab-separated.txt")).tables().get(0)), cells(t));
    }

    /** Each artefact amount is read as the number it shows, with the repair noted on its cell. */
    @ParameterizedTest
    @ValueSource(strings = {"pipe-table-ocr-digits.md"})
    void artefactAmountsAreRepairsNoted(String name) {
        Table t = Gongkai.extract(file(name)).tables().get(0);
        for (var e : ARTEFACTS.entrySet()) {
            String[] at = e.getKey().split("/");
            Cell c = t.cell(at[0], at[1]).orElseThrow();
            assertEquals(CellStatus.REPAIRED, c.status(), e.getKey());
            assertEquals(e.getValue(), c.raw(), e.getKey());
            assertTrue(c.repairs().stream().map(Repair::kind).anyMatch(k -> List.of(RepairKind.POINT_GLYPH, RepairKind.SPACE_SEPARATORS, io.gongkai.model.RepairKind.SPACED_SEPARATORS).contains(k)),
                    e.getKey() + ": " + c.repairs());
        }
    }

    private static List<String> cells(Table t) {
        List<String> out = new ArrayList<>();
        for (Row r : t.rows()) for (Cell c : r.cells()) out.add(r.key().value() + "." + c.column() + "=" + (c.number() == null ? c.text() : c.number().toPlainString()));
        return out;
    }
}

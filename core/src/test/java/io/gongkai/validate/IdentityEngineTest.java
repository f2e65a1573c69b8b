package io.gongkai.validate;

import io.gongkai.assemble.CellReader;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Identification;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The identity engine on small 支出决算表 (template {@code expenditure}: 合计 = Σ项, 1 = 2 + 3 + 4 + 5 + 6). */
class IdentityEngineTest {
    private final IdentityEngine engine = new IdentityEngine(TemplateCatalog.builtIn());

    /** One row: key then the six column strings. */
    private static Row row(String key, String... values) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) cells.add(CellReader.read(RawCell.of(i < values.length ? values[i] : "0.00"), Integer.toString(i + 1), Column.Kind.MONEY));
        RowKey k = key.equals("total") ? RowKey.total() : RowKey.functionCode(key);
        return new Row(k, key, cells, List.of(), 0);
    }

    /** One row read by OCR once ({@code confidence}) or corroborated: key then the six column strings. */
    private static Row ocrRow(double confidence, String key, String... values) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) cells.add(CellReader.read(new RawCell(i < values.length ? values[i] : "0.00", null, confidence), Integer.toString(i + 1), Column.Kind.MONEY));
        return new Row(key.equals("total") ? RowKey.total() : RowKey.functionCode(key), key, cells, List.of(), 0);
    }

    /** The row with the figures of {@code columns} (1-based) read again at {@link io.gongkai.model.Confidence#MENDED}: in doubt from their glyphs. */
    private static Row mended(Row r, int... columns) {
        List<Cell> cells = new ArrayList<>(r.cells());
        for (int col : columns) cells.set(col - 1, CellReader.read(new RawCell(r.cells().get(col - 1).raw(), null, io.gongkai.model.Confidence.MENDED), Integer.toString(col), Column.Kind.MONEY));
        return new Row(r.key(), r.label(), cells, r.repairs(), r.line());
    }

    private static Document doc(MoneyUnit unit, Row... rows) {
        List<Column> cols = new ArrayList<>();
        for (int i = 1; i <= 6; i++) cols.add(new Column(Integer.toString(i), List.of(), Column.Kind.MONEY));
        Table t = new Table("T01", "expenditure", "公开03表", "支出决算表", unit, new io.gongkai.model.UnitSource(io.gongkai.model.UnitSource.Kind.HEADER, "单位：" + unit.label()), List.of(), cols, List.of(rows), List.of(),
                new Identification("expenditure", 1, List.of()), List.of(), List.of(), 0);
        return new Document("test", "", "部门", 2024, DocumentKind.FINAL, unit, List.of(t), List.of(), List.of());
    }

    private static Cell cell(Document d, String row, String col) {
        return d.tables().get(0).cell(row, col).orElseThrow();
    }

    private static Check check(Document d, String id) {
        return d.allChecks().stream().filter(c -> c.identity().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everythingAddsUp() {
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "300.00", "100.00", "200.00"),
                row("2010450", "100.00", "100.00", "0.00"),
                row("2080501", "200.00", "0.00", "200.00")));
        assertTrue(d.allChecks().stream().allMatch(c -> c.status() == CheckStatus.PASS), d.allChecks().toString());
        assertEquals(CellStatus.OK, cell(d, "total", "1").status());
    }

    @Test
    void aLostValueIsRecoveredAndSaysSo() {
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "300.00", "100.00", "200.00"),
                row("2010450", "100.00", "100.00", "0.00"),
                row("2080501", "", "0.00", "200.00")));
        Cell c = cell(d, "2080501", "1");
        assertEquals(CellStatus.RECOVERED, c.status());
        assertEquals(0, new BigDecimal("200.00").compareTo(c.number()));
        assertTrue(c.repairs().get(c.repairs().size() - 1).kind().equals(io.gongkai.model.RepairKind.IDENTITY_RECOVERED));
        assertEquals(CheckStatus.PASS, check(d, "expenditure/tree@total.1").status());
    }

    @Test
    void aTruncatedValueIsPinnedByItsRange() {
        // "79, 980. 0": one digit lost, the identity fixes it to 79980.00
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "79, 980. 00", "79,980.00", "0.00"),
                row("2010450", "79, 980. 0", "79,980.00", "0.00")));
        Cell c = cell(d, "2010450", "1");
        assertEquals(CellStatus.RECOVERED, c.status());
        assertEquals(new BigDecimal("79980.00"), c.number());
    }

    @Test
    void aPublisherErrorStaysAFailure() {
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "300.00", "100.00", "200.00"),
                row("2010450", "100.00", "100.00", "0.00"),
                row("2080501", "191.11", "0.00", "191.11")));
        Check c = check(d, "expenditure/tree@total.1");
        assertEquals(CheckStatus.FAIL, c.status());
        assertEquals(new BigDecimal("8.89"), c.difference());
        assertEquals(0, new BigDecimal("191.11").compareTo(cell(d, "2080501", "1").number()), "a source value is never changed");
    }

    @Test
    void roundedTablesAllowRoundingButNotMore() {
        // 万元: a total may differ from its rounded parts by 0.01
        Document ok = engine.validate(doc(MoneyUnit.WAN_YUAN,
                row("total", "10.01", "3.34", "6.67"),
                row("2010450", "3.34", "3.34", "0.00"),
                row("2080501", "6.66", "0.00", "6.67")));
        assertEquals(CheckStatus.ROUNDING, check(ok, "expenditure/tree@total.1").status());
        assertEquals(CheckStatus.ROUNDING, check(ok, "expenditure/row-total@2080501").status());
        Document bad = engine.validate(doc(MoneyUnit.WAN_YUAN,
                row("total", "10.50", "3.34", "6.67"),
                row("2010450", "3.34", "3.34", "0.00"),
                row("2080501", "6.66", "0.00", "6.67")));
        assertEquals(CheckStatus.FAIL, check(bad, "expenditure/tree@total.1").status());
    }

    /**
     * Each figure is allowed half a unit of its own last printed digit: a whole-元 figure among figures with 分 may hide
     * up to 0.5 元 (the 司法局 2026 unit budget, p8: 合计 79,189,400.34 over 人员经费 and 公用经费 in whole 元), a 6.4 万元
     * up to 0.05 万元. The printed digits are never replaced.
     */
    @Test
    void eachFigureIsRoundedToItsOwnPrintedPrecision() {
        Document yuan = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "22,118,861.34", "20,374,181.00", "1,744,680.34"),
                row("2010450", "20,374,181.00", "20,374,181.00", "0.00"),
                row("2080501", "1,744,680", "0.00", "1,744,680.34")));
        assertEquals(CheckStatus.ROUNDING, check(yuan, "expenditure/tree@total.1").status());
        assertEquals(CheckStatus.ROUNDING, check(yuan, "expenditure/row-total@2080501").status());
        Cell whole = cell(yuan, "2080501", "1");
        assertEquals(CellStatus.OK, whole.status());
        assertEquals(new BigDecimal("1744680"), whole.number(), "a printed number is never replaced by other digits");
        // more than half a unit of the whole-元 figure is a failure
        Document off = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "22,118,861.64", "20,374,181.00", "1,744,680.64"),
                row("2010450", "20,374,181.00", "20,374,181.00", "0.00"),
                row("2080501", "1,744,680", "0.00", "1,744,680.64")));
        assertEquals(CheckStatus.FAIL, check(off, "expenditure/tree@total.1").status());
        // 万元: 6.4 beside figures to 0.01 万元 may hide 0.05 万元
        Document wan = engine.validate(doc(MoneyUnit.WAN_YUAN,
                row("total", "10.04", "3.61", "6.43"),
                row("2010450", "3.61", "3.61", "0.00"),
                row("2080501", "6.4", "0.00", "6.43")));
        assertEquals(CheckStatus.ROUNDING, check(wan, "expenditure/tree@total.1").status());
        assertEquals(CellStatus.OK, cell(wan, "2080501", "1").status());
        assertEquals(new BigDecimal("6.4"), cell(wan, "2080501", "1").number());
    }

    @Test
    void yuanTablesAddUpExactly() {
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "300.01", "100.00", "200.00"),
                row("2010450", "100.00", "100.00", "0.00"),
                row("2080501", "200.00", "0.00", "200.00")));
        assertEquals(CheckStatus.FAIL, check(d, "expenditure/tree@total.1").status());
    }

    @Test
    void twoLostValuesInOneSumStayUnknown() {
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "300.00", "", "200.00"),
                row("2010450", "100.00", "", "0.00"),
                row("2080501", "200.00", "0.00", "200.00")));
        // column 2: total and one part lost, but the row identity 1 = 2 + 3 + … pins both
        assertEquals(CellStatus.RECOVERED, cell(d, "total", "2").status());
        assertEquals(0, new BigDecimal("100").compareTo(cell(d, "2010450", "2").number()));
        Document d2 = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "", "", "200.00"),
                row("2010450", "", "", "0.00"),
                row("2080501", "200.00", "0.00", "200.00")));
        assertEquals(CheckStatus.UNVERIFIABLE, check(d2, "expenditure/tree@total.1").status());
        // taken as 0 the blanks fail 合计 = Σ项 (0 ≠ 0 + 200): a figure was lost, and the blanks say so, their values unknown
        for (String row : List.of("total", "2010450")) {
            Cell blank = cell(d2, row, "1");
            assertEquals(CellStatus.SUSPECT, blank.status(), blank.toString());
            assertEquals(null, blank.number());
            assertEquals(io.gongkai.model.RepairKind.BLANK_CONTRADICTED, blank.repairs().get(blank.repairs().size() - 1).kind());
        }
    }

    @Test
    void aBlankTotalOverPartsThatPrintFiguresIsFlaggedEvenWithAPartUnsure() {
        // 合计 read blank over a part read and a part unsure (1?0.00, no value): 合计 = Σ项 cannot be decided, yet the
        // 100 read says 合计 is no 0
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "", "", ""),
                row("2010450", "100.00", "100.00", "0.00"),
                row("2080501", "1?0.00", "", "")));
        Cell total = cell(d, "total", "1");
        assertEquals(CellStatus.SUSPECT, total.status(), total.toString());
        assertEquals(io.gongkai.model.RepairKind.BLANK_CONTRADICTED, total.repairs().get(total.repairs().size() - 1).kind());
    }

    @Test
    void aFigureRecoveredIntoABlankOfAnOcrTableThatNoIdentityVerifiesIsFlagged() {
        // OCR read the 项's 合计 blank (and was sure of it: nothing there) where its parts say 300. Two identities hold
        // over the value (the row's parts, and its 款 above), but the 款 is an OCR figure in a row that fails its own
        // sum: it confirms nothing, and the value is one identity's guess from OCR figures. It was given out
        // "recovered" and unflagged (a photo of a 7 pt table: a blank came back as 1,044,416.28 so)
        List<Cell> cells = new ArrayList<>();
        String[] values = {"", "100.00", "200.00", "0.00", "0.00", "0.00"};
        for (int i = 0; i < values.length; i++) {
            cells.add(CellReader.read(new RawCell(values[i], null, i == 0 ? 1.0 : 0.95), Integer.toString(i + 1), Column.Kind.MONEY));
        }
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(0.95, "20805", "300.00", "100.00", "777.00"),
                new Row(RowKey.functionCode("2080501"), "2080501", cells, List.of(), 0)));
        Cell c = cell(d, "2080501", "1");
        assertEquals(0, new BigDecimal("300.00").compareTo(c.number()), c.toString());
        assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
    }

    /**
     * A document of one table of one row ({@code key}) of money columns 1, 2, … read from {@code values} at
     * {@code confidence} (below 1: OCR), validated.
     */
    private Document oneRow(String template, String title, MoneyUnit unit, DocumentKind kind, RowKey key, String label, double confidence, String... values) {
        return oneRow(List.of(), template, title, unit, kind, key, label, confidence, values);
    }

    /** {@link #oneRow(String, String, MoneyUnit, DocumentKind, RowKey, String, double, String...)}, its table with these diagnostics. */
    private Document oneRow(List<io.gongkai.model.Diagnostic> diagnostics, String template, String title, MoneyUnit unit, DocumentKind kind, RowKey key, String label, double confidence, String... values) {
        List<Column> cols = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int i = 1; i <= values.length; i++) {
            cols.add(new Column(Integer.toString(i), List.of(), Column.Kind.MONEY));
            cells.add(CellReader.read(new RawCell(values[i - 1], null, confidence), Integer.toString(i), Column.Kind.MONEY));
        }
        Table t = new Table("T01", template, null, title, unit, new io.gongkai.model.UnitSource(io.gongkai.model.UnitSource.Kind.HEADER, "单位：" + unit.label()),
                List.of(), cols, List.of(new Row(key, label, cells, List.of(), 0)), List.of(), new Identification(template, 1, List.of()), List.of(), diagnostics, 0);
        return engine.validate(new Document("test", "", "部门", 2025, kind, unit, List.of(t), List.of(), List.of()));
    }

    @Test
    void aBlankInATableWithAnUnmappedColumnOfAmountsIsFlagged() {
        // a seal ring's flank taken for a rule (a gray copy of 万里街道's 经济分类 table): one column too many, each 人员经费
        // figure read under 公用经费 and the true 公用经费 column left unmapped; 对个人和家庭的补助 came out 合计 275,460 =
        // 人员经费 blank + 公用经费 275,460, the sum holding, the blank unflagged where 275,460 is printed
        List<io.gongkai.model.Diagnostic> unmapped = List.of(new io.gongkai.model.Diagnostic(io.gongkai.model.Diagnostic.Severity.ERROR, "T01",
                io.gongkai.model.Diagnostic.UNMAPPED_COLUMN + ": T01 (…), page 1: grid column 7 headed '公用经费' prints amounts on 20 rows"));
        for (List<io.gongkai.model.Diagnostic> diagnostics : List.of(unmapped, List.<io.gongkai.model.Diagnostic>of())) {
            Document d = oneRow(diagnostics, "budget-basic-economic", "2025年部门一般公共预算基本支出部门预算经济分类预算表", MoneyUnit.YUAN,
                    DocumentKind.BUDGET, RowKey.economicCode("303"), "对个人和家庭的补助", 0.9, "275,460", "", "275,460");
            Cell blank = cell(d, "303", "2");
            assertNull(blank.number(), blank.toString());
            // without the unmapped column the sum holds only through two readings of one figure no identity verifies:
            // the blank may be where it was printed (a stain's rule moved 881,803 from 财政拨款收入 to 事业收入 so)
            assertEquals(CellStatus.SUSPECT, blank.status(), blank.toString());
        }
        // a text's grid is the publisher's own: a blank beside a column no template column reads is a blank
        Document text = oneRow(unmapped, "budget-basic-economic", "2025年部门一般公共预算基本支出部门预算经济分类预算表", MoneyUnit.YUAN,
                DocumentKind.BUDGET, RowKey.economicCode("303"), "对个人和家庭的补助", 1.0, "275,460", "", "275,460");
        assertEquals(CellStatus.EMPTY, cell(text, "303", "2").status());
    }

    @Test
    void aBlankBesideAnOcrCellReadAsNoNumberIsFlagged() {
        // a photo of a 7 pt 公开05表: figures run together into 本年支出 ("4334861] 4334861] 0.00") and 基本支出, 人员经费
        // and 公用经费 read blank. 8 = 9 + 10 holds over the three blanks, so no identity is left undecided over 人员经费:
        // it came out empty and unflagged where 433,486.61 is printed
        String[] values = new String[16];
        for (int i = 1; i <= 16; i++) values[i - 1] = i == 7 ? "4334861] 4334861] 0.00" : i >= 8 && i <= 10 ? "" : "0.00";
        Document d = oneRow("general-budget-expenditure", "一般公共预算财政拨款支出决算表", MoneyUnit.YUAN, DocumentKind.FINAL,
                RowKey.functionCode("2101199"), "其他行政事业单位医疗支出", 0.9, values);
        Cell blank = cell(d, "2101199", "9");
        assertNull(blank.number(), blank.toString());
        assertEquals(CellStatus.SUSPECT, blank.status(), blank.toString());
    }

    @Test
    void aBlankBesideATextCellOfFiguresRunTogetherIsFlagged() {
        // a borderless table LibreOffice Calc printed from a CSV, read by alignment: both figures of a row in 人员经费
        // ("98950260 98950260"), 合计 blank and shown empty, unflagged, where 98,950,260 is printed
        Document d = oneRow("budget-basic-economic", "2025年预算单位一般公共预算基本支出部门预算经济分类预算表", MoneyUnit.YUAN, DocumentKind.BUDGET,
                RowKey.economicCode("301"), "工资福利支出", 1.0, "", "98950260 98950260", "");
        for (String column : List.of("1", "3")) {
            Cell blank = cell(d, "301", column);
            assertNull(blank.number(), blank.toString());
            assertEquals(CellStatus.SUSPECT, blank.status(), blank.toString());
            assertTrue(blank.repairs().stream().anyMatch(x -> x.kind().equals(io.gongkai.model.RepairKind.BLANK_UNPLACED)), blank.toString());
        }
    }

    @Test
    void aBlankNoIdentityChecksBesideAContradictedFigureIsFlagged() {
        // a borderless 三公 table read by alignment: 机关运行经费's 171.01 put under 购置费 (小计 = 购置费 + 运行费 fails over
        // it), 机关运行经费, which no identity checks, blank and shown empty where 171.01 is printed
        Document d = oneRow("budget-three-public", "2025年部门“三公”经费和机关运行经费预算表", MoneyUnit.WAN_YUAN, DocumentKind.BUDGET,
                RowKey.total(), "合计", 1.0, "1.00", "", "1.00", "", "171.01", "", "");
        Cell blank = cell(d, "total", "7");
        assertEquals(CellStatus.SUSPECT, blank.status(), blank.toString());
        assertTrue(blank.repairs().stream().anyMatch(x -> x.kind().equals(io.gongkai.model.RepairKind.BLANK_UNPLACED)), blank.toString());
    }

    @Test
    void blanksAnIdentityHoldsOverStayBlank() {
        // 0 = 0 + 0: blanks the convention explains are not flagged (the row identity 1 = 2 + 3 + … pins them to 0); read
        // by OCR as well, where the column sums verify the figures beside them
        for (double c : new double[] {io.gongkai.model.Confidence.TEXT_LAYER, io.gongkai.model.Confidence.CORROBORATED}) {
            Document d = engine.validate(doc(MoneyUnit.YUAN,
                    ocrRow(c, "total", "300.00", "", "300.00"),
                    ocrRow(c, "2010450", "100.00", "", "100.00"),
                    ocrRow(c, "2080501", "200.00", "", "200.00")));
            for (String row : List.of("total", "2010450", "2080501")) {
                assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", row, "1")));
                Cell blank = cell(d, row, "2");
                assertNotEquals(CellStatus.SUSPECT, blank.status(), blank.toString());
                assertTrue(blank.number() == null || blank.number().signum() == 0, blank.toString());
            }
        }
    }

    @Test
    void textInAFigureCellAmongBlanksIsNoZeroTheBlanksConfirm() {
        // a newcomer's scan of a dotted page: every figure of the table lost, and a row name's end spilt into its 基本支出
        // cell; the identities over it, all blanks, hold with 0 there, and it came out 0.00 recovered where 6,160.00 is
        // printed. Blanks confirm a blank among them, nothing of a cell that prints something
        String[] blank = {"", "", "", "", "", ""};
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "total", blank),
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2010450", "", "业单位养老支出", "", "", "", ""),
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2080501", blank)));
        Cell c = cell(d, "2010450", "2");
        assertNotEquals(CellStatus.RECOVERED, c.status(), c.toString());
        assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
    }

    @Test
    void aLoneLookAlikeOfZeroIsAPrintedZeroNotALostValue() {
        // 'o' is OCR's 0: two identities that want 100 there contradict the print (the 100 belongs elsewhere, misread);
        // the cell is flagged, never recovered as if nothing were printed
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "300.00", "100.00", "200.00"),
                row("2010450", "100.00", "o", "0.00"),
                row("2080501", "200.00", "0.00", "200.00")));
        Cell c = cell(d, "2010450", "2");
        assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
    }

    /** The row with its cell {@code index} (0-based) read by OCR as {@code raw} at {@code confidence}. */
    private static Row readAt(Row r, int index, String raw, double confidence) {
        List<Cell> cells = new ArrayList<>(r.cells());
        cells.set(index, CellReader.read(new RawCell(raw, null, confidence), cells.get(index).column(), Column.Kind.MONEY));
        return r.withCells(cells);
    }

    @Test
    void zerosReadInDoubtAreTakenAsZeroWhereNoIdentityFailsSoThatFiguresUnderASealArePinned() {
        // a seal's ring over 合计 of two rows: both read illegibly, and 项目支出 beside them read 'o' (a lone 0 OCR took
        // for a letter, in doubt). Neither row total nor the column's sum pinned anything (two unknowns in each): the
        // figures came out as misread, flagged, and every figure of the column unchecked. A 0 in doubt is taken as 0,
        // as a blank is, where that makes no identity fail: 合计 = 基本支出 + 0 pins both, and the column's sum agrees
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Row first = readAt(readAt(ocrRow(c, "2010450", "1,000", "1,000", "0"), 0, "7,303", 0.3), 2, "o", 0.55);
        Row second = readAt(readAt(ocrRow(c, "2080501", "2,000", "2,000", "0"), 0, "2,900", 0.3), 2, "o", 0.55);
        Document d = engine.validate(doc(MoneyUnit.YUAN, ocrRow(c, "total", "3,000", "3,000", "0"), first, second));
        assertEquals("1000", cell(d, "2010450", "1").number().stripTrailingZeros().toPlainString(), cell(d, "2010450", "1").toString());
        assertEquals("2000", cell(d, "2080501", "1").number().stripTrailingZeros().toPlainString(), cell(d, "2080501", "1").toString());
        // still flagged: the identities' value is not what OCR read there, and the 0s in doubt verify nothing
        assertEquals(CellStatus.SUSPECT, cell(d, "2010450", "1").status());
        assertEquals(CellStatus.SUSPECT, cell(d, "2010450", "3").status());
        assertTrue(d.allChecks().stream().noneMatch(k -> k.status() == CheckStatus.FAIL), d.allChecks().toString());
        // a 'o' where a figure is printed: taken as 0 the row fails, so it is not taken, and nothing is pinned through it
        Row wrong = readAt(readAt(ocrRow(c, "2080501", "2,000", "1,500", "500"), 0, "2,900", 0.3), 2, "o", 0.55);
        Document w = engine.validate(doc(MoneyUnit.YUAN, ocrRow(c, "total", "3,000", "2,500", "500"), first, wrong));
        assertNotEquals("1500", cell(w, "2080501", "1").number() == null ? "" : cell(w, "2080501", "1").number().stripTrailingZeros().toPlainString());
        assertEquals(CellStatus.SUSPECT, cell(w, "2080501", "1").status());
        assertEquals(CellStatus.SUSPECT, cell(w, "2080501", "3").status());
    }

    @Test
    void aZeroAmongAMarkOrTwoIsAZeroInDoubtAndAFigureIsNot() {
        // a seal's stroke or a rule's end beside a printed 0, read as a mark (ring-bw-200: 'L 0', '! 0', 'T 0.00')
        for (String zero : List.of("L 0", "! 0", "T 0.00", "0 ,")) assertTrue(IdentityEngine.zeroAmongMarks(zero), zero);
        for (String figure : List.of("0 7", "", "医903", "2.00", "LT! 0", "1 0")) assertTrue(!IdentityEngine.zeroAmongMarks(figure), figure);
    }

    @Test
    void aFigureAnIdentityGaveForGarbageIsNoSignThatTheScanLostIts4s() {
        // OCR read a stain's edge and a figure as 医903,482 (no number, confidence 0.14); the identities give 903,482. Its
        // 4 came from the sums, not from glyphs: taken for a 4 read from broken strokes, it made the table one that
        // "loses 4s", where a total and a part with a 1 in the same place verify nothing, and right figures beside it
        // (203,111 = 103,111 + 100,000) were flagged unchecked
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "1,106,593", "203,111", "903,482", "0", "0", "0"),
                ocrRow(c, "2010450", "103,111", "103,111", "0", "0", "0", "0"),
                ocrRow(c, "2010499", "100,000", "100,000", "0", "0", "0", "0"),
                readAt(ocrRow(c, "2080501", "903,482", "0", "903,482", "0", "0", "0"), 0, "医903,482", 0.14)));
        assertEquals("903482", cell(d, "2080501", "1").number().stripTrailingZeros().toPlainString(), cell(d, "2080501", "1").toString());
        assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "2010450", "2")));
        assertEquals(CellStatus.OK, cell(d, "2010450", "2").status(), cell(d, "2010450", "2").toString());
    }

    @Test
    void anUncertainReadingIsConfirmedOnlyByAnIdentity() {
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "300.00", "100.00", "200.00"),
                row("2010450", "1O0.00", "100.00", "0.00"),
                row("2080501", "200.00", "0.00", "200.00")));
        Cell c = cell(d, "2010450", "1");
        assertEquals(CellStatus.REPAIRED, c.status());
        assertEquals(io.gongkai.model.RepairKind.IDENTITY_CONFIRMED, c.repairs().get(c.repairs().size() - 1).kind());
    }

    @Test
    void anOcrFigureNoIdentityChecksIsFlaggedEvenWhenTwoEnginesReadItAlike() {
        // one 项 under the total: every sum restates its one figure (100 = 100 + 0 along the rows, 100 = 100 down the
        // columns), which cannot verify OCR figures (one misreading twice would agree): flagged. The 0.00s beside them
        // are verified: whatever the copies' digits, read alike they leave nothing for them
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(0.9, "total", "100.00", "100.00", "0.00"),
                ocrRow(0.9, "2010450", "100.00", "100.00", "0.00")));
        assertEquals(CellStatus.SUSPECT, cell(d, "2010450", "2").status());
        assertTrue(cell(d, "2010450", "2").repairs().stream().anyMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.OCR_UNVERIFIED)));
        assertEquals(CellStatus.OK, cell(d, "2010450", "3").status());
        // corroborated by a second engine, the same unchecked figure is still flagged (two engines fail alike: on a
        // photocopy both read a 4 whose strokes broke as 1); a text layer's stands
        Document both = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "total", "100.00", "100.00", "0.00"),
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2010450", "100.00", "100.00", "0.00")));
        Cell corroborated = cell(both, "2010450", "2");
        assertEquals(CellStatus.SUSPECT, corroborated.status());
        assertTrue(corroborated.repairs().stream().anyMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.OCR_UNVERIFIED)));
        Document text = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "100.00", "100.00", "0.00"),
                row("2010450", "100.00", "100.00", "0.00")));
        assertEquals(CellStatus.OK, cell(text, "2010450", "2").status());
    }

    @Test
    void aTotalAnOcrTableReadBlankThatNoIdentityChecksIsFlagged() {
        // a photocopy's 合计 row read blank while the coded rows it sums were lost with it (a row that lost its code is
        // left, in no identity): nothing says the blank is no figure
        Row lost = new Row(RowKey.label("机关事业单位基本养老保险缴费支出"), "机关事业单位基本养老保险缴费支出",
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2080505", "100.00", "100.00", "0.00").cells(), List.of(), 0);
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "total", "", "", "", "", "", ""), lost));
        Cell blank = cell(d, "total", "1");
        assertEquals(CellStatus.SUSPECT, blank.status(), blank.toString());
        // a blank total over a column every row leaves blank adds up: as read
        Document empty = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "total", "100.00", "100.00", ""),
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2010450", "100.00", "100.00", "")));
        assertNotEquals(CellStatus.SUSPECT, cell(empty, "total", "3").status(), cell(empty, "total", "3").toString());
        // a text layer's blank total is as printed
        Row printed = new Row(RowKey.label("机关事业单位基本养老保险缴费支出"), "机关事业单位基本养老保险缴费支出",
                row("2080505", "100.00", "100.00", "0.00").cells(), List.of(), 0);
        Document text = engine.validate(doc(MoneyUnit.YUAN, row("total", "", "", "", "", "", ""), printed));
        assertEquals(CellStatus.EMPTY, cell(text, "total", "1").status());
    }

    @Test
    void anOcrFigureInARowTheTableDoesNotKnowIsFlaggedEvenCorroborated() {
        // OCR lost a row's code: the row is keyed by its label, which is no row of the template; two engines reading its
        // 0.00 alike say nothing of where it belongs, and no identity places it
        Row known = ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2010450", "100.00", "100.00", "0.00");
        Row lost = new Row(RowKey.label("机关事业单位基本养老保险缴费支出"), "机关事业单位基本养老保险缴费支出",
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2080505", "100.00", "100.00", "0.00").cells(), List.of(), 0);
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "total", "100.00", "100.00", "0.00"), known, lost));
        Cell c = cell(d, "机关事业单位基本养老保险缴费支出", "3");
        assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
        assertTrue(c.repairs().stream().anyMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.OCR_UNVERIFIED)));
        // its own row total (100 = 100 + 0) holds, yet says nothing of where the row belongs
        Cell first = cell(d, "机关事业单位基本养老保险缴费支出", "1");
        assertEquals(CellStatus.SUSPECT, first.status(), first.toString());
        // nor does it for a row whose label OCR lost altogether
        Row unlabeled = new Row(RowKey.label("unlabeled-line-7"), "", lost.cells(), List.of(), 7);
        Document u = engine.validate(doc(MoneyUnit.YUAN, ocrRow(io.gongkai.model.Confidence.CORROBORATED, "total", "100.00", "100.00", "0.00"), known, unlabeled));
        assertEquals(CellStatus.SUSPECT, cell(u, "unlabeled-line-7", "1").status());
        // nor for a figure its own row total completes or recovers there (the low-150 seed: '876,881.3' in a row whose
        // code and name OCR garbled)
        Row cut = new Row(RowKey.label("机关事业单位基本养老保险缴费支出"), "机关事业单位基本养老保险缴费支出",
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2080505", "123.4", "123.45", "0.00").cells(), List.of(), 0);
        Document r = engine.validate(doc(MoneyUnit.YUAN, ocrRow(io.gongkai.model.Confidence.CORROBORATED, "total", "100.00", "100.00", "0.00"), known, cut));
        Cell recovered = cell(r, "机关事业单位基本养老保险缴费支出", "1");
        assertEquals(CellStatus.SUSPECT, recovered.status(), recovered.toString());
    }
    @Test
    void anOcrFigureCompletedByOneIdentityIsFlaggedEvenCorroborated() {
        // '123.4' cut short, read alike by two engines, completed to 123.45 by its row total alone: no second identity
        // confirms the completion (the shaded small-print seed: a merged cell's '278,000.00 2 876,881.33' completed so)
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2010450", "123.4", "123.45", "0.00")));
        Cell c = cell(d, "2010450", "1");
        assertEquals(0, new java.math.BigDecimal("123.45").compareTo(c.number()), c.toString());
        assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
    }
    @Test
    void aBlankRecoveredThroughFiguresThePrintContradictsIsFlagged() {
        // OCR read 2080501's column 1 blank and, in doubt, 1,500.00 in column 2 and 3,500.00 in the total's column 1; the
        // identities give 2,000.00 and 3,000.00 (the print contradicts both) and recover the blank from them: 2,000.00.
        // The two identities that "confirm" it (its row total, column 1's sum) each hold only over one of those doubtful
        // values (a photocopied seed: 5396.96 recovered so where 4104.67 is printed, status recovered, unflagged)
        double two = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                inDoubt(ocrRow(two, "total", "3,500.00", "3,000.00", "0.00"), 0),
                ocrRow(two, "2010450", "1,000.00", "1,000.00", "0.00"),
                nothingRead(inDoubt(ocrRow(two, "2080501", "", "1,500.00", "0.00"), 1), 0)));
        assertEquals(CellStatus.SUSPECT, cell(d, "2080501", "2").status());
        assertEquals(CellStatus.SUSPECT, cell(d, "total", "1").status());
        Cell blank = cell(d, "2080501", "1");
        assertEquals(0, new java.math.BigDecimal("2000").compareTo(blank.number()), blank.toString());
        assertEquals(CellStatus.SUSPECT, blank.status(), blank.toString());
    }

    /** The row with nothing read in its cell {@code index}: a blank, certain as nothing OCR read is uncertain. */
    private static Row nothingRead(Row r, int index) {
        List<Cell> cells = new ArrayList<>(r.cells());
        cells.set(index, CellReader.read(new RawCell("", null, 1.0), cells.get(index).column(), Column.Kind.MONEY));
        return r.withCells(cells);
    }

    /** The row with its cell {@code index} read in doubt (status suspect, as a figure OCR read beside a label). */
    private static Row inDoubt(Row r, int index) {
        List<Cell> cells = new ArrayList<>(r.cells());
        Cell c = cells.get(index);
        cells.set(index, c.revised(c.number(), CellStatus.SUSPECT, new io.gongkai.model.Repair(io.gongkai.model.RepairKind.OCR_UNVERIFIED, c.raw(), "read in doubt")));
        return r.withCells(cells);
    }
    @Test
    void anIdentityThatRestatesOneFigureVerifiesNeitherCopyInATextLayerTableWhereAnIdentityFails() {
        // a font whose character map gives 3 for 8 prints 782,164 as 732,164 in both the total and the one 项 that
        // counts (a new user's trial); elsewhere in the table a sum fails (3 for 8). The restating sum verifies the 0s
        // beside the copies, not the copies
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "732164.00", "732164.00", "0.00", "0.00", "0.00", "8.00"),
                row("2101101", "732164.00", "732164.00", "0.00", "0.00", "0.00", "0.00")));
        Verification v = Verification.of(d);
        // 2101101's 732,164 is in no failing identity (column 6 and the total's row fail), only in sums that restate it
        assertEquals(io.gongkai.model.Verdict.UNCHECKED, v.verdict(new io.gongkai.model.CellRef("T01", "2101101", "1")));
        assertEquals(io.gongkai.model.Verdict.UNCHECKED, v.verdict(new io.gongkai.model.CellRef("T01", "2101101", "2")));
        // a table where every identity holds: the restating sum verifies its copies as before
        Document clean = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "732164.00", "732164.00", "0.00"),
                row("2101101", "732164.00", "732164.00", "0.00")));
        assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(clean).verdict(new io.gongkai.model.CellRef("T01", "2101101", "1")));
        assertEquals(CellStatus.OK, cell(d, "2101101", "1").status(), "a text layer's figure is not flagged for it");
    }
    @Test
    void aCopyOfAnOcrFigureAnotherIdentityVerifiesIsVerifiedToo() {
        // 2010450's 100.00 in column 2 is only in sums that restate it (its row, and column 2's total) — but the total's
        // column 2 copy is... restated too; column 1's 100.00 is verified by 300 = 100 + 200, and column 2's copy of it
        // along the row (100 = 100 + 0) is then verified as well
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "total", "300.00", "100.00", "200.00"),
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2010450", "100.00", "100.00", "0.00"),
                ocrRow(io.gongkai.model.Confidence.CORROBORATED, "2080501", "200.00", "0.00", "200.00")));
        Verification v = Verification.of(d);
        assertEquals(io.gongkai.model.Verdict.VERIFIED, v.verdict(new io.gongkai.model.CellRef("T01", "2010450", "1")));
        assertEquals(io.gongkai.model.Verdict.VERIFIED, v.verdict(new io.gongkai.model.CellRef("T01", "2010450", "2")));
        assertEquals(CellStatus.OK, cell(d, "2010450", "2").status());
    }

    @Test
    void anOcrFigureWithOneDigitMisreadIsPutRightWhereTwoFailingIdentitiesPinIt() {
        // a photocopy's 4 read as 1: 2010450's 合计 reads 1,600.00 for 4,600.00; its row total (1 = 2 + 3) and the
        // column's sum (合计 row) both fail by 3,000.00, and one look-alike digit makes both hold
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "5000.00", "4600.00", "400.00"),
                ocrRow(c, "2010450", "1600.00", "4600.00", "0.00"),
                ocrRow(c, "2010499", "400.00", "0.00", "400.00")));
        Cell fixed = cell(d, "2010450", "1");
        assertEquals(0, new BigDecimal("4600.00").compareTo(fixed.number()), fixed.toString());
        assertEquals(CellStatus.REPAIRED, fixed.status());
        assertTrue(fixed.repairs().stream().anyMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.OCR_DIGIT)), fixed.toString());
        assertTrue(d.allChecks().stream().noneMatch(k -> k.status() == CheckStatus.FAIL), d.allChecks().toString());
        // the same figure read alike in the 合计 and 基本支出 columns (a copy): both put right at once, as the row total
        // held over the two misreadings and the two columns' sums fail by the same amount
        Document copies = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "5000.00", "4600.00", "400.00"),
                ocrRow(c, "2010450", "1600.00", "1600.00", "0.00"),
                ocrRow(c, "2010499", "400.00", "0.00", "400.00")));
        assertEquals(0, new BigDecimal("4600.00").compareTo(cell(copies, "2010450", "1").number()));
        assertEquals(0, new BigDecimal("4600.00").compareTo(cell(copies, "2010450", "2").number()));
        // a text layer's figure is as printed: the identities fail and say so
        Document text = engine.validate(doc(MoneyUnit.YUAN,
                row("total", "5000.00", "4600.00", "400.00"),
                row("2010450", "1600.00", "4600.00", "0.00"),
                row("2010499", "400.00", "0.00", "400.00")));
        assertEquals(0, new BigDecimal("1600.00").compareTo(cell(text, "2010450", "1").number()));
        assertTrue(text.allChecks().stream().anyMatch(k -> k.status() == CheckStatus.FAIL));
    }

    @Test
    void aRightFigureIsNotMadeWrongToMatchAClassAndItsOneKuanThatBothLostAStroke() {
        // an office scan in black and white: 208 and its one 款 20805 both read 254,910 for 254,940 (a 4 lost its stroke in
        // both), so the 合计 row's sum fails by 30; 201's 100,511, read right, would make it hold as 100,541 (1 for a 4,
        // in two columns: two identities). The other way to mend the sum — 208 with its 款 — is as good: nothing is taken
        // (201 was "repaired" to 100,541 and verified, 303 of a real budget so)
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "355,451", "355,451", "0.00"),
                ocrRow(c, "201", "100,511", "100,511", "0.00"),
                ocrRow(c, "20101", "50,000", "50,000", "0.00"),
                ocrRow(c, "20102", "50,211", "50,211", "0.00"),
                ocrRow(c, "208", "254,910", "254,910", "0.00"),
                ocrRow(c, "20805", "254,910", "254,910", "0.00")));
        Cell right = cell(d, "201", "1");
        assertEquals(0, new BigDecimal("100511").compareTo(right.number()), right.toString());
        Verification v = Verification.of(d);
        for (String row : List.of("201", "208", "20805")) {
            assertNotEquals(io.gongkai.model.Verdict.VERIFIED, v.verdict(new io.gongkai.model.CellRef("T01", row, "1")), row + " " + cell(d, row, "1"));
        }
    }

    @Test
    void aMisreadDigitOnlyOneIdentityPinsOrTwoReadingsWouldMendIsLeftFlagged() {
        double c = io.gongkai.model.Confidence.CORROBORATED;
        // one identity only (the 合计 row's sum of one column; the row total has no 2 and 3 to check it): 1,600 could be
        // 4,600 or the total could be misread; nothing is put right, the figure stays contradicted
        Document one = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "5000.00", "", ""),
                ocrRow(c, "2010450", "1600.00", "", ""),
                ocrRow(c, "2010499", "400.00", "", "")));
        assertEquals(0, new BigDecimal("1600.00").compareTo(cell(one, "2010450", "1").number()));
        assertEquals(io.gongkai.model.Verdict.CONTRADICTED, Verification.of(one).verdict(new io.gongkai.model.CellRef("T01", "2010450", "1")));
        // two readings of one figure (合计 4,600 and 基本支出 1,600, its only part) that differ by a stroke a scan loses:
        // the inkier one is the figure, in each row; the column's sum, which then holds, verifies them
        Document two = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "9200.00", "9200.00", "0.00"),
                ocrRow(c, "2010450", "4600.00", "1600.00", "0.00"),
                ocrRow(c, "2010499", "4600.00", "1600.00", "0.00")));
        assertEquals(0, new BigDecimal("4600.00").compareTo(cell(two, "2010450", "2").number()));
        assertEquals(0, new BigDecimal("4600.00").compareTo(cell(two, "2010499", "2").number()));
        assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(two).verdict(new io.gongkai.model.CellRef("T01", "2010450", "2")));
        // where the row total holds as read (4,600 = 1,600 + 3,000), its 1,600 is no 4 that lost its stroke: it stands
        Document against = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "6200.00", "3200.00", "3000.00"),
                ocrRow(c, "2010450", "4600.00", "1600.00", "3000.00"),
                ocrRow(c, "2010499", "1600.00", "1600.00", "0.00")));
        Cell taken = cell(against, "2010450", "2");
        assertEquals(0, new BigDecimal("1600.00").compareTo(taken.number()), "4,600 = 1,600 + 3,000 holds as read: " + taken);
        // copies read alike in two rows (合计 and 项目支出 print the same figure): 1,600 for 4,600 in one row, or 1,000 for
        // 4,000 in the other, would each make both columns' sums hold; the copies' row totals hold either way, so
        // nothing tells the two apart: neither is taken (a photocopied budget had 物业管理费 "mended" in place of 办公费)
        Document copies = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "5600.00", "0.00", "5600.00"),
                ocrRow(c, "2010450", "1600.00", "0.00", "1600.00"),
                ocrRow(c, "2010499", "1000.00", "0.00", "1000.00")));
        assertEquals(0, new BigDecimal("1600.00").compareTo(cell(copies, "2010450", "1").number()));
        assertEquals(0, new BigDecimal("1000.00").compareTo(cell(copies, "2010499", "1").number()));
        assertTrue(copies.allChecks().stream().anyMatch(k -> k.status() == CheckStatus.FAIL));
        // a scan loses ink, it does not add it: a 4 read right among 4s misread as 1 (a photocopy's column) is never
        // "mended" to 1 to agree with them, though with 1 its row total and column sum would hold (the 1s may be read
        // again as 4s together; the identities, each restating one figure, verify none of them)
        Document lost = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "4600.00", "1600.00", "0.00"),
                ocrRow(c, "2010450", "1600.00", "1600.00", "0.00")));
        assertEquals(0, new BigDecimal("4600.00").compareTo(cell(lost, "total", "1").number()), cell(lost, "total", "1").toString());
        assertNotEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(lost).verdict(new io.gongkai.model.CellRef("T01", "total", "1")));
    }

    @Test
    void figuresThatLostTheir4sTogetherAreReadAgainTogetherWhereOneReadingOfThemAllHolds() {
        // a black-and-white scan: every 4 read 1, four figures of two rows misread, 4,400 as 1,100 in one of them (two 4s);
        // no one figure mends an identity alone (each sum holds only with two of them put right)
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "9,100", "1,100", "5,000"),
                ocrRow(c, "2010450", "1,400", "4,100", "0"),
                ocrRow(c, "2010499", "5,000", "0", "5,000")));
        assertEquals(List.of("9400", "4400", "4400", "4400"), List.of(cell(d, "total", "1"), cell(d, "total", "2"), cell(d, "2010450", "1"), cell(d, "2010450", "2"))
                .stream().map(x -> x.number().toPlainString()).toList());
        assertEquals(CellStatus.REPAIRED, cell(d, "total", "2").status());
        assertTrue(cell(d, "total", "2").repairs().stream().anyMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.OCR_DIGIT)), cell(d, "total", "2").toString());
        assertTrue(d.allChecks().stream().noneMatch(k -> k.status() == CheckStatus.FAIL), d.allChecks().toString());
        assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "total", "2")));
        // two readings of them all would hold (4,000 + 1,000 or 1,000 + 4,000): nothing is taken, the sums fail and say so
        Document two = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "5,000", "5,000", "0"),
                ocrRow(c, "2010450", "1,000", "1,000", "0"),
                ocrRow(c, "2010499", "1,000", "1,000", "0")));
        assertEquals("1000", cell(two, "2010450", "1").number().toPlainString());
        assertEquals("1000", cell(two, "2010499", "1").number().toPlainString());
        assertTrue(two.allChecks().stream().anyMatch(k -> k.status() == CheckStatus.FAIL));
    }

    @Test
    void aRowWhosePartStandsAsReadWhileItsTotalAndAnotherPartAreReadAgainIsNoInternalError() {
        // a newcomer's photocopy of 万里街道24's 三公 page ended with an internal error: a row whose sum held before and
        // after, its first figure (a part with a 1) standing as read while its total and another part were read again
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "6,400", "1,000", "5,400"),
                ocrRow(c, "2010450", "2,100", "1,000", "1,100"),
                ocrRow(c, "2010499", "4,000", "0", "4,000")));
        // (each of the two read again is confirmed by one failing identity only, its column's sum: they stand as read,
        // and the sums that fail flag them)
        for (String col : List.of("1", "3")) {
            assertEquals(io.gongkai.model.Verdict.CONTRADICTED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "2010450", col)));
        }
    }

    @Test
    void noiseReadAsARunOfTwentyDigitsAmongFiguresThatLostTheir4sIsNoInternalError() {
        // a noisy 300 dpi scan of a 7 pt table: one cell's specks read as 20 digits beside figures whose 4s read 1; the
        // figures read again together counted in cents of a long, and the whole document ended with an internal error
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "9,100", "1,100", "11111111111111111111111"),
                ocrRow(c, "2010450", "1,400", "4,100", "0"),
                ocrRow(c, "2010499", "5,000", "0", "5,000")));
        // the noise fails the sums it is in: flagged
        assertEquals(io.gongkai.model.Verdict.CONTRADICTED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "total", "3")));
    }

    @Test
    void aFigureAnExtractorReadOtherwiseThanOcrIsOneTheIdentitiesGiveNeverOneTheyBuildOn() {
        // a 1-bit scan's 1 read as 4 from the crossbar's dot beside its stem comes at confidence 0.3: in doubt, two
        // identities confirm it where it is right (4,300), and give it where it is wrong (1,100 read 4,100); it is never
        // the figure they build on
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Row right = ocrRow(c, "2010450", "4,300", "2,300", "2,000");
        List<Cell> cells = new ArrayList<>(right.cells());
        cells.set(0, CellReader.read(new RawCell("4,300", null, 0.3), "1", Column.Kind.MONEY));
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "5,300", "2,300", "3,000"),
                new Row(right.key(), right.label(), cells, List.of(), 0),
                ocrRow(c, "2010499", "1,000", "0", "1,000")));
        assertEquals("4300", cell(d, "2010450", "1").number().stripTrailingZeros().toPlainString(), cell(d, "2010450", "1").toString());
        assertEquals(CellStatus.REPAIRED, cell(d, "2010450", "1").status(), cell(d, "2010450", "1") + " " + d.allChecks());
        Row mended = ocrRow(c, "2010450", "4,100", "1,100", "0");
        Document wrong = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "2,100", "2,100", "0"),
                new Row(mended.key(), mended.label(), List.of(CellReader.read(new RawCell("4,100", null, 0.3), "1", Column.Kind.MONEY),
                        mended.cells().get(1), mended.cells().get(2), mended.cells().get(3), mended.cells().get(4), mended.cells().get(5)), List.of(), 0),
                ocrRow(c, "2010499", "1,000", "1,000", "0")));
        Cell given = cell(wrong, "2010450", "1");
        assertEquals("1100", given.number().stripTrailingZeros().toPlainString(), given.toString());
        assertNotEquals(CellStatus.OK, given.status());
        assertTrue(wrong.allChecks().stream().noneMatch(k -> k.status() == CheckStatus.FAIL), wrong.allChecks().toString());
    }

    @Test
    void aRightFigureIsNotMadeWrongToMatchATotalInDoubtFromItsGlyphs() {
        // a newcomer's fax of 万里街道23 p26: 商品和服务支出 15,381,432 read 15,384,432 at 0.3 (a 1 read 4 from its glyphs),
        // 办公费 5,811,753 read right by both engines; 办公费 was "put right" to 5,814,753 so that 302 holds, and both came
        // out verified. The total's 4 may be a 1 as well: nothing tells which, and no right figure is changed
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                mended(ocrRow(c, "total", "15,384,432", "15,384,432", "0"), 1, 2),
                ocrRow(c, "2010450", "5,811,753", "5,811,753", "0"),
                ocrRow(c, "2010499", "9,569,679", "9,569,679", "0")));
        for (String col : List.of("1", "2")) {
            Cell office = cell(d, "2010450", col);
            assertEquals("5811753", office.number().stripTrailingZeros().toPlainString(), office.toString());
            Cell sum = cell(d, "total", col);
            assertTrue(sum.number() == null || sum.number().compareTo(new java.math.BigDecimal("15381432")) == 0
                    || sum.status() == CellStatus.SUSPECT, sum.toString());
        }
    }

    @Test
    void aFourReadFromItsGlyphsThatTheIdentitiesGiveAsTheOneTheEnginesReadAgreesWithThePrint() {
        // a newcomer's fax of a 决算 (F_fax): the 支出 total 91,016,775.35 read right by both engines, its first 1 read 4
        // from a trace the recognizer gave (in doubt); its row and the column's sum both give 91,016,775.35, the figure
        // the engines read. That value agrees with the print (a figure read 4 from its glyphs may be a 1): it stands,
        // and the parts the sum verifies stay verified
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                mended(ocrRow(c, "total", "15,384,432", "5,811,753", "9,569,679"), 1),
                ocrRow(c, "2010450", "5,811,753", "5,811,753", "0"),
                ocrRow(c, "2010499", "9,569,679", "0", "9,569,679")));
        Cell total = cell(d, "total", "1");
        assertEquals("15381432", total.number().stripTrailingZeros().toPlainString(), total.toString());
        assertEquals(CellStatus.RECOVERED, total.status(), total.toString());
        assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "2010450", "1")));
    }

    @Test
    void anIdentityOverAFigureAnotherIdentityContradictsVerifiesNothing() {
        // a 7 read as 2 in the hundreds of a total and of one of its parts (9,700 and 4,700 read 9,200 and 4,200, the
        // part's copy beside it alike): the column's sum holds as read; the total's row contradicts the total, so the
        // sum over it may hold only because both lost as much, and verifies neither
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "total", "9,200", "5,200", "4,500"),
                ocrRow(c, "2010450", "4,200", "4,200", "0"),
                ocrRow(c, "2010499", "5,000", "500", "4,500")));
        assertEquals(CheckStatus.PASS, check(d, "expenditure/tree@total.1").status());
        assertEquals(CheckStatus.FAIL, check(d, "expenditure/row-total@total").status());
        assertNotEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "2010450", "1")));
        assertNotEquals(CellStatus.OK, cell(d, "2010450", "1").status(), cell(d, "2010450", "1").toString());
    }

    @Test
    void whereFoursAreSeenLostARowWhoseTotalAndPartShareAOneVerifiesNeither() {
        // a black-and-white fax of 社会福利院24 p14 (a newcomer's scan): the 合计 row's 9,501,164 and 7,380,214 each
        // lost the 4 of their units, 2,120,950 read right, so the row's identity holds as read; in a table where a 4 was
        // seen to lose its diagonal (here: read 4 from its glyphs), it holds just as well with both 1s as 4s
        double c = io.gongkai.model.Confidence.CORROBORATED;
        Document d = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "2010450", "9,501,161", "7,380,211", "2,120,950"),
                mended(ocrRow(c, "2010499", "4,000", "4,000", "0"), 1)));
        assertNotEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "2010450", "1")));
        assertNotEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "2010450", "2")));
        // nor where a sum fails by 3 in some place (303 = 30302 read 121,800 = 421,800: 300,000), as a newcomer's fax did
        Document failing = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "2010450", "9,501,161", "7,380,211", "2,120,950"),
                ocrRow(c, "2010499", "121,800", "421,800", "0")));
        assertNotEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(failing).verdict(new io.gongkai.model.CellRef("T01", "2010450", "1")));
        assertTrue(Verification.lostFours(new java.math.BigDecimal("-300000.00")) && Verification.lostFours(new java.math.BigDecimal("3.3"))
                && !Verification.lostFours(new java.math.BigDecimal("250")) && !Verification.lostFours(java.math.BigDecimal.ZERO));
        // where no 4 is seen lost, the row verifies them
        Document plain = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "2010450", "9,501,161", "7,380,211", "2,120,950"),
                ocrRow(c, "2010499", "4,000", "4,000", "0")));
        assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(plain).verdict(new io.gongkai.model.CellRef("T01", "2010450", "1")));
        // nor where a figure with no 4 in it was merely read with little confidence (a speck read 0 in a blank cell of a
        // newcomer's clean colour scan: 70 of 96 right figures had been flagged)
        Row speck = ocrRow(c, "2010499", "4,000", "4,000", "0");
        List<Cell> specked = new ArrayList<>(speck.cells());
        specked.set(2, CellReader.read(new RawCell("0", null, 0.14), "3", Column.Kind.MONEY));
        Document hardlyRead = engine.validate(doc(MoneyUnit.YUAN,
                ocrRow(c, "2010450", "9,501,161", "7,380,211", "2,120,950"),
                new Row(speck.key(), speck.label(), specked, List.of(), 0)));
        assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(hardlyRead).verdict(new io.gongkai.model.CellRef("T01", "2010450", "1")));
    }

    @Test
    void aSumThatHoldsOnlyWithinRoundingVerifiesNoOcrFigure() {
        // whole-元 figures (a budget's) may each be off by half a 元, so a nine-figure sum holds within 4.5 元; a 4 read as
        // figure misread by 3 元 (97 for 100) is inside that: the OCR figure is not verified, and is flagged
        double c = io.gongkai.model.Confidence.CORROBORATED;
        List<Row> rows = new ArrayList<>();
        rows.add(ocrRow(c, "total", "800", "800", "0"));
        String[] codes = {"2010101", "2010102", "2010103", "2010104", "2010105", "2010106", "2010107", "2010150"};
        for (int i = 0; i < codes.length; i++) rows.add(ocrRow(c, codes[i], i == 7 ? "97" : "100", i == 7 ? "97" : "100", "0"));
        Document d = engine.validate(doc(MoneyUnit.YUAN, rows.toArray(Row[]::new)));
        assertEquals(CheckStatus.ROUNDING, check(d, "expenditure/tree@total.1").status(), d.allChecks().toString());
        Cell misread = cell(d, "2010150", "1");
        assertNotEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(d).verdict(new io.gongkai.model.CellRef("T01", "2010150", "1")));
        assertEquals(CellStatus.SUSPECT, misread.status(), misread.toString());
        // a text layer's whole-元 sum within rounding is the publisher's rounding: its figures stand verified
        List<Row> printed = new ArrayList<>();
        printed.add(row("total", "800", "800", "0"));
        for (int i = 0; i < codes.length; i++) printed.add(row(codes[i], i == 7 ? "97" : "100", i == 7 ? "97" : "100", "0"));
        Document text = engine.validate(doc(MoneyUnit.YUAN, printed.toArray(Row[]::new)));
        assertEquals(io.gongkai.model.Verdict.VERIFIED, Verification.of(text).verdict(new io.gongkai.model.CellRef("T01", "2010150", "1")));
    }

    /** A 国有资产占用情况表 ({@code state-assets}, 19 columns) of one 合计 row read by OCR. */
    private static Document stateAssets(String... values) {
        List<Column> cols = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            cols.add(new Column(Integer.toString(i), List.of(), Column.Kind.MONEY));
            cells.add(CellReader.read(new RawCell(values[i - 1], null, io.gongkai.model.Confidence.CORROBORATED), Integer.toString(i), Column.Kind.MONEY));
        }
        Table t = new Table("T01", "state-assets", "公开09表", "国有资产占用情况表", MoneyUnit.YUAN, new io.gongkai.model.UnitSource(io.gongkai.model.UnitSource.Kind.HEADER, "单位：元"),
                List.of(), cols, List.of(new Row(RowKey.total(), "合计", cells, List.of(), 0)), List.of(), new Identification("state-assets", 1, List.of()), List.of(), List.of(), 0);
        return new Document("test", "", "部门", 2024, DocumentKind.FINAL, MoneyUnit.YUAN, List.of(t), List.of(), List.of());
    }

    @Test
    void aRowReadOneColumnOffIsNotVerifiedByTheIdentityTheShiftKeeps() {
        // 固定资产原值 4 = 6 + 8 + 10 + 12 and 净值 5 = 7 + 9 + 11 + 13: OCR missed the 资产原值合计 cell, every figure after
        // it stands one column right, and the 原值 sum now holds in the 净值 columns. 资产总额 and 资产原值合计 break; the
        // figures the shifted sum "verifies" are the next column's: flagged, and so is the blank OCR left
        Document shifted = engine.validate(stateAssets("1890", "", "2100", "1000", "1000", "800", "100", "50", "200", "150", "300", "250",
                "400", "350", "10", "20", "30", "25", "40"));
        assertEquals(CheckStatus.PASS, check(shifted, "state-assets/fixed-net@total").status());
        Verification verdicts = Verification.of(shifted);
        for (String col : List.of("5", "7", "9", "11", "13")) {
            boolean flagged = cell(shifted, "total", col).status() == CellStatus.SUSPECT
                    || verdicts.verdict(new io.gongkai.model.CellRef("T01", "total", col)) == io.gongkai.model.Verdict.CONTRADICTED;
            assertTrue(flagged, col + ": " + cell(shifted, "total", col));
            assertNotEquals(io.gongkai.model.Verdict.VERIFIED, verdicts.verdict(new io.gongkai.model.CellRef("T01", "total", col)), col);
        }
        assertEquals(CellStatus.SUSPECT, cell(shifted, "total", "2").status(), cell(shifted, "total", "2").toString());
        // read in place, every identity holds and places the row: verified
        Document read = engine.validate(stateAssets("1890", "2100", "1000", "1000", "800", "100", "50", "200", "150", "300", "250", "400",
                "350", "10", "20", "30", "25", "40", "35"));
        for (String col : List.of("5", "7", "9", "11", "13")) {
            assertEquals(CellStatus.OK, cell(read, "total", col).status(), col + ": " + cell(read, "total", col));
        }
    }
}

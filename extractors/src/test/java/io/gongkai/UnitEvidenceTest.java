package io.gongkai;

import io.gongkai.write.JsonWriter;
import io.gongkai.view.Summary;
import io.gongkai.write.TidyCsvWriter;
import io.gongkai.model.Cell;
import io.gongkai.model.CellRef;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import io.gongkai.validate.Verification;
import io.gongkai.view.Amount;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table whose unit line OCR did not read (the 150 dpi fault: values 10,000× off under another table's unit): its
 * unit comes from an identity with a table of known unit, or the 万元 rounding of its sums, or it is unknown and every
 * amount is flagged. OCR text made from 上海市普陀区财政局's 2025 budget (../shared/cases/unit-missing).
 */
class UnitEvidenceTest {
    /** 2025年部门财务收支预算总表 in 元, its 单位：元 lost. */
    private static final String SUMMARY_YUAN = """
            # 2025年部门财务收支预算总表
            编制部门：上海市普陀区财政局
            本年收入\t\t本年支出\t
            项目\t预算数\t项目\t预算数
            一、财政拨款收入\t31,214,205.80\t一、一般公共服务支出\t22,186,440.80
            1. 一般公共预算资金\t31,214,205.80\t二、社会保障和就业支出\t3,508,644.00
            2. 政府性基金\t\t三、卫生健康支出\t782,164.00
            3. 国有资本经营预算\t\t四、住房保障支出\t4,736,957.00
            二、事业收入\t\t\t
            三、事业单位经营收入\t\t\t
            四、其他收入\t\t\t
            收入总计\t31,214,205.80\t支出总计\t31,214,205.80

            """;

    /** The same table in 万元 (each amount rounded to 0.01 万元), its unit line lost. */
    private static final String SUMMARY_WAN = """
            # 2025年部门财务收支预算总表
            编制部门：上海市普陀区财政局
            本年收入\t\t本年支出\t
            项目\t预算数\t项目\t预算数
            一、财政拨款收入\t3,121.42\t一、一般公共服务支出\t2,218.64
            1. 一般公共预算资金\t3,121.42\t二、社会保障和就业支出\t350.86
            2. 政府性基金\t\t三、卫生健康支出\t78.22
            3. 国有资本经营预算\t\t四、住房保障支出\t473.70
            二、事业收入\t\t\t
            三、事业单位经营收入\t\t\t
            四、其他收入\t\t\t
            收入总计\t3,121.42\t支出总计\t3,121.42

            """;

    private static final String FISCAL_YUAN = """
            # 2025年部门财政拨款收支预算总表
            编制部门：上海市普陀区财政局\t单位：元
            财政拨款收入\t\t财政拨款支出\t\t\t\t
            项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算
            一、一般公共预算资金\t31,214,205.80\t一、一般公共服务支出\t22,186,440.80\t22,186,440.80\t\t
            二、政府性基金\t\t二、社会保障和就业支出\t3,508,644.00\t3,508,644.00\t\t
            三、国有资本经营预算\t\t三、卫生健康支出\t782,164.00\t782,164.00\t\t
            \t\t四、住房保障支出\t4,736,957.00\t4,736,957.00\t\t
            收入总计\t31,214,205.80\t支出总计\t31,214,205.80\t31,214,205.80\t\t

            """;

    private static final String FISCAL_WAN = """
            # 2025年部门财政拨款收支预算总表
            编制部门：上海市普陀区财政局\t单位：万元
            财政拨款收入\t\t财政拨款支出\t\t\t\t
            项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算
            一、一般公共预算资金\t3,121.42\t一、一般公共服务支出\t2,218.64\t2,218.64\t\t
            二、政府性基金\t\t二、社会保障和就业支出\t350.86\t350.86\t\t
            三、国有资本经营预算\t\t三、卫生健康支出\t78.22\t78.22\t\t
            \t\t四、住房保障支出\t473.70\t473.70\t\t
            收入总计\t3,121.42\t支出总计\t3,121.42\t3,121.42\t\t

            """;

    /** 2025年部门“三公”经费和机关运行经费预算表, 单位:万元: no identity ties it to the summary. */
    private static final String THREE_PUBLIC_WAN = """
            # 2025年部门“三公”经费和机关运行经费预算表
            编制部门：上海市普陀区财政局\t单位:万元
            “三公”经费预算数\t\t\t\t\t\t机关运行经费预算数
            合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t
            \t\t\t小计\t购置费\t运行费\t
            0.95\t\t0.95\t\t\t\t229.43

            """;

    private static Document read(String text) {
        return Gongkai.extract(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "ocr.txt", Options.defaults());
    }

    private static BigDecimal value(Table t, String row, String column) {
        return t.cell(row, column).map(Cell::number).orElseThrow(() -> new AssertionError(t.ref() + " " + row + "." + column));
    }

    private static List<Cell> amounts(Table t) {
        List<Cell> out = new ArrayList<>();
        for (Row r : t.rows()) for (Cell c : r.cells()) if (t.isAmount(c)) out.add(c);
        return out;
    }

    @Test
    void aYuanTableWithoutItsUnitLineIsYuanByAnIdentityWithAWanYuanTable() {
        Document doc = read(SUMMARY_YUAN + FISCAL_WAN + THREE_PUBLIC_WAN);
        Table summary = doc.tables().get(0), fiscal = doc.tables().get(1);
        assertEquals("budget-summary", summary.templateId());
        assertEquals(MoneyUnit.YUAN, summary.unit());
        assertEquals(UnitSource.Kind.IDENTITY, summary.unitSource().kind());
        // 31,214,205.80 元 = 3,121.42 万元 within its rounding; 31,214,205.80 万元 would not be
        assertTrue(summary.unitSource().detail().contains("cross/summary-income with T02 (万元, header) holds in 元 and fails in 万元"), summary.unitSource().detail());
        assertEquals(MoneyUnit.WAN_YUAN, fiscal.unit());
        assertEquals(UnitSource.Kind.HEADER, fiscal.unitSource().kind());
        assertEquals(MoneyUnit.WAN_YUAN, doc.tables().get(2).unit());
        assertEquals(0, new BigDecimal("31214205.80").compareTo(value(summary, "income:财政拨款收入", "1")));
        assertTrue(amounts(summary).stream().noneMatch(c -> c.status() == CellStatus.SUSPECT));
        Check cross = doc.checks().stream().filter(c -> c.identity().equals("cross/summary-income")).findFirst().orElseThrow();
        assertTrue(cross.status().holds(), cross.toString());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.INFO && d.message().startsWith("T01: unit 元 inferred (identity)")),
                doc.diagnostics().toString());
    }

    @Test
    void aWanYuanTableWithoutItsUnitLineIsWanYuanByAnIdentityWithAYuanTable() {
        Document doc = read(SUMMARY_WAN + FISCAL_YUAN);
        Table summary = doc.tables().get(0);
        assertEquals(MoneyUnit.WAN_YUAN, summary.unit());
        assertEquals(UnitSource.Kind.IDENTITY, summary.unitSource().kind());
        assertTrue(summary.unitSource().detail().contains("holds in 万元 and fails in 元"), summary.unitSource().detail());
        assertTrue(amounts(summary).stream().noneMatch(c -> c.status() == CellStatus.SUSPECT));
        assertEquals(0, doc.checkCounts().get(io.gongkai.model.CheckStatus.FAIL));
    }

    @Test
    void withNoIdentityTheUnitIsUnknownEveryAmountIsFlaggedAndNoWriterShowsAUnit() throws Exception {
        Document doc = read(SUMMARY_YUAN + THREE_PUBLIC_WAN);
        Table summary = doc.tables().get(0);
        assertEquals(MoneyUnit.UNKNOWN, summary.unit(), "never the 三公 table's 万元");
        assertEquals(UnitSource.Kind.NONE, summary.unitSource().kind());
        assertTrue(summary.unitUnknown());
        List<Cell> amounts = amounts(summary);
        assertEquals(8, amounts.size());
        Verification v = Verification.of(doc);
        for (Row r : summary.rows()) {
            for (Cell c : r.cells()) {
                if (!summary.isAmount(c)) continue;
                assertEquals(CellStatus.SUSPECT, c.status(), r.label());
                assertTrue(c.repairs().stream().anyMatch(x -> x.kind().equals(RepairKind.UNIT_UNKNOWN)), r.label());
                assertEquals(io.gongkai.model.Verdict.UNCHECKED, v.verdict(new CellRef(summary.ref(), r.key().value(), c.column())), r.label());
            }
        }
        // the figures themselves are kept as printed
        assertEquals(0, new BigDecimal("4736957.00").compareTo(value(summary, "expenditure:住房保障支出", "2")));
        assertEquals(MoneyUnit.WAN_YUAN, doc.tables().get(1).unit());
        assertEquals(MoneyUnit.UNKNOWN, doc.unit(), "the only table with amounts has no known unit");
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING && d.message().startsWith("T01: unit unknown")),
                doc.diagnostics().toString());
        assertTrue(summary.diagnostics().stream().anyMatch(d -> d.message().contains("8 amounts are flagged suspect")), summary.diagnostics().toString());
        assertEquals(List.of("T01"), Summary.of(doc).unknownUnits());
        assertTrue(Summary.of(doc).render(doc).contains("unit unknown"));

        // JSON: null, and where it came from; CSV: unknown; the typed views: no value in 元, not trusted
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonWriter().write(doc, json);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toByteArray());
        assertTrue(tree.get("unit").isNull());
        assertTrue(tree.get("tables").get(0).get("unit").isNull());
        assertEquals("none", tree.get("tables").get(0).get("unit_source").get("kind").asText());
        assertEquals("万元", tree.get("tables").get(1).get("unit").asText());
        assertEquals(1, tree.get("summary").get("unknown_unit_tables").asInt());
        StringWriter csv = new StringWriter();
        new TidyCsvWriter().write(doc, csv);
        String line = csv.toString().lines().filter(l -> l.contains("31214205.80")).findFirst().orElseThrow();
        assertTrue(line.contains(",unknown,") && line.contains(",suspect,unchecked"), line);
        assertFalse(csv.toString().lines().anyMatch(l -> l.contains(",T01,") && (l.contains(",元,") || l.contains(",万元,"))));
        StringWriter wide = new StringWriter();
        new io.gongkai.write.WideCsvWriter().write(summary, wide);
        assertTrue(wide.toString().lines().findFirst().orElseThrow().contains("本年收入 / 预算数 (1, unit unknown)"), wide.toString());
        StringWriter wideWan = new StringWriter();
        new io.gongkai.write.WideCsvWriter().write(doc.tables().get(1), wideWan);
        assertTrue(wideWan.toString().lines().findFirst().orElseThrow().contains("合计 (1, 万元)"), wideWan.toString());
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new io.gongkai.write.XlsxWriter().write(doc, xlsx);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            String unitLine = wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertTrue(unitLine.contains("unit UNKNOWN"), unitLine);
        }
        StringWriter html = new StringWriter();
        new io.gongkai.write.ReviewPage().write(doc, html);
        assertTrue(html.toString().contains("unit unknown (元 or 万元), every amount suspect"));
    }

    /** 万元 amounts are rounded one by one: a total 0.01 off the sum of its parts, on both sides of the table. */
    @Test
    void sumsThatHoldOnlyWithinTheRoundingOfWanYuanInTwoPlacesMakeItWanYuan() {
        String rounded = SUMMARY_WAN.replace("收入总计\t3,121.42\t支出总计\t3,121.42", "收入总计\t3,121.43\t支出总计\t3,121.43");
        Document doc = read(rounded + THREE_PUBLIC_WAN);
        Table summary = doc.tables().get(0);
        assertEquals(MoneyUnit.WAN_YUAN, summary.unit());
        assertEquals(UnitSource.Kind.ROUNDING, summary.unitSource().kind());
        assertTrue(summary.unitSource().detail().startsWith("2 of its sums, sharing no cell, hold in 万元 only within its rounding"), summary.unitSource().detail());
        assertTrue(amounts(summary).stream().noneMatch(c -> c.status() == CellStatus.SUSPECT));

        // one such sum (one side, or a single misread cent in 元) is no evidence
        String once = SUMMARY_WAN.replace("一、财政拨款收入\t3,121.42", "一、财政拨款收入\t3,121.41").replace("1. 一般公共预算资金\t3,121.42", "1. 一般公共预算资金\t3,121.41");
        Table alone = read(once + THREE_PUBLIC_WAN).tables().get(0);
        assertEquals(MoneyUnit.UNKNOWN, alone.unit());
        assertTrue(alone.unitSource().detail().contains("one is not enough"), alone.unitSource().detail());
    }

    /** 编制单位：元谋县财政局 is the publisher, not a unit: with no 单位 line the unit is unknown, never 元 (nor 万元 for 万里). */
    @Test
    void aPublishersNameIsNoUnit() {
        for (String publisher : List.of("编制单位：元谋县财政局", "编制单位：上海市普陀区人民政府万里街道办事处")) {
            Document doc = read(SUMMARY_YUAN.replace("编制部门：上海市普陀区财政局", publisher));
            assertEquals(MoneyUnit.UNKNOWN, doc.tables().get(0).unit(), publisher);
            Document printed = read(SUMMARY_YUAN.replace("编制部门：上海市普陀区财政局", publisher + "\t单位：万元"));
            assertEquals(MoneyUnit.WAN_YUAN, printed.tables().get(0).unit(), publisher);
            assertEquals("单位:万元", printed.tables().get(0).unitSource().detail(), "the label as printed (normalized)");
        }
    }

    @Test
    void typedViewsCarryTheUnit() {
        Document doc = read(SUMMARY_YUAN + FISCAL_WAN);
        // through the public view API: an Amount of a 万元 table is in 元 × 10,000
        Amount a = new Amount(new BigDecimal("3121.42"), CellStatus.OK, "3,121.42", MoneyUnit.WAN_YUAN);
        assertEquals(0, new BigDecimal("31214200").compareTo(a.yuan().orElseThrow()));
        Amount unknown = new Amount(new BigDecimal("3121.42"), CellStatus.SUSPECT, "3,121.42", MoneyUnit.UNKNOWN);
        assertTrue(unknown.yuan().isEmpty());
        assertFalse(unknown.trusted());
        assertEquals(MoneyUnit.YUAN, doc.tables().get(0).unit());
    }

    /** The same input gives the same output, run after run (the old majority vote broke a tie by hash order). */
    @Test
    void theSameInputGivesTheSameOutput() throws Exception {
        for (String text : List.of(SUMMARY_YUAN + FISCAL_WAN + THREE_PUBLIC_WAN, SUMMARY_YUAN + THREE_PUBLIC_WAN, SUMMARY_YUAN + FISCAL_YUAN + THREE_PUBLIC_WAN)) {
            String first = null;
            for (int i = 0; i < 20; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new JsonWriter().write(read(text), out);
                String json = out.toString(StandardCharsets.UTF_8);
                if (first == null) first = json;
                assertEquals(first, json, "run " + i);
            }
        }
    }
}

package io.gongkai;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed read end to end: the 2024 部门决算 of 曲靖市工业和信息化局 as another OCR tool rendered it. */
class SeedDocumentTest {
    private static Document doc;

    @BeforeAll
    static void read() {
        doc = Gongkai.extract(Samples.seed());
    }

    private static Table numbered(String printed) {
        return doc.tables().stream().filter(t -> printed.equals(t.printedNumber())).findFirst().orElseThrow(() -> new AssertionError(printed));
    }

    @Test
    void documentFacts() {
        assertEquals("曲靖市工业和信息化局", doc.department());
        assertEquals(2024, doc.year());
        assertEquals(DocumentKind.FINAL, doc.kind());
        assertEquals(64, doc.sha256().length());
    }

    @Test
    void everyTableInstanceHasTheRightTemplate() {
        Map<String, String> financial = new LinkedHashMap<>();
        financial.put("公开01表", "income-expenditure-summary");
        financial.put("公开02表", "income");
        financial.put("公开03表", "expenditure");
        financial.put("公开04表", "fiscal-appropriation-summary");
        financial.put("公开05表", "general-budget-expenditure");
        financial.put("公开06表", "general-budget-basic-expenditure");
        financial.put("公开07表", "general-budget-project-expenditure");
        financial.put("公开08表", "government-fund");
        financial.put("公开09表", "state-capital");
        financial.put("公开10表", "three-public-and-operating");
        financial.put("公开11表", "three-public");
        financial.put("公开12表", "state-assets");
        financial.put("公开13表", "department-performance-report");
        financial.put("公开14老", "department-performance");
        List<Table> tables = doc.tables();
        // 公开01–39, 16's label lost, and 公开30表 printed on three different project tables
        assertEquals(41, tables.size());
        for (int i = 0; i < 14; i++) {
            Table t = tables.get(i);
            assertEquals(financial.get(t.printedNumber()), t.templateId(), t.ref() + " " + t.printedNumber());
        }
        for (Table t : tables.subList(14, tables.size())) assertEquals("project-performance", t.templateId(), t.ref() + " " + t.printedNumber());
        assertNull(tables.get(15).printedNumber(), "公开16表 has no label in the source");
        assertEquals(3, tables.stream().filter(t -> "公开30表".equals(t.printedNumber())).count());
        assertEquals(1, tables.stream().filter(t -> "公开13表".equals(t.printedNumber())).count(), "13 is printed twice, one table");
    }

    @Test
    void everyNumericCellOfTheFinancialTablesIsParsed() {
        int numbers = 0;
        for (Table t : doc.tables().subList(0, 12)) {
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    Column.Kind kind = t.column(c.column()).orElseThrow().kind();
                    if (kind == Column.Kind.TEXT) continue;
                    boolean blankOrDash = c.raw().isBlank() || c.text().equals("-");
                    if (!blankOrDash) {
                        assertTrue(c.number() != null, t.ref() + " " + r.key().value() + "." + c.column() + " raw '" + c.raw() + "'");
                        numbers++;
                    }
                }
            }
        }
        assertTrue(numbers > 1000, "numeric cells: " + numbers);
        // rows as printed: 02 and 05 list 23 项, 03 lists 24 (2159999 too), each plus 合计
        assertEquals(24, numbered("公开02表").rows().size());
        assertEquals(25, numbered("公开03表").rows().size());
        assertEquals(24, numbered("公开05表").rows().size());
    }

    @Test
    void everyFunctionCodeIsRestored() {
        for (String n : List.of("公开02表", "公开03表", "公开05表")) {
            for (Row r : numbered(n).rows()) {
                if (r.key().value().equals("total")) continue;
                assertTrue(r.key().value().matches("2\\d{6}"), n + " row '" + r.label() + "' key " + r.key().value());
            }
        }
        Table t05 = numbered("公开05表");
        // its code lost: restored by its exact name among the 项 rows around it, or from another table that prints it
        assertTrue(t05.row("2080506").orElseThrow().repairs().stream().anyMatch(x -> x.kind().equals(io.gongkai.model.RepairKind.CODE_FROM_OTHER_TABLE)
                || x.kind().equals(io.gongkai.model.RepairKind.CODE_FROM_NAME)), t05.row("2080506").orElseThrow().repairs().toString());
        assertTrue(t05.row("2080501").orElseThrow().repairs().stream().anyMatch(x -> x.kind().equals(io.gongkai.model.RepairKind.CLASS_FROM_CONTEXT)));
        assertTrue(t05.row("2101101").isPresent(), "210 | 01101");
        Table t07 = numbered("公开07表");
        assertTrue(t07.row("30921").orElseThrow().repairs().stream().anyMatch(x -> x.kind().equals(io.gongkai.model.RepairKind.CODE_MISREAD)), "20921 printed for 30921");
        assertTrue(t07.row("309").isPresent() && t07.row("311").isPresent(), "classes printed without codes");
    }

    @Test
    void identitiesThatHoldInTheSourcePass() {
        List<String> notPassing = new ArrayList<>();
        for (Check c : doc.allChecks()) if (!c.status().holds()) notPassing.add(c.identity() + " " + c.status());
        // the only failures are the publisher's own, in 公开14表; the only undecidable sums are over cells the OCR
        // truncated beyond what the identities pin (公开07表 312xx)
        List<String> expected = List.of(
                "department-performance/funds-total@1 FAIL", "department-performance/funds-total@2 FAIL",
                "department-performance/funds-project@1 FAIL", "department-performance/funds-project@2 FAIL");
        for (String e : expected) assertTrue(notPassing.contains(e), e + " in " + notPassing);
        List<String> rest = notPassing.stream().filter(s -> !expected.contains(s)).toList();
        assertTrue(rest.stream().allMatch(s -> s.endsWith("UNVERIFIABLE")), rest.toString());
        // in the financial tables 01–12, only sums over cells the OCR lost beyond what the identities pin stay undecided:
        // 07's 312xx split, and 12's two trailing blanks (其他资产), which only one identity each would fill
        List<String> financial = new ArrayList<>();
        for (Table t : doc.tables().subList(0, 12)) for (Check c : t.checks()) if (!c.status().holds()) financial.add(c.identity());
        assertEquals(List.of("general-budget-project-expenditure/tree@312.amount", "state-assets/total@total", "state-assets/original@total"), financial);
        long passing = doc.allChecks().stream().filter(c -> c.status().holds()).count();
        assertTrue(passing > 400, "passing checks: " + passing);
        for (Check c : doc.checks()) assertTrue(c.status() == CheckStatus.PASS, "cross-table " + c.identity() + " " + c.status());
    }

    @Test
    void publishersOwnErrorStaysAFailure() {
        Check c = numbered("公开14老").checks().stream().filter(x -> x.identity().equals("department-performance/funds-project@1")).findFirst().orElseThrow();
        assertEquals(CheckStatus.FAIL, c.status());
        assertEquals(new BigDecimal("-8892.00"), c.difference());
        Cell printed = numbered("公开14老").cell("funds-project", "1").orElseThrow();
        assertEquals(0, new BigDecimal("4840000.00").compareTo(printed.number()), "the source's value is kept");
    }

    @Test
    void lostValuesAreRecoveredAndFlagged() {
        Cell publicTotal = numbered("公开06表").cell("public-total", "amount").orElseThrow();
        assertEquals(CellStatus.RECOVERED, publicTotal.status());
        assertEquals(new BigDecimal("3243634.99"), publicTotal.number());
        assertEquals("3, 243, 634. 9", publicTotal.raw());

        Cell subsidies = numbered("公开07表").cell("312", "amount").orElseThrow();
        assertEquals(CellStatus.RECOVERED, subsidies.status());
        assertEquals(new BigDecimal("63476563.09"), subsidies.number());

        Cell lost = numbered("公开05表").cell("2080505", "8").orElseThrow();
        assertEquals(CellStatus.RECOVERED, lost.status());
        assertEquals(new BigDecimal("2511548.65"), lost.number());
        assertEquals("", lost.raw());
    }

    @Test
    void truncatedValuesNoIdentityPinsStaySuspect() {
        // 31204/31205/31299 each lost a last digit; their sum is pinned (63,476,563.09) but not how it splits
        for (String code : List.of("31204", "31205", "31299")) {
            Cell c = numbered("公开07表").cell(code, "amount").orElseThrow();
            assertEquals(CellStatus.SUSPECT, c.status(), code);
        }
    }

    @Test
    void projectTablesCarryNameFundsAndScore() {
        Table t15 = numbered("公开15表");
        assertEquals("招商引资目标考核激励奖补", t15.cell("project", "text").orElseThrow().text());
        assertEquals(0, new BigDecimal("50000.00").compareTo(t15.cell("funds-total", "3").orElseThrow().number()));
        assertEquals(0, new BigDecimal("100.00").compareTo(t15.cell("score-total", "score").orElseThrow().number()));
        Table t18 = numbered("公开18表");
        assertEquals(0, new BigDecimal("97.00").compareTo(t18.cell("score-total", "score").orElseThrow().number()));
    }

    /**
     * Each table's unit from what it prints (a unit line, else 项目资金(元) on its funds rows), or from an identity
     * (公开06表 prints none: its 人员经费 total is 05's in 元, 10,000× off in 万元), or unknown: 公开12表, 18 and 38
     * print theirs garbled (`**今**麵单台 示`, `소(균)`, `项目资金(`), and nothing ties them to a table of known unit —
     * never the document's 元.
     */
    @Test
    void everyTableHasTheUnitItPrintsOrAnIdentityGivesOrNone() {
        Map<String, Integer> bySource = new java.util.TreeMap<>();
        for (Table t : doc.tables()) bySource.merge(t.unitSource().kind().id() + " " + t.unit().label(), 1, Integer::sum);
        assertEquals(Map.of("header 元", 23, "header 万元", 1, "label 元", 13, "identity 元", 1, "none unknown", 3), bySource);
        Table basic = numbered("公开06表");
        assertEquals(io.gongkai.model.MoneyUnit.YUAN, basic.unit());
        assertTrue(basic.unitSource().detail().startsWith("cross/personnel with T05 (元, header) holds in 元 and fails in 万元"), basic.unitSource().detail());
        assertEquals(io.gongkai.model.MoneyUnit.WAN_YUAN, numbered("公开13表").unit(), "the report prints 金额单位:万元");
        assertEquals(io.gongkai.model.UnitSource.Kind.LABEL, numbered("公开14老").unitSource().kind());
        for (String unknown : List.of("公开12表", "公开18表", "公开38表")) {
            Table t = numbered(unknown);
            assertEquals(io.gongkai.model.MoneyUnit.UNKNOWN, t.unit(), unknown);
            for (Row r : t.rows()) for (Cell c : r.cells()) if (t.isAmount(c)) assertEquals(CellStatus.SUSPECT, c.status(), unknown + " " + r.label());
        }
        assertEquals(io.gongkai.model.MoneyUnit.YUAN, doc.unit());
    }
}

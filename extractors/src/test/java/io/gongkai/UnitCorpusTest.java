package io.gongkai;

import io.gongkai.write.JsonWriter;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Units on real files (profile -Pcorpus): the case ../shared/cases/unit-missing (a summary page whose 单位：元 was
 * deleted, beside a 万元 table and beside a 元 table), and every budget of ../shared/corpus, whose tables print their
 * units (元, and 万元 on the 三公 page).
 */
@Tag("corpus")
class UnitCorpusTest {
    private static Path shared() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared"));
    }

    private static Path unitMissing(String name) {
        return shared().resolve("cases/unit-missing").resolve(name);
    }

    private static void assertAmount(Table t, String row, String column, String expected) {
        Cell c = t.cell(row, column).orElseThrow(() -> new AssertionError(t.ref() + " " + row + "." + column));
        assertEquals(0, new BigDecimal(expected).compareTo(c.number()), t.ref() + " " + row + "." + column + ": " + c.number());
    }

    /** The key values of EXPECTED.md, all in 元. */
    private static void assertSummaryValues(Table summary) {
        assertEquals("budget-summary", summary.templateId());
        assertAmount(summary, "income:财政拨款收入", "1", "31214205.80");
        assertAmount(summary, "expenditure:一般公共服务支出", "2", "22186440.80");
        assertAmount(summary, "expenditure:住房保障支出", "2", "4736957.00");
        assertAmount(summary, "income-total", "1", "31214205.80");
        assertAmount(summary, "expenditure-total", "2", "31214205.80");
    }

    /** 3 tables: the summary's 财政拨款收入 = the 财政拨款收支预算总表's 收入总计, printed in 元: so 元, noted as inferred. */
    @Test
    void summaryBesideAYuanTableIsYuanByIdentity() {
        Document doc = Gongkai.extract(unitMissing("summary-no-unit-3-tables.pdf"));
        assertEquals(3, doc.tables().size());
        Table summary = doc.tables().get(0), fiscal = doc.tables().get(1), threePublic = doc.tables().get(2);
        assertSummaryValues(summary);
        assertEquals(MoneyUnit.YUAN, summary.unit());
        assertEquals(UnitSource.Kind.IDENTITY, summary.unitSource().kind());
        assertTrue(summary.unitSource().detail().startsWith("cross/summary-income with T02 (元, header) holds in 元 and fails in 万元"), summary.unitSource().detail());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.INFO && d.where().equals("T01") && d.message().contains("inferred")));
        assertTrue(fiscal.diagnostics().contains(new Diagnostic(Diagnostic.Severity.INFO, "T02", "T02: unit 元 as printed (header): 单位:元")), fiscal.diagnostics().toString());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.where().equals("T02")), "the document names only the tables whose unit is not printed");
        assertEquals("budget-fiscal-appropriation-summary", fiscal.templateId());
        assertEquals(MoneyUnit.YUAN, fiscal.unit());
        assertEquals(UnitSource.Kind.HEADER, fiscal.unitSource().kind());
        assertAmount(fiscal, "income-total", "1", "31214205.80");
        assertAmount(fiscal, "expenditure-total", "2", "31214205.80");
        assertEquals("budget-three-public", threePublic.templateId());
        assertEquals(MoneyUnit.WAN_YUAN, threePublic.unit());
        assertEquals(UnitSource.Kind.HEADER, threePublic.unitSource().kind());
        assertEquals(MoneyUnit.YUAN, doc.unit());
        assertEquals(0, doc.statusCounts().get(CellStatus.SUSPECT));
        assertEquals(0, doc.checkCounts().get(CheckStatus.FAIL));
    }

    /** 2 tables: no other table in 元, no identity: unknown and flagged, never the 三公 table's 万元. */
    @Test
    void summaryBesideOnlyAWanYuanTableIsUnknownAndFlagged() {
        Document doc = Gongkai.extract(unitMissing("summary-no-unit-with-wanyuan-table.pdf"));
        assertEquals(2, doc.tables().size());
        Table summary = doc.tables().get(0), threePublic = doc.tables().get(1);
        assertSummaryValues(summary);
        assertEquals(MoneyUnit.UNKNOWN, summary.unit());
        assertEquals(UnitSource.Kind.NONE, summary.unitSource().kind());
        int amounts = 0;
        for (Row r : summary.rows()) {
            for (Cell c : r.cells()) {
                if (!summary.isAmount(c)) continue;
                amounts++;
                assertEquals(CellStatus.SUSPECT, c.status(), r.label());
                assertTrue(c.repairs().stream().anyMatch(x -> x.kind().equals(RepairKind.UNIT_UNKNOWN)), r.label());
            }
        }
        assertEquals(8, amounts);
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING && d.where().equals("T01")
                && d.message().contains("unit unknown")), doc.diagnostics().toString());
        assertEquals(MoneyUnit.WAN_YUAN, threePublic.unit());
        assertEquals(UnitSource.Kind.HEADER, threePublic.unitSource().kind());
        assertEquals(MoneyUnit.UNKNOWN, doc.unit());
    }

    /** Twenty extractions in this JVM, and others in fresh JVMs (the old tie-break hung on identity hash codes). */
    @Test
    void theCaseFilesGiveTheSameOutputOnEveryRun() throws Exception {
        String here = digest();
        for (int i = 0; i < 20; i++) assertEquals(here, digest(), "run " + i);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 8; i++) {
            Process p = new ProcessBuilder(java, "-cp", classpath, "-Dgongkai.shared=" + shared().toAbsolutePath(), Digest.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // its last line (a library may log on stdout before)
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().lines().toList();
            String out = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            assertEquals(0, p.waitFor(), "fresh JVM " + i);
            assertEquals(here, out, "fresh JVM " + i);
        }
    }

    /** SHA-256 of the JSON of both case files. */
    static String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String name : List.of("summary-no-unit-3-tables.pdf", "summary-no-unit-with-wanyuan-table.pdf")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonWriter().write(Gongkai.extract(unitMissing(name)), out);
            sha.update(out.toByteArray());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Run in a fresh JVM by {@link #theCaseFilesGiveTheSameOutputOnEveryRun}: prints {@link #digest()}. */
    public static final class Digest {
        public static void main(String[] args) throws Exception {
            System.out.println(digest());
        }
    }

    /**
     * Every table of every real budget gets the unit it prints, from its header: 元, and 万元 on the 三公 page; the 2023
     * 万里街道 budget's five 财政项目支出绩效目标填报表 print theirs on their funds block's label, 项目资金(元).
     */
    @Test
    void everyBudgetTableHasTheUnitItPrints() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (String dir : List.of("corpus/budgets", "corpus/budgets-more")) {
            try (Stream<Path> s = Files.list(shared().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        assertEquals(12, pdfs.size());
        TreeMap<String, Integer> bySource = new TreeMap<>();
        for (Path pdf : pdfs) {
            Document doc = Gongkai.extract(pdf);
            String name = pdf.getFileName().toString();
            assertEquals(MoneyUnit.YUAN, doc.unit(), name);
            for (Table t : doc.tables()) {
                bySource.merge(t.unitSource().kind().id() + " " + t.unit().label(), 1, Integer::sum);
                String where = name + " " + t.ref() + " " + t.templateId();
                if (t.templateId() == null) {
                    assertEquals(0, t.amountCount(), where);
                    continue;
                }
                if (t.templateId().equals("budget-project-performance-targets")) {
                    assertEquals(UnitSource.Kind.LABEL, t.unitSource().kind(), where + ": " + t.unitSource());
                    assertEquals(MoneyUnit.YUAN, t.unit(), where);
                    assertEquals("项目资金(元)", t.unitSource().detail(), where);
                    continue;
                }
                assertEquals(UnitSource.Kind.HEADER, t.unitSource().kind(), where + ": " + t.unitSource());
                boolean threePublic = t.templateId().equals("budget-three-public");
                assertEquals(threePublic ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN, t.unit(), where);
                assertEquals(threePublic ? "单位:万元" : "单位:元", t.unitSource().detail(), where);
            }
        }
        System.out.println("units of the budgets' tables: " + bySource);
        assertEquals(new TreeMap<>(java.util.Map.of("header 元", 96, "header 万元", 12, "label 元", 5)), bySource);
    }
}

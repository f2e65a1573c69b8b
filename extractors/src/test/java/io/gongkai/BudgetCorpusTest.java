package io.gongkai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.model.Cell;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real 部门预算 / 单位预算 PDFs of ../shared/corpus/budgets (profile -Pcorpus). */
@Tag("corpus")
class BudgetCorpusTest {
    private static final Set<String> STANDARD = Set.of("budget-summary", "budget-income", "budget-expenditure",
            "budget-fiscal-appropriation-summary", "budget-general-expenditure", "budget-government-fund",
            "budget-state-capital", "budget-basic-economic", "budget-three-public");

    private static Path budgets() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared")).resolve("corpus/budgets");
    }

    @Test
    void everyBudgetHasItsNineTablesAndEveryIdentityHolds() throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(budgets())) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(8, pdfs.size());
        for (Path pdf : pdfs) {
            Document doc = Gongkai.extract(pdf);
            String name = pdf.getFileName().toString();
            assertEquals(DocumentKind.BUDGET, doc.kind(), name);
            assertTrue(doc.year() == 2024 || doc.year() == 2025, name);
            // the publisher, as the tables' headers print it (编制部门： or, on a unit's budget, 编制单位：), names the file
            assertTrue(doc.department() != null && name.matches(java.util.regex.Pattern.quote(doc.department()) + "(单位|部门)?\\d\\d年预算\\.pdf"),
                    name + ": " + doc.department());
            assertEquals(STANDARD, doc.tables().stream().map(Table::templateId).collect(java.util.stream.Collectors.toSet()), name);
            assertEquals(9, doc.tables().size(), name);
            List<String> bad = new ArrayList<>();
            for (Check c : doc.allChecks()) if (!c.status().holds()) bad.add(c.identity() + " " + c.status());
            assertTrue(bad.isEmpty(), name + ": " + bad);
            assertTrue(doc.allChecks().size() > 150, name + " checks: " + doc.allChecks().size());
        }
    }

    /**
     * Another tool's extraction of the 万里街道 2024 and 2025 budgets (458 coded rows): every value agrees, and the only
     * rows that do not match are the two where it kept the printed "301 | 2" and "301 | 7" as codes 3012 and 3017;
     * we restore the dropped zero (30102 津贴补贴, 30107 绩效工资), which 301 = Σ款 confirms.
     */
    @Test
    void agreesWithTheReferenceExtraction() throws Exception {
        Map<String, Document> byYear = new HashMap<>();
        byYear.put("2024", Gongkai.extract(budgets().resolve("上海市普陀区人民政府万里街道办事处24年预算.pdf")));
        byYear.put("2025", Gongkai.extract(budgets().resolve("上海市普陀区人民政府万里街道办事处25年预算.pdf")));
        Map<String, String> templates = Map.of("income_summary", "budget-income", "expenditure_summary", "budget-expenditure",
                "general_budget", "budget-general-expenditure", "basic_expenditure", "budget-basic-economic");
        Map<String, String> columns = Map.of("total", "1", "fiscal", "2", "business", "3", "operation", "4", "other", "5",
                "basic", "2", "project", "3", "personnel", "2", "public", "3");
        int rows = 0, rowsAgreeing = 0, values = 0, valuesAgreeing = 0;
        List<String> unmatched = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Reader r = Files.newBufferedReader(budgets().resolve("reference-extraction/org_dept_line_items.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                rows++;
                Table t = byYear.get(rec.get("year")).table(templates.get(rec.get("table_key"))).orElseThrow();
                String code = rec.get("class_code") + rec.get("type_code") + rec.get("item_code");
                if (t.row(code).isEmpty()) {
                    unmatched.add(rec.get("year") + " " + code + " " + rec.get("item_name"));
                    continue;
                }
                boolean all = true;
                JsonNode v = json.readTree(rec.get("values_json"));
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    values++;
                    Cell c = t.cell(code, columns.get(e.getKey())).orElseThrow();
                    boolean same = c.number() != null && c.number().compareTo(e.getValue().decimalValue()) == 0;
                    if (same) valuesAgreeing++;
                    all &= same;
                }
                if (all) rowsAgreeing++;
            }
        }
        System.out.printf("reference extraction: %d rows, %d agree; %d values, %d agree; unmatched %s%n", rows, rowsAgreeing, values, valuesAgreeing, unmatched);
        assertEquals(458, rows);
        assertEquals(456, rowsAgreeing);
        assertEquals(values, valuesAgreeing);
        assertEquals(List.of("2024 3012 津贴补贴", "2024 3017 绩效工资"), unmatched);
        Table basic2024 = byYear.get("2024").table("budget-basic-economic").orElseThrow();
        assertEquals(0, new BigDecimal("16623810").compareTo(basic2024.cell("30102", "1").orElseThrow().number()));
        assertTrue(basic2024.row("30102").orElseThrow().repairs().stream().anyMatch(x -> x.kind().equals("leading-zero-restored")));
    }

    @Test
    void badPdfsFromPdfplumber() {
        Path peers = Path.of(System.getProperty("gongkai.shared", "../../shared")).resolve("corpus/peers/pdfplumber");
        EncryptedDocumentException locked = org.junit.jupiter.api.Assertions.assertThrows(EncryptedDocumentException.class,
                () -> Gongkai.extract(peers.resolve("password-example.pdf")));
        assertTrue(locked.getMessage().contains("password"));
        Gongkai.extract(peers.resolve("password-example.pdf"), Options.builder().password("test").build());
        InputException empty = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> Gongkai.extract(peers.resolve("empty.pdf")));
        assertTrue(empty.getMessage().contains("empty"));
        Document malformed = Gongkai.extract(peers.resolve("malformed-from-issue-932.pdf"));
        assertTrue(malformed.tables().stream().noneMatch(t -> t.templateId() != null), "nothing identified in a malformed file");
        // a scanned report (EPSON Scan) with another program's invisible OCR layer ("Z0l5 年"): read again by our OCR,
        // which finds the one ruled table (bank loans of a guarantee, not a fiscal table: kept as text), begun at the
        // foot of page 1 (its header and first loan) and continued on page 2, which was scanned shifted and cut at its
        // right edge (so the two parts are not joined)
        Document scanned = Gongkai.extract(peers.resolve("pr-136-example.pdf"));
        assertTrue(scanned.diagnostics().stream().anyMatch(d -> d.message().contains("invisible OCR layer") && d.message().contains("read again by OCR")), scanned.diagnostics().toString());
        assertEquals(List.of(List.of(1), List.of(2)), scanned.tables().stream().map(Table::pages).toList());
        assertTrue(scanned.tables().stream().allMatch(t -> t.templateId() == null));
        String first = scanned.tables().get(0).rows().stream().flatMap(r -> r.cells().stream()).map(Cell::raw).reduce("", String::concat);
        assertTrue(first.contains("中信银行杭州分行") && first.contains("2016-03-07"), first);
        String text = scanned.tables().get(1).rows().stream().flatMap(r -> r.cells().stream()).map(Cell::raw).reduce("", String::concat);
        assertTrue(text.contains("浦发银行诸暨支行") && text.contains("2015-12-11"), text);
        // OCR off: the layer is read as it is (it holds no ruled table), and the document says what it was
        Document asIs = Gongkai.extract(peers.resolve("pr-136-example.pdf"), Options.builder().noOcr().build());
        assertEquals(0, asIs.tables().size());
        assertTrue(asIs.diagnostics().stream().anyMatch(d -> d.message().contains("invisible OCR layer") && d.message().contains("OCR is off")), asIs.diagnostics().toString());
    }
}

package io.gongkai.assemble;

import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document whose department or year is found nowhere says so (a newcomer's curled scan came out "department null",
 * its 编制单位 line illegible, and no word explained the null); one that names both says nothing of it.
 */
class UnnamedDocumentTest {

    private static Document read(String title, String headerLine) {
        return assemble(block(title, headerLine));
    }

    private static RawBlock block(String title, String headerLine) {
        List<RawRow> raw = new ArrayList<>();
        raw.add(new RawRow(1, cells("功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出")));
        raw.add(new RawRow(2, cells("类", "款", "项", "", "", "", "")));
        raw.add(new RawRow(3, cells("204", "", "", "公共安全支出", "1,500", "1,000", "500")));
        raw.add(new RawRow(4, cells("204", "06", "", "司法", "1,500", "1,000", "500")));
        raw.add(new RawRow(5, cells("204", "06", "01", "行政运行", "1,500", "1,000", "500")));
        raw.add(new RawRow(6, cells("", "", "", "合计", "1,500", "1,000", "500")));
        return new RawBlock(1, List.of(1), title, null, List.of(headerLine), raw, List.of());
    }

    private static List<RawCell> cells(String... texts) {
        List<RawCell> out = new ArrayList<>();
        for (String t : texts) out.add(new RawCell(t, null, 1.0));
        return out;
    }

    /** The document's one warning about itself (failing when it has none, or more). */
    private static String onlyWarning(Document d) {
        List<String> w = documentWarnings(d);
        assertEquals(1, w.size(), w.toString());
        return w.get(0);
    }

    private static Document assemble(RawBlock... blocks) {
        return new DocumentAssembler(TemplateCatalog.builtIn()).assemble("test", "", List.of(blocks), List.of());
    }

    private static List<String> documentWarnings(Document d) {
        return d.diagnostics().stream().filter(x -> x.severity() == Diagnostic.Severity.WARNING && x.where().equals("document")).map(Diagnostic::message).toList();
    }

    @Test
    void aDocumentThatNamesNoDepartmentSaysSo() {
        Document d = read("2025年部门支出预算总表", "单位：元");
        assertNull(d.department());
        assertEquals(2025, d.year());
        String w = onlyWarning(d);
        assertTrue(w.startsWith("department not found"), w);
    }

    @Test
    void aDocumentThatNamesNeitherSaysBoth() {
        Document d = read("部门支出预算总表", "单位：元");
        assertTrue(documentWarnings(d).get(0).startsWith("department and year not found"), documentWarnings(d).toString());
    }

    @Test
    void aDocumentThatNamesBothSaysNothingOfThem() {
        Document d = read("2025年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元");
        assertEquals("上海市普陀区司法局", d.department());
        assertEquals(List.of(), documentWarnings(d));
    }

    @Test
    void aDepartmentWhoseDistrictItsCityDoesNotHoldIsPutRightAndSaysSo() {
        // a newcomer's scan in a heavy Ming face: 普 read 善 wherever the department is printed
        Document d = read("2025年部门支出预算总表", "编制部门：上海市善陀区司法局\t单位：元");
        assertEquals("上海市普陀区司法局", d.department());
        String w = onlyWarning(d);
        assertTrue(w.startsWith("department read 上海市善陀区司法局: 上海市 has no 善陀区, and 普陀区 is one character away"), w);
    }

    @Test
    void tablesThatNameAnotherDepartmentOrYearSaySo() {
        // a newcomer's A3 scan: a page of 司法局's 2026 budget beside one of 社会福利院's 2024 budget, one file
        Document one = read("2026年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元");
        Document other = read("2024年部门支出预算总表", "编制单位：上海市普陀区社会福利院\t单位：元");
        Document d = assemble(block("2026年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元"),
                block("2024年部门支出预算总表", "编制单位：上海市普陀区社会福利院\t单位：元"));
        assertEquals("上海市普陀区司法局", d.department());
        assertEquals(2026, d.year());
        List<String> w = documentWarnings(d);
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("tables name another department than the document's (上海市普陀区司法局): 上海市普陀区社会福利院 (T02)"), w.get(0));
        assertTrue(w.get(1).startsWith("tables' titles name another year than the document's (2026): 2024 (T02)"), w.get(1));
        // each alone, and a table naming its department in a wrapped cell (the start of the name), say nothing of it
        assertEquals(List.of(), documentWarnings(one));
        assertEquals(List.of(), documentWarnings(other));
        Document wrapped = assemble(block("2026年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元"),
                block("2026年部门支出预算总表", "编制部门：上海市普陀区司\t单位：元"), block("2026年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元"));
        assertEquals(List.of(), documentWarnings(wrapped));
    }

    /** The block as OCR read it: every cell's confidence 0.9. */
    private static RawBlock scanned(RawBlock b) {
        List<RawRow> rows = new ArrayList<>();
        for (RawRow r : b.rows()) rows.add(new RawRow(r.line(), r.cells().stream().map(c -> new RawCell(c.text(), null, 0.9)).toList()));
        return new RawBlock(b.line(), b.pages(), b.title(), b.printedNumber(), b.headerText(), rows, b.notes());
    }

    @Test
    void aScansYearThatOneTitleAloneNamesIsFlagged() {
        // a newcomer's fax of two pages of a 2024 budget: one title read 2021 (the 4's diagonal broken), the 三公
        // table's title printing no year; the year came out 2021 with no word
        Document d = assemble(scanned(block("2021年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元")),
                scanned(block("部门“三公”经费和机关运行经费预算表", "编制部门：上海市普陀区司法局\t单位：元")));
        assertEquals(2021, d.year());
        String w = onlyWarning(d);
        assertTrue(w.startsWith("year 2021 read by OCR from one table's title and confirmed by no other"), w);
        // two titles that agree confirm it; a text layer's year is as printed
        Document two = assemble(scanned(block("2024年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元")),
                scanned(block("2024年部门收入预算总表", "编制部门：上海市普陀区司法局\t单位：元")));
        assertEquals(List.of(), documentWarnings(two));
        assertEquals(List.of(), documentWarnings(read("2021年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元")));
    }

    @Test
    void aScansDepartmentThatOneTableAloneNamesIsFlagged() {
        // newcomers' scans: a fax of 司法局's budget read 南法局 on its one 编制部门 line, and a seal's ring that crossed
        // 万里街道's line added a character; both came out as the department with no word
        Document fax = assemble(scanned(block("2026年部门支出预算总表", "编制部门：上海市普陀区南法局\t单位：元")),
                scanned(block("2026年部门收入预算总表", "单位：元")));
        assertEquals("上海市普陀区南法局", fax.department());
        String w = onlyWarning(fax);
        assertTrue(w.startsWith("department 上海市普陀区南法局 read by OCR from one table's 编制部门 line and confirmed by no other table"), w);
        // the year unconfirmed too: one warning names both
        Document sealed = assemble(scanned(block("2024年部门支出预算总表", "编制部门：上海市普陀区人民政府万里街道办事处海\t单位：元")));
        w = onlyWarning(sealed);
        assertTrue(w.startsWith("year 2024 read by OCR from one table's title, department 上海市普陀区人民政府万里街道办事处海 read by OCR from one table's 编制部门 line, neither confirmed"), w);
        // two tables that name it alike confirm it (its place put right in each: 普院区 is 普陀区, with its own warning)
        Document two = assemble(scanned(block("2026年部门支出预算总表", "编制部门：上海市普陀区司法局\t单位：元")),
                scanned(block("2026年部门收入预算总表", "编制部门：上海市普院区司法局\t单位：元")));
        assertTrue(documentWarnings(two).stream().noneMatch(x -> x.contains("confirmed by no other")), documentWarnings(two).toString());
    }
}

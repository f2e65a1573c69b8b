package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who publishes a document, as its tables' headers print it (header lines as real Shanghai budgets print them). */
class DocumentFactsTest {
    private static String department(String headerLine) {
        RawBlock b = new RawBlock(1, List.of(1), "2025年预算单位财务收支预算总表", null, List.of("2025年预算单位财务收支预算总表", headerLine), List.of(), List.of());
        return DocumentFacts.of(List.of(b)).department();
    }

    @Test
    void aDepartmentsOwnDocumentNamesItsDepartment() {
        assertEquals("上海市普陀区人民政府办公室", department("编制部门：上海市普陀区人民政府办公室\t单位：元"));
        assertEquals("曲靖市工业和信息化局", department("部门：曲靖市工业和信息化局 金额单位：元"));
    }

    @Test
    void aLabelWhoseColonWasNotReadStillNamesWhoPublishes() {
        // a newcomer's scan in 9 pt AR PL UMing: the faint full-width colon of 编制部门： not read, the name a phrase apart
        assertEquals("上海市普陀区商务委员会", department("编制部门 上海市普陀区商务委员会 单位：元"));
        assertEquals("上海市普陀区司法局", department("编制单位\t上海市普陀区司法局\t单位：元"));
        // two phrases of Chinese are joined without a blank
        assertEquals("上海市普陀区商务委员会", department("编制部门上海市普陀区商务委员会\t单位：元"));
        assertNull(department("填报单位负责人：张三"));
        // a column's header names nobody (部门决算单位构成: 序号 | 单位名称 | 备注)
        assertNull(department("序号\t单位名称\t备注"));
        // a title read in two phrases names nobody, nor does a bare 部门
        assertNull(department("2025年预算单位 财务收支预算总表"));
        assertNull(department("部门 预算"));
    }

    @Test
    void aLabelWhose门LostItsDotOnABlackAndWhiteScanStillNamesWhoPublishes() {
        // a newcomer's 200 dpi 1-bit scan of a Writer print in AR PL UMing: 门 without its dot and the left of its frame
        // read 」, the colon not read
        assertEquals("上海市普陀区人民政府万里街道办事处", department("编制部」	上海市普陀区人民政府万里街道办事处	单位：元"));
        assertEquals("上海市普陀区人民政府万里街道办事处", department("编制部」：上海市普陀区人民政府万里街道办事处"));
        // 编制部 followed by a character of a name is no label: nothing is taken from it
        assertNull(department("编制部上海市普陀区"));
    }

    @Test
    void aUnitsDocumentNamesTheUnit() {
        assertEquals("上海市财政局", department("编制单位：上海市财政局\t单位：元"));
        assertEquals("上海市普陀区商务委员会", department("预算单位：上海市普陀区商务委员会"));
        assertEquals("某某中学", department("单位名称：某某中学 单位：万元"));
        assertEquals("某某县教育局", department("填报单位：某某县教育局\t金额单位：元"));
    }

    @Test
    void aDepartmentLineItsCellWrappedIsTheStartOfTheNameABannerPrintsWhole() {
        // a Calc print: 编制部门：上海市普陀区人 | 民政府万里街道办事处 in a narrow cell, the banner above the title whole
        RawBlock b = new RawBlock(1, List.of(1), "2025年部门“三公”经费和机关运行经费预算表", null,
                List.of("上海市普陀区人民政府万里街道办事处2025年部门预算", "编制部门：上海市普陀区人", "2025年部门“三公”经费和机关运行经费预算表"), List.of(), List.of());
        assertEquals("上海市普陀区人民政府万里街道办事处", DocumentFacts.of(List.of(b)).department());
        // a banner naming another department is no longer form of this one
        RawBlock other = new RawBlock(1, List.of(1), "2025年部门收支总表", null,
                List.of("上海市普陀区财政局2025年部门预算", "编制部门：上海市普陀区人民政府办公室"), List.of(), List.of());
        assertEquals("上海市普陀区人民政府办公室", DocumentFacts.of(List.of(other)).department());
    }

    @Test
    void theMoneyUnitIsNoPublisher() {
        assertNull(department("单位：元"));
        assertNull(department("金额单位：万元"));
        assertNull(department("编制单位：金额单位：万元"), "a blank form names nobody");
        assertNull(department("编制部门：\t单位：元"));
    }

    private static RawBlock block(String title, String headerLine) {
        return new RawBlock(1, List.of(1), title, null, List.of(title, headerLine), List.of(), List.of());
    }

    /** A tie goes to what the document prints first, whatever the hash order of the names (the same input, the same facts). */
    @Test
    void aTitlesYearAfterTheTablesLabelIsTheYear() {
        // (and after a mark OCR read as a character set apart: a scan's gutter shadow read 胰)
        for (String title : List.of("附表 1 2025 年预算单位财务收支预算总表", "表1 2025年部门收支总表", "公开01表 2025年部门收支总表", "2025年部门收支总表",
                "胰 2025年部门一般公共预算支出功能分类预算表", "预算公开表3 2025年部门收入预算总表", "附表九 2025年部门“三公”经费预算表")) {
            assertEquals(2025, DocumentFacts.of(List.of(block(title, "编制单位：上海市财政局"))).year(), title);
        }
        // the department and the year before the table's name (a newcomer's Calc and Writer prints: year null)
        assertEquals(2024, DocumentFacts.of(List.of(block("青山县农业农村局2024年部门财务收支预算总表", "单位：万元"))).year());
        // or a banner above the title (西城区文化和旅游局2024年部门预算公开表 over 财务收支预算总表)
        assertEquals(2024, DocumentFacts.of(List.of(block("财务收支预算总表", "西城区文化和旅游局2024年部门预算公开表"))).year());
        // a number that is no label before it: no year at the start
        assertNull(DocumentFacts.of(List.of(block("上海市财政局部门收支总表", "编制单位：上海市财政局"))).year());
    }

    @Test
    void aTieGoesToWhatIsPrintedFirst() {
        // "Aa" and "BB" have the same hash: a HashMap keeps them in one order whatever the document's
        for (List<String> names : List.of(List.of("甲局", "乙局"), List.of("乙局", "甲局"), List.of("Aa局", "BB局"), List.of("BB局", "Aa局"))) {
            DocumentFacts f = DocumentFacts.of(List.of(block("2025年部门预算表", "编制部门：" + names.get(0)), block("2024年部门决算表", "编制部门：" + names.get(1))));
            assertEquals(names.get(0), f.department());
            assertEquals(2025, f.year(), "one vote each: the first printed");
            assertEquals(io.gongkai.model.DocumentKind.BUDGET, f.kind(), "one 预算 and one 决算 title: the first printed");
        }
    }
}

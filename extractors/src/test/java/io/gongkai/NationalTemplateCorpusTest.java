package io.gongkai;

import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The blank national 部门决算 template (../shared/corpus/templates/附件2：部门决算模板.pdf, profile -Pcorpus): a banner
 * (上海市 XX 局 2024 年度部门决算表) above the first table's title, the department printed nowhere else, and the
 * 部门决算单位构成 list, which is no fiscal table.
 */
@Tag("corpus")
class NationalTemplateCorpusTest {
    private static Document template() {
        return Gongkai.extract(Path.of(System.getProperty("gongkai.shared", "../../shared")).resolve("corpus/templates/附件2：部门决算模板.pdf"));
    }

    /** Regression: the banner set above 收入支出决算总表 (p5) was taken as the title, and the table identified as government-fund. */
    @Test
    void aBannerAboveTheTitleIsNotTheTitle() {
        Document doc = template();
        Table summary = doc.tables().stream().filter(t -> t.pages().equals(List.of(5))).findFirst().orElseThrow();
        assertEquals("收入支出决算总表", summary.title());
        assertEquals("income-expenditure-summary", summary.templateId());
        assertEquals(1, doc.tables("government-fund").size(), "only p13's 政府性基金预算财政拨款收入支出决算表");
        // the department is printed only in the banner (and on the cover)
        assertEquals("上海市XX局", doc.department());
        assertEquals(2024, doc.year());
        assertEquals(DocumentKind.FINAL, doc.kind());
    }

    /** Regression: 部门决算单位构成 (序号 | 单位名称 | 备注, p4) was an unidentified table, and the CLI exited 1 for it. */
    @Test
    void theListOfUnitsIsNoFiscalTable() {
        Document doc = template();
        Table units = doc.tables().get(0);
        assertEquals(List.of(4), units.pages());
        assertEquals("other", units.templateId());
        assertEquals("unit-composition", units.identification().variant());
        assertEquals(List.of("上海市XX局(本级)", "上海市XX中心", "上海市XX研究所"), units.rows().stream().map(r -> r.label().replace(" ", "")).toList());
        assertTrue(units.checks().isEmpty());
        assertTrue(doc.tables().stream().allMatch(t -> t.templateId() != null), "every table identified");
        assertEquals(0, io.gongkai.view.Summary.of(doc).unidentified());
    }

    /**
     * Regression: 财政拨款收入支出决算总表 over pp. 8–9, blank (a form prints no figure), its second page going on without
     * its header. Taken for the header printed again up to the last of its first rows a later row repeats (一、一般公共预算
     * 财政拨款 under 年初财政拨款结转和结余), its second page's rows were dropped and the table went unread.
     */
    @Test
    void aBlankTableGoingOnOverPagesKeepsItsSecondPagesRows() {
        Document doc = template();
        Table t = doc.tables().stream().filter(x -> x.pages().equals(List.of(8, 9))).findFirst().orElseThrow(() -> new AssertionError(doc.tables()));
        assertEquals("fiscal-appropriation-summary", t.templateId());
        assertEquals(36, t.rows().size(), t.rows().toString());
        assertTrue(t.rows().stream().anyMatch(r -> r.label().contains("金融支出")), "p9's first row");
        assertTrue(t.rows().stream().anyMatch(r -> r.label().contains("年初财政拨款结转和结余")), "p9's 年初 row");
    }
}

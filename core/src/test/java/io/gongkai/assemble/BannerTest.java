package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.DocumentKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Banners above tables, as the blank national 部门决算 template (附件2：部门决算模板.pdf) and Shanghai budgets print them. */
class BannerTest {
    @Test
    void aBannerNamesDepartmentYearAndKind() {
        assertEquals(new Banner("上海市XX局", 2024, DocumentKind.FINAL), Banner.read("上海市 XX 局 2024 年度部门决算表").orElseThrow());
        assertEquals(new Banner("上海市XX局", 2024, DocumentKind.FINAL), Banner.read("第二部分 上海市 XX 局 2024 年度部门决算表").orElseThrow());
        assertEquals(new Banner("上海市普陀区财政局", 2025, DocumentKind.BUDGET), Banner.read("上海市普陀区财政局2025年部门预算").orElseThrow());
        assertEquals(new Banner("西城区文化和旅游局", 2024, DocumentKind.BUDGET), Banner.read("西城区文化和旅游局2024年部门预算公开表").orElseThrow());
        assertEquals(new Banner("南山市司法局", 2025, DocumentKind.BUDGET), Banner.read("2025年南山市司法局部门预算").orElseThrow());
    }

    @Test
    void aPartNumberBeforeTheYearIsABannerThatNamesNoDepartment() {
        // a newcomer's print: 第二部分 2025年部门预算表 above each table, the department in the titles under it
        assertEquals(new Banner(null, 2025, DocumentKind.BUDGET), Banner.read("第二部分 2025年部门预算表").orElseThrow());
        assertTrue(Banner.inTitle("第二部分2025年部门预算表").isEmpty());
        RawBlock block = new RawBlock(1000, List.of(1), "上海市某某区某某局2025年部门支出预算表", null,
                List.of("第二部分 2025年部门预算表", "上海市某某区某某局2025年部门支出预算表", "单位：万元"), List.of(), List.of());
        assertEquals("上海市某某区某某局", DocumentFacts.of(List.of(block)).department());
    }

    @Test
    void aTitleIsNoBanner() {
        for (String title : List.of("收入支出决算总表", "2025年部门政府性基金预算支出功能分类预算表", "2024年度部门决算",
                "2025年预算单位财务收支预算总表", "财政拨款收入支出决算总表", "编制部门：上海市普陀区财政局 单位：元", "部门收入支出决算总表")) {
            assertFalse(Banner.is(title), title);
        }
    }

    /** A document that prints no 部门：/编制单位： line (the national template) names its department in its banner only. */
    @Test
    void theBannerNamesTheDepartmentWhenNoHeaderDoes() {
        RawBlock bannered = new RawBlock(5000, List.of(5), "上海市 XX 局 2024 年度部门决算表", null,
                List.of("上海市 XX 局 2024 年度部门决算表", "收入支出决算总表", "单位：万元"), List.of(), List.of());
        DocumentFacts f = DocumentFacts.of(List.of(bannered));
        assertEquals("上海市XX局", f.department());
        assertEquals(2024, f.year());
        assertEquals(DocumentKind.FINAL, f.kind());
        // a header line naming the publisher wins over a banner
        RawBlock labelled = new RawBlock(6000, List.of(6), "收入决算表", null, List.of("收入决算表", "编制部门：上海市某某局\t单位：万元"), List.of(), List.of());
        assertEquals("上海市某某局", DocumentFacts.of(List.of(bannered, labelled)).department());
        assertTrue(Banner.is(bannered.title()));
    }

    /**
     * A title printed under the department's name and year names the department (the seed printed by LibreOffice with
     * its titles so, a cover and a contents page, and no 部门 line: its department came out null).
     */
    @Test
    void aTitleUnderTheDepartmentsNameNamesIt() {
        assertEquals(new Banner("曲靖市工业和信息化局", 2024, DocumentKind.FINAL), Banner.inTitle("曲靖市工业和信息化局2024年度收入支出决算表").orElseThrow());
        assertEquals(new Banner("上海市XX局", 2025, DocumentKind.BUDGET), Banner.inTitle("上海市XX局2025年部门财务收支预算总表").orElseThrow());
        for (String title : List.of("2025年部门财务收支预算总表", "收入支出决算总表", "一般公共预算财政拨款2024年支出决算表", "部门2024年度收入决算表",
                "上海市XX局2024年度部门决算", "2025年预算单位财务收支预算总表")) {
            assertTrue(Banner.inTitle(title).isEmpty(), title);
        }
        RawBlock titled = new RawBlock(3000, List.of(3), "曲靖市工业和信息化局2024年度收入支出决算表", "公开01表",
                List.of("曲靖市工业和信息化局2024年度收入支出决算表", "公开01表", "金额单位:元"), List.of(), List.of());
        DocumentFacts f = DocumentFacts.of(List.of(titled));
        assertEquals("曲靖市工业和信息化局", f.department());
        assertEquals(2024, f.year());
        assertEquals(DocumentKind.FINAL, f.kind());
    }

    /** A document that names its department only on its cover: the name on one line, the year and kind on the next. */
    @Test
    void aCoverNamesTheDepartmentWhenNoTableDoes() {
        List<String> cover = List.of("曲靖市工业和信息化局", "2024年度部门决算", "目录", "一、收入支出决算表……………… 3");
        assertEquals(new Banner("曲靖市工业和信息化局", 2024, DocumentKind.FINAL), Banner.onCover(cover).orElseThrow());
        assertEquals(new Banner("上海市XX局", 2025, DocumentKind.BUDGET), Banner.onCover(List.of("上海市XX局2025年部门预算")).orElseThrow());
        assertTrue(Banner.onCover(List.of("目录", "一、收入支出决算表", "2024年度部门决算")).isEmpty());
        RawBlock plain = new RawBlock(3000, List.of(3), "收入支出决算表", "公开01表", List.of("收入支出决算表", "公开01表", "金额单位:元"), List.of(), List.of());
        DocumentFacts f = DocumentFacts.of(List.of(plain), cover);
        assertEquals("曲靖市工业和信息化局", f.department());
        assertEquals(2024, f.year());
        // what the tables print comes first
        RawBlock labelled = new RawBlock(4000, List.of(4), "收入决算表", null, List.of("收入决算表", "部门：上海市某某局\t单位：元"), List.of(), List.of());
        assertEquals("上海市某某局", DocumentFacts.of(List.of(labelled), cover).department());
        // text input: the cover's lines stand above the first table's title, among its header lines
        RawBlock first = new RawBlock(1, List.of(), "收入支出决算表", "公开01表", List.of("曲靖市工业和信息化局", "2024年度部门决算", "公开01表", "金额单位:元"), List.of(), List.of());
        assertEquals("曲靖市工业和信息化局", DocumentFacts.of(List.of(first)).department());
    }

    /** A note printed inside the grid gives the year as one printed under it does (the seed printed with gridlines). */
    @Test
    void aNoteInsideTheGridGivesTheYear() {
        RawBlock b = new RawBlock(8000, List.of(8), "政府性基金预算财政拨款收入支出决算表", "公开08表", List.of("部门:某局\t金额单位:元"), List.of(
                new RawRow(8001, List.of(RawCell.of("项目"), RawCell.of("年初结转和结余"), RawCell.of("本年收入"))),
                new RawRow(8002, List.of(RawCell.of("功能分类科目编码"), RawCell.of(""), RawCell.of(""))),
                new RawRow(8003, List.of(RawCell.of("栏次"), RawCell.of("1"), RawCell.of("2"))),
                new RawRow(8004, List.of(RawCell.of("合计"), RawCell.of(""), RawCell.of(""))),
                new RawRow(8005, List.of(RawCell.of("说明:某局2024年度无政府性基金预算财政拨款收入,本表为空表。"), RawCell.of(""), RawCell.of("")))), List.of());
        assertEquals(2024, DocumentFacts.of(List.of(b)).year());
    }
}

package io.gongkai.template;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TemplateMatcherTest {
    private final TemplateMatcher matcher = new TemplateMatcher(TemplateCatalog.builtIn());

    @Test
    void titleNumberAndHeaderAgree() {
        assertEquals("expenditure", matcher.identify("支出决算表", "03", "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出").templateId());
    }

    @Test
    void aLongerTitleThatContainsAShorterOneIsNotMistakenForIt() {
        // 一般公共预算财政拨款收入支出决算表 contains 收入支出决算表
        assertEquals("general-budget-expenditure", matcher.identify("一般公共预算财政拨款收入支出决算表", null,
                "年初结转和结余 本年收入 本年支出 人员经费 公用经费 年末结转和结余").templateId());
    }

    @Test
    void theNumberIsOnlyAHint() {
        // a table printed as 公开05表 whose title and header are the 三公 table's
        assertEquals("three-public", matcher.identify("一般公共预算财政拨款\"三公\"经费情况表", "05",
                "因公出国(境)费 公务用车购置及运行维护费 公务接待费 决算统计数").templateId());
    }

    @Test
    void withoutTitleOrNumberTheHeaderDecides() {
        // 公开16表 lost its label and title in the seed
        assertEquals("project-performance", matcher.identify(null, null,
                "项目名称 珠源系列人才专项经费 主管部门 实施单位 年度资金总额 绩效指标 一级指标 三级指标 总分").templateId());
    }

    @Test
    void misreadTitlesStillMatch() {
        assertEquals("department-performance", matcher.identify("2024年度部门整体支出绩效自评表", "14",
                "部门预算资金 年初预算数 执行率 部门年度目标").templateId());
        assertEquals("fiscal-appropriation-summary", matcher.identify("财政拨款收支决算总表", null,
                "本年收入合计 本年支出合计 年初财政拨款结转和结余").templateId());
    }

    @Test
    void aTitleWithOneCharacterMisreadIsItsTableEvenWhenNoHeaderWordIsRead() {
        // a faint photocopy: 支 read 皮, and every header word misread (分类科U, A不支 1)
        assertEquals("budget-expenditure", matcher.identify("2025年部门皮出预算总表", null, "分类科U 类— 比款 分类料日多称8 合计 A不支 1 皮出").templateId());
        assertEquals("budget-expenditure", matcher.identify("上海市普陀区财政局2025年部门皮出预算总表", null, "合计 基本支出 项目支出").templateId());
        // one wrong in four is another title, not a misreading of this one
        assertEquals("budget-income", matcher.identify("2025年部门收人预算总表", null, "").templateId());
        assertEquals(1, TemplateMatcher.misreadIn("财政局部门皮出预算总表单位", "部门支出预算总表"));
    }

    @Test
    void aBudgetsTableIsNoFinalAccountsTable() {
        // a blurred 150 dpi scan of 万里街道24's "三公" table (a newcomer's): its title's "三公" read 本 AAA从罗, its header's
        // words lost but 机关运行经费; identified as the final account's 机关运行经费支出决算表, it read no row
        var id = matcher.identify("部门本 AAA从罗经费和机关运行经费预算表", null, "单位:万元 机关运行经费 合计 经费");
        assertEquals("budget-three-public", id.templateId(), id.reasons().toString());
        // a title naming neither kind clashes with nothing; a fund's name (国有资本经营预算) is no budget's title
        var fin = io.gongkai.model.DocumentKind.FINAL;
        var bud = io.gongkai.model.DocumentKind.BUDGET;
        assertEquals(false, TemplateMatcher.kindClash("机关运行经费表", fin));
        assertEquals(false, TemplateMatcher.kindClash("国有资本经营预算财政拨款收入支出表", fin));
        assertEquals(false, TemplateMatcher.kindClash("一般公共预算财政拨款三公经费情况表", fin));
        assertEquals(true, TemplateMatcher.kindClash("一般公共预算支出预算表", fin));
        assertEquals(true, TemplateMatcher.kindClash("一般公共预算财政拨款支出决算表", bud));
        assertEquals(false, TemplateMatcher.kindClash("一般公共预算财政拨款支出决算表", fin));
    }

    @Test
    void inABudgetATableWhoseTitleLostItsKindIsNoFinalAccountsTable() {
        var bud = io.gongkai.model.DocumentKind.BUDGET;
        var fin = io.gongkai.model.DocumentKind.FINAL;
        // a photocopied budget's 财政拨款收支预算总表, its 预算 lost, printed as table 04 (the national final accounts' 04 is
        // 财政拨款收入支出决算表), and its 一般公共预算支出表 with 预 misread 顶, printed as 05
        String summary = "部门财政拨款收支总表", summaryHead = "本年收入合计 本年支出合计 一般公共预算财政拨款 政府性基金预算财政拨款 收入总计 支出总计";
        String general = "一般公共顶算支出表", generalHead = "科目编码 科目名称 合计 基本支出 人员经费 公用经费 项目支出";
        // what nothing but the table says: the final accounts' templates
        assertEquals("fiscal-appropriation-summary", matcher.identify(summary, "04", summaryHead).templateId());
        assertEquals("general-budget-expenditure", matcher.identify(general, "05", generalHead).templateId());
        // in a budget: the budget's own
        var id = matcher.identify(summary, "04", summaryHead, bud);
        assertEquals("budget-fiscal-appropriation-summary", id.templateId(), id.reasons().toString());
        assertEquals("budget-general-expenditure", matcher.identify(general, "05", generalHead, bud).templateId());
        // in a final account, they stay the final account's; a title that names its kind is that kind in any document
        assertEquals("fiscal-appropriation-summary", matcher.identify(summary, "04", summaryHead, fin).templateId());
        assertEquals("general-budget-expenditure", matcher.identify("一般公共预算财政拨款支出决算表", "05", generalHead, bud).templateId());
    }

    @Test
    void proseIsNotATable() {
        assertNull(matcher.identify(null, null, "关于印发2024年部门决算公开工作的通知 各单位: 现将有关事项通知如下").templateId());
    }
}

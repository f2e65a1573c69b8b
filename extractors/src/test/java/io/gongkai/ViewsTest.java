package io.gongkai;

import io.gongkai.model.Document;
import io.gongkai.view.BasicExpenditure;
import io.gongkai.view.ExpenditureByFunction;
import io.gongkai.view.GeneralBudgetExpenditure;
import io.gongkai.view.IncomeExpenditureSummary;
import io.gongkai.view.ProjectPerformance;
import io.gongkai.view.ThreePublic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed views over the seed, read the way a downstream program would, without knowing any layout. */
class ViewsTest {
    private static Document doc;

    @BeforeAll
    static void read() {
        doc = Gongkai.extract(Samples.seed());
    }

    private static void same(String expected, io.gongkai.view.Amount actual) {
        assertTrue(actual.trusted(), actual.toString());
        assertEquals(0, new BigDecimal(expected).compareTo(actual.value()), actual.toString());
    }

    @Test
    void summary() {
        IncomeExpenditureSummary s = IncomeExpenditureSummary.of(doc).orElseThrow();
        same("103266640.20", s.totalIncome());
        same("103283376.20", s.totalExpenditure());
        same("118186455.23", s.incomeGrandTotal());
        same("14903079.03", s.closingBalance());
        assertEquals(8, s.income().size());
        assertEquals(26, s.expenditure().size());
        assertEquals("资源勘探工业信息等支出", s.expenditure().get(13).label().replaceFirst("^十四、", ""));
    }

    @Test
    void expenditureByFunction() {
        ExpenditureByFunction e = ExpenditureByFunction.of(doc).orElseThrow();
        same("33635767.02", e.total().basic());
        same("69647609.18", e.total().project());
        ExpenditureByFunction.Line industry = e.lines().stream().filter(l -> l.code().equals("2150517")).findFirst().orElseThrow();
        same("41061569.40", industry.total());
        same("710000.00", industry.basic());
        assertEquals(24, e.lines().size());
    }

    @Test
    void generalBudget() {
        GeneralBudgetExpenditure g = GeneralBudgetExpenditure.of(doc).orElseThrow();
        same("30392132.03", g.total().personnel());
        same("3243634.99", g.total().publicExpenses());
        same("799810.85", g.total().closingBalance());
    }

    @Test
    void basicExpenditure() {
        BasicExpenditure b = BasicExpenditure.of(doc).orElseThrow();
        same("30392132.03", b.personnelTotal());
        same("3243634.99", b.publicTotal());
        same("79860.00", b.line("30217").orElseThrow().amount());
        assertEquals(1, b.line("301").orElseThrow().level());
    }

    @Test
    void threePublic() {
        ThreePublic t = ThreePublic.of(doc).orElseThrow();
        same("308860.96", t.actual().total());
        same("229000.96", t.actual().vehicleOperation());
        same("322976.10", t.budget().total());
        same("10", t.vehiclesOwned());
        same("1335", t.receptionVisitors());
    }

    @Test
    void projects() {
        List<ProjectPerformance> projects = ProjectPerformance.of(doc);
        assertEquals(27, projects.size());
        ProjectPerformance first = projects.get(0);
        assertEquals("招商引资目标考核激励奖补", first.project());
        same("50000.00", first.executed());
        same("100.00", first.score());
        assertEquals("优", first.grade());
        assertEquals(4, first.indicators().size());
        assertEquals("牵头或参与引进亿元以上制造业产业招商项目", first.indicators().get(0).name());
        same("30.00", first.indicators().get(0).weight());
    }
}

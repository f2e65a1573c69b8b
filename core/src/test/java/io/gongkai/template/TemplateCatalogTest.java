package io.gongkai.template;

import io.gongkai.model.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateCatalogTest {

    @Test
    void publicTemplateIdsAreAllThere() {
        Set<String> ids = TemplateCatalog.builtIn().all().stream().filter(t -> t.kind() == DocumentKind.FINAL).map(Template::id).collect(Collectors.toSet());
        Set<String> budget = TemplateCatalog.builtIn().all().stream().filter(t -> t.kind() == DocumentKind.BUDGET).map(Template::id).collect(Collectors.toSet());
        assertEquals(Set.of("budget-summary", "budget-income", "budget-expenditure", "budget-fiscal-appropriation-summary",
                "budget-general-expenditure", "budget-government-fund", "budget-state-capital", "budget-basic-economic",
                "budget-three-public", "budget-project-performance-targets"), budget);
        assertEquals(Set.of("income-expenditure-summary", "income", "expenditure", "fiscal-appropriation-summary",
                "general-budget-expenditure", "general-budget-basic-expenditure", "general-budget-project-expenditure",
                "government-fund", "state-capital", "three-public-and-operating", "three-public", "operating-expenses",
                "government-procurement", "state-assets", "department-performance-report", "department-performance",
                "project-performance"), ids);
    }

    @Test
    void everyIdentityExpressionParses() {
        TemplateCatalog c = TemplateCatalog.builtIn();
        int n = 0;
        for (Template t : c.all()) {
            assertFalse(t.titles().isEmpty(), t.id());
            for (IdentitySpec i : t.identities()) {
                if (i.tree() != null) continue;
                IdentityExpression.parse(i.expr());
                n++;
            }
        }
        for (IdentitySpec i : c.crossIdentities(DocumentKind.FINAL)) {
            IdentityExpression.parse(i.expr());
            n++;
        }
        assertTrue(n > 40, "expressions parsed: " + n);
    }

    @Test
    void aDirectoryOfTemplateFilesAddsAndOverrides(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.json"), """
                {"id": "income", "kind": "final", "name": "收入决算表(省级)", "titles": ["收入决算表"],
                 "layout": "CODED", "columns": [{"key": "1", "path": ["合计"]}]}
                """);
        Files.writeString(dir.resolve("y.json"), """
                {"id": "province-extra", "kind": "final", "name": "补充表", "titles": ["补充表"], "layout": "LABELED"}
                """);
        TemplateCatalog c = TemplateCatalog.builtIn().withDirectory(dir);
        assertEquals("收入决算表(省级)", c.get("income").orElseThrow().name());
        assertEquals(1, c.get("income").orElseThrow().columns().size());
        assertTrue(c.get("province-extra").isPresent());
        assertEquals(TemplateCatalog.builtIn().all().size() + 1, c.all().size());
    }

    @Test
    void aBrokenIdentityIsReportedWithItsFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), """
                {"id": "bad", "kind": "final", "name": "坏表", "titles": ["坏表"], "layout": "LABELED",
                 "identities": [{"id": "sum", "expr": "[total].1 = [1.1"}]}
                """);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TemplateCatalog.builtIn().withDirectory(dir));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("sum"), e.getMessage());
    }

    @Test
    void classificationsNameCodes() {
        assertEquals(List.of("309"), Classification.economic().codesNamed("资本性支出（基本建设）"));
        assertTrue(Classification.economic().codesNamed("其他支出").containsAll(List.of("399", "39999")));
        assertEquals("社会保障和就业支出", Classification.functionClasses().name("208").orElseThrow());
    }
}

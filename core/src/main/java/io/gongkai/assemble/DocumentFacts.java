package io.gongkai.assemble;

import io.gongkai.model.DocumentKind;
import io.gongkai.model.MoneyUnit;
import io.gongkai.normalize.TextNormalizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Department, year, kind and unit of a document, by majority over what its table headers print: OCR garbles some
 * occurrences (曲埔巾工业和信息化向), rarely most of them.
 */
record DocumentFacts(String department, Integer year, DocumentKind kind, MoneyUnit unit) {
    private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan}) +(?=\\p{IsHan})");
    /**
     * Who publishes: 部门：/部门名称：/编制部门： on a 部门 document, 编制单位：/填报单位：/预算单位：/单位名称： on a unit's (单位预算,
     * 单位决算); never the money unit's 单位：, nor what follows a blank one (编制单位：   金额单位：万元).
     */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:部\\s*门\\s*(?:名称)?|编\\s*制\\s*单\\s*位|填\\s*报\\s*单\\s*位|预\\s*算\\s*单\\s*位|单\\s*位\\s*名\\s*称)\\s*[:：]\\s*(?!金额|单位)([^\\s\\t:：]{2,40}?)(?=\\s|\\t|金额|单位|$|\\(|（)");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年度");
    private static final Pattern TITLE_YEAR = Pattern.compile("^(20\\d\\d)\\s*年");

    static DocumentFacts of(List<RawBlock> blocks) {
        Map<String, Integer> departments = new HashMap<>();
        Map<Integer, Integer> years = new HashMap<>();
        Map<MoneyUnit, Integer> units = new HashMap<>();
        int finals = 0, budgets = 0;
        for (RawBlock b : blocks) {
            StringBuilder text = new StringBuilder();
            b.headerText().forEach(h -> text.append(h).append('\n'));
            for (int i = 0; i < Math.min(3, b.rows().size()); i++) text.append(b.rows().get(i).joined()).append('\n');
            String t = TextNormalizer.characters(TextNormalizer.stripMarkup(text.toString()));
            // OCR puts spaces between the words of a Chinese name (曲靖 市 工业 …): Chinese has none
            Matcher m = DEPARTMENT.matcher(HAN_SPACE.matcher(t).replaceAll(""));
            while (m.find()) departments.merge(m.group(1).trim(), 1, Integer::sum);
            String title = b.title() == null ? "" : TextNormalizer.normalize(b.title());
            Matcher y = YEAR.matcher(title + "\n" + t + "\n" + String.join("\n", b.notes()));
            while (y.find()) years.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
            Matcher ty = TITLE_YEAR.matcher(title);
            if (ty.find()) years.merge(Integer.parseInt(ty.group(1)), 2, Integer::sum);
            if (title.contains("决算")) finals++;
            if (title.contains("预算") && !title.contains("决算")) budgets++;
            for (String h : b.headerText()) {
                if (h.contains("单位")) MoneyUnit.parse(TextNormalizer.normalize(h)).ifPresent(u -> units.merge(u, 1, Integer::sum));
            }
        }
        DocumentKind kind = finals == 0 && budgets == 0 ? DocumentKind.UNKNOWN : finals >= budgets ? DocumentKind.FINAL : DocumentKind.BUDGET;
        return new DocumentFacts(top(departments), top(years), kind, units.isEmpty() ? MoneyUnit.YUAN : top(units));
    }

    private static <K> K top(Map<K, Integer> votes) {
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}

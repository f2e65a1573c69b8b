package io.gongkai;

import io.gongkai.model.Document;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.template.Classification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every classification code the real documents of ../shared print (the budgets, budgets-more and the seed) reads as a
 * code of the classification, under a name that fits it, or is one of the publishers' misprints named here
 * (profile -Pcorpus).
 */
@Tag("corpus")
class ClassificationCorpusTest {

    /**
     * 上海市普陀区社会福利院 2024 单位预算, 基本支出 economic table: it numbers its own 302 款 in order (302 02 咨询费, 03 水费,
     * 04 电费, …) and calls 303 离退休人员经费. Where the name is exactly a code's that no row holds under its own name, the
     * code is put right (咨询费 30203, 水费 30205, 邮电费 30207, 工会经费 30228, 福利费 30229, 其他商品和服务支出 30299, 退休费
     * 30302: a code printed under another code's exact name holds nothing); the other rows are doubtful (电费's 30206 is
     * printed for 办公设备购置费, whose name is no code's exactly; the others' names are no code's), their amounts suspect.
     */
    private static final Map<String, String> WELFARE_HOME_DOUBTFUL = Map.of(
            "30204", "电费", "30206", "办公设备购置费", "30210", "车辆运行费", "30211", "事业单位离退休人员福利费",
            "30212", "机关事业单位退休人员活动费", "303", "离退休人员经费");
    private static final Map<String, String> WELFARE_HOME_REPAIRED = Map.of(
            "30203", "咨询费", "30205", "水费", "30207", "邮电费",
            "30228", "工会经费", "30229", "福利费", "30299", "其他商品和服务支出", "30302", "退休费");
    private static final String WELFARE_HOME = "上海市普陀区社会福利院24年单位预算.pdf";

    private static Path shared() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared"));
    }

    private static List<Path> documents() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("corpus/budgets", "corpus/budgets-more")) {
            try (Stream<Path> s = Files.list(shared().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(out::add);
            }
        }
        out.add(shared().resolve("seeds/000_867f5b42e0175f06.txt"));
        return out;
    }

    @Test
    void everyPrintedCodeIsAKnownCodeUnderItsNameOrANamedMisprint() throws Exception {
        List<String> unexpected = new ArrayList<>();
        Map<String, String> welfareDoubtful = new TreeMap<>(), welfareRepaired = new TreeMap<>();
        int coded = 0;
        for (Path p : documents()) {
            Document doc = Gongkai.extract(p);
            String name = p.getFileName().toString();
            for (Table t : doc.tables()) {
                for (Row r : t.rows()) {
                    if (!r.key().isCode()) continue;
                    coded++;
                    Classification cls = r.key().kind() == RowKey.Kind.FUNCTION_CODE ? Classification.function() : Classification.economic();
                    String code = r.key().value();
                    boolean doubtful = r.repairs().stream().anyMatch(x -> x.kind().equals(RepairKind.CODE_DOUBTFUL));
                    boolean byName = r.repairs().stream().anyMatch(x -> x.kind().equals(RepairKind.CODE_FROM_NAME) || x.kind().equals(RepairKind.CODE_MISREAD))
                            && r.key().kind() == RowKey.Kind.ECONOMIC_CODE && t.templateId().equals("budget-basic-economic");
                    if (name.equals(WELFARE_HOME) && doubtful) { welfareDoubtful.put(code, r.label()); continue; }
                    if (name.equals(WELFARE_HOME) && byName) welfareRepaired.put(code, r.label());
                    if (doubtful || !cls.contains(code) || !cls.fits(code, r.label())) {
                        unexpected.add(name + " " + t.ref() + " " + code + " " + r.label() + " " + r.repairs());
                    }
                }
            }
            if (name.equals(WELFARE_HOME)) {
                // "7 | 11 | 02 事业单位医疗" (its 类 column misprinted) in both function tables, under 210 11: 2101102
                for (String template : List.of("budget-expenditure", "budget-general-expenditure")) {
                    Row r = doc.table(template).orElseThrow().row("2101102").orElseThrow();
                    assertTrue(r.repairs().stream().anyMatch(x -> x.kind().equals(RepairKind.CODE_FROM_PARENT_ROWS)), template + " " + r.repairs());
                }
            }
        }
        assertTrue(coded > 1500, "coded rows " + coded);
        assertTrue(unexpected.isEmpty(), String.join("\n", unexpected));
        assertEquals(new TreeMap<>(WELFARE_HOME_DOUBTFUL), welfareDoubtful);
        assertEquals(new TreeMap<>(WELFARE_HOME_REPAIRED), welfareRepaired);
    }
}

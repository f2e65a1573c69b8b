package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.model.DocumentKind;
import io.gongkai.normalize.TextNormalizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Department, year and kind of a document, by majority over what its table headers print: OCR garbles some
 * occurrences (曲埔巾工业和信息化向), rarely most of them. A tie goes to what the document prints first, so the same
 * input always gives the same facts. (The money unit is no fact of the document: each table has its own, see
 * {@link io.gongkai.unit.TableUnits}.) A document that prints no 部门：/编制单位： line takes its department from its
 * {@link Banner}s (上海市XX局2024年度部门决算表 above a table) or its titles (曲靖市工业和信息化局2024年度收入支出决算表). The
 * 部门：/编制单位：/填报单位： line is read over a table, in its first rows, and in the sign-off under it.
 */
record DocumentFacts(String department, Integer year, DocumentKind kind) {
    private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan}) +(?=\\p{IsHan})");
    /**
     * 门 as OCR reads it where a 1-bit scan or a fax lost its dot and the left of its frame: 」 (a newcomer's 200 dpi
     * black-and-white scan read 编制部」, and the document had no department). Only after 编制部, which nothing else
     * begins with.
     */
    private static final String BROKEN_MEN = "[」亅丨|]";
    /**
     * Who publishes: 部门：/部门名称：/编制部门： on a 部门 document, 编制单位：/填报单位：/预算单位：/单位名称： on a unit's (单位预算,
     * 单位决算); never the money unit's 单位：, nor what follows a blank one (编制单位：   金额单位：万元).
     */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:部\\s*门\\s*(?:名称)?|编\\s*制\\s*部\\s*" + BROKEN_MEN + "|编\\s*制\\s*单\\s*位|填\\s*报\\s*单\\s*位|预\\s*算\\s*单\\s*位|单\\s*位\\s*名\\s*称)\\s*[:：]\\s*(?!金额|单位)([^\\s\\t:：]{2,40}?)(?=\\s|\\t|金额|单位|$|\\(|（)");
    /**
     * A label that names who publishes, its colon lost (a scan's faint full-width colon, not read: 编制部门 上海市普陀区商务委员会,
     * joined as 编制部门上海市普陀区商务委员会 where two phrases of Chinese meet): at a line's start or after a blank, a name
     * after it, not a sign-off's 负责人 or 盖章. Only 编制部门 and 编制单位, which head no column: 单位名称 and 部门名称 do (the
     * national 决算 template's 单位构成 table: 序号 | 单位名称 | 备注 made the department 备注), and 预算单位 and a bare 部门 are
     * not taken so either (2025年预算单位 财务收支预算总表, a title read in two phrases; 部门 预算).
     */
    private static final Pattern COLONLESS = Pattern.compile("(?<!\\S)(编\\s*制\\s*(?:部\\s*(?:门|" + BROKEN_MEN + ")|单\\s*位))[ \\t]*(?=\\p{IsHan})(?!负责|盖章|签|公章)", Pattern.MULTILINE);

    /** Whether a line names who publishes ({@link #DEPARTMENT}: 编制部门：…, 编制单位：…). */
    static boolean namesPublisher(String line) {
        return line != null && DEPARTMENT.matcher(line).find();
    }

    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年度");
    /**
     * A title's year, at its start, or after the table's label printed before it (附表 1 2025 年预算单位财务收支预算总表,
     * 表1 2025年…, 公开01表 2025年…, 预算公开表3 2025年…: newcomers' Writer and Chromium prints gave no year), or after a mark OCR read as
     * a character or two set apart from it (a gutter's shadow read 胰 before 2025年部门…: a newcomer's scan gave no year).
     */
    private static final Pattern TITLE_YEAR = Pattern.compile("^(?:\\p{IsHan}{0,6}?\\s*表?\\s*[0-9一二三四五六七八九十]{1,3}\\s*表?\\s*[-－—.、:：]?\\s*|[^\\s\\d]{1,2}\\s+)?(20\\d\\d)\\s*年");

    static DocumentFacts of(List<RawBlock> blocks) {
        return of(blocks, List.of());
    }

    /**
     * As {@link #of(List)}, and where no table names the department (nor the year), the cover: {@code frontMatter}, the
     * lines printed before the first table (a PDF's pages before it), and the first table's header lines (text input's
     * cover lines stand there), read as a {@link Banner#onCover cover}.
     */
    static DocumentFacts of(List<RawBlock> blocks, List<String> frontMatter) {
        DocumentFacts tables = ofTables(blocks);
        if (tables.department() != null && tables.year() != null) return tables;
        // text input has no pages: its cover's lines are the first table's header lines (they precede its title)
        List<String> lines = new java.util.ArrayList<>(frontMatter);
        if (!blocks.isEmpty()) lines.addAll(blocks.get(0).headerText());
        java.util.Optional<Banner> cover = Banner.onCover(lines);
        if (cover.isEmpty()) return tables;
        return new DocumentFacts(tables.department() != null ? tables.department() : cover.get().department(),
                tables.year() != null ? tables.year() : cover.get().year(),
                tables.kind() != DocumentKind.UNKNOWN ? tables.kind() : cover.get().kind());
    }

    /**
     * What one table says of itself: the department its header, first rows or sign-off name (as {@link #of(List)} reads
     * them), and the year its title begins with or names after the department (2025年部门收支总表, 青山县农业农村局2024年…;
     * null where it names none — a year in its notes is no table's year).
     */
    static DocumentFacts ofTable(RawBlock block) {
        DocumentFacts own = ofTables(List.of(block));
        String title = block.title() == null ? "" : TextNormalizer.normalize(block.title());
        Matcher ty = TITLE_YEAR.matcher(title);
        Integer year = ty.find() ? Integer.valueOf(ty.group(1)) : Banner.inTitle(block.title()).map(Banner::year).orElse(null);
        return new DocumentFacts(own.department(), year, own.kind());
    }

    private static DocumentFacts ofTables(List<RawBlock> blocks) {
        // insertion order is document order: a tie goes to the first printed
        Map<String, Integer> departments = new LinkedHashMap<>();
        Map<String, Integer> banners = new LinkedHashMap<>();
        Map<Integer, Integer> years = new LinkedHashMap<>();
        int finals = 0, budgets = 0;
        DocumentKind first = DocumentKind.UNKNOWN;
        for (RawBlock block : blocks) {
            // notes printed inside the grid are the table's notes here too (2024年度无政府性基金预算财政拨款收入 …)
            RawBlock b = GridNotes.lift(block, "").block();
            StringBuilder text = new StringBuilder();
            b.headerText().forEach(h -> text.append(h).append('\n'));
            for (int i = 0; i < Math.min(3, b.rows().size()); i++) text.append(b.rows().get(i).joined()).append('\n');
            // the sign-off under a table (填报单位：上海市普陀区档案局 单位负责人：…): where some forms alone name who fills them in
            for (String n : b.notes()) if (io.gongkai.template.Vocabulary.isSignOff(n)) text.append(n).append('\n');
            String t = TextNormalizer.characters(TextNormalizer.stripMarkup(text.toString()));
            // OCR puts spaces between the words of a Chinese name (曲靖 市 工业 …): Chinese has none
            Matcher m = DEPARTMENT.matcher(HAN_SPACE.matcher(COLONLESS.matcher(t).replaceAll("$1：")).replaceAll(""));
            while (m.find()) departments.merge(m.group(1).trim(), 1, Integer::sum);
            String title = b.title() == null ? "" : TextNormalizer.normalize(b.title());
            java.util.LinkedHashSet<String> lines = new java.util.LinkedHashSet<>();
            if (b.title() != null) lines.add(b.title());
            lines.addAll(b.headerText());
            for (String l : lines) Banner.read(l).ifPresent(x -> {
                if (x.department() != null) banners.merge(x.department(), 1, Integer::sum);
                years.merge(x.year(), 2, Integer::sum);  // a banner's year is the document's, as a title's is
            });
            // a title that prints the department and the year before the table's name (青山县农业农村局2024年部门财务收支预算总表)
            // names the year as a title that starts with it does
            Banner.inTitle(b.title()).ifPresent(x -> {
                banners.merge(x.department(), 1, Integer::sum);
                years.merge(x.year(), 2, Integer::sum);
            });
            Matcher y = YEAR.matcher(title + "\n" + t + "\n" + String.join("\n", b.notes()));
            while (y.find()) years.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
            Matcher ty = TITLE_YEAR.matcher(title);
            if (ty.find()) years.merge(Integer.parseInt(ty.group(1)), 2, Integer::sum);
            boolean isFinal = title.contains("决算"), isBudget = title.contains("预算") && !isFinal;
            if (isFinal) finals++;
            if (isBudget) budgets++;
            if (first == DocumentKind.UNKNOWN && (isFinal || isBudget)) first = isFinal ? DocumentKind.FINAL : DocumentKind.BUDGET;
        }
        DocumentKind kind = finals > budgets ? DocumentKind.FINAL : budgets > finals ? DocumentKind.BUDGET : first;
        // a document that prints no 部门：/编制单位： line names its department only in its banners
        String department = departments.isEmpty() ? top(banners) : top(departments);
        // a 部门： line its narrow cell wrapped (编制部门：上海市普陀区人 | 民政府万里街道办事处) is the start of the name a
        // banner prints whole (上海市普陀区人民政府万里街道办事处2025年部门预算)
        if (department != null) {
            for (String b : banners.keySet()) if (b.startsWith(department) && b.length() > department.length()) department = b;
        }
        return new DocumentFacts(department, top(years), kind);
    }

    /** The key with the most votes; of keys with as many, the first in the map's order (document order). */
    static <K> K top(Map<K, Integer> votes) {
        K best = null;
        int most = 0;
        for (Map.Entry<K, Integer> e : votes.entrySet()) {
            if (e.getValue() > most) { best = e.getKey(); most = e.getValue(); }
        }
        return best;
    }
}

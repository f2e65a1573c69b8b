package io.gongkai.template;

import io.gongkai.model.Identification;
import io.gongkai.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Identifies which template a table is, from its title, its printed 公开NN表 number and the words of its header
 * together. The printed number is only a hint: numbers repeat, go missing and get misread. Thread-safe.
 */
public final class TemplateMatcher {
    /** Below this score a block is left unidentified rather than guessed. */
    public static final double THRESHOLD = 0.35;
    private static final double W_TITLE = 0.45, W_NUMBER = 0.2, W_HINTS = 0.35, EXCLUDE_PENALTY = 0.4;

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^\\d{4}年度?");
    private final TemplateCatalog catalog;
    /** Canonical forms of each template's titles, hints and excludes, computed once. */
    private final java.util.Map<String, List<List<String>>> canonical = new java.util.HashMap<>();

    public TemplateMatcher(TemplateCatalog catalog) {
        this.catalog = catalog;
        for (Template t : catalog.all()) {
            canonical.put(t.key(), List.of(canon(t.titles()), canon(t.hints()), canon(t.excludes())));
        }
    }

    private static List<String> canon(List<String> words) {
        return words.stream().map(TextNormalizer::canonical).toList();
    }

    /**
     * @param title  the title found above the table (may be null)
     * @param number the printed number as two digits (may be null)
     * @param text   all header and body text of the block (labels, headers)
     */
    public Identification identify(String title, String number, String text) {
        return identify(title, number, text, io.gongkai.model.DocumentKind.UNKNOWN);
    }

    /**
     * As {@link #identify(String, String, String)}, in a document of a known kind: a template of the other kind (a final
     * account's table in a budget) is taken only when the table's own title names that kind. A photocopied budget's
     * 财政拨款收支预算总表 whose 预算 was lost from its title, printed as table 04, was identified as the final accounts'
     * 财政拨款收入支出决算表 (04 in the national numbering) and its figures read under that template's columns.
     *
     * @param documentKind the kind the document's banners and titles say ({@code UNKNOWN} when they do not)
     */
    public Identification identify(String title, String number, String text, io.gongkai.model.DocumentKind documentKind) {
        String t = title == null ? "" : TextNormalizer.canonical(title);
        String body = TextNormalizer.canonical(text == null ? "" : text);
        Template best = null;
        double bestScore = -1;
        List<String> bestReasons = List.of();
        for (Template tpl : catalog.all()) {
            List<String> reasons = new ArrayList<>();
            List<List<String>> c = canonical.get(tpl.key());
            double titleScore = 0;
            for (String v : c.get(0)) titleScore = Math.max(titleScore, titleSimilarity(t, v));
            if (titleScore > 0) reasons.add(String.format(Locale.ROOT, "title %.2f", titleScore));
            double numberScore = number != null && tpl.numbers().contains(number) ? 1 : 0;
            if (numberScore > 0) reasons.add("number " + number);
            int found = 0;
            for (String h : c.get(1)) if (body.contains(h)) found++;
            double hintScore = tpl.hints().isEmpty() ? 0 : (double) found / tpl.hints().size();
            reasons.add(String.format(Locale.ROOT, "header words %d/%d", found, tpl.hints().size()));
            double score = W_TITLE * titleScore + W_NUMBER * numberScore + W_HINTS * hintScore;
            if (kindClash(t, tpl.kind())) {
                // the title says 预算 and the template is a final account's, or the other way round: a budget's table is no
                // final account's (a blurred 150 dpi scan's "三公" read 本 AAA从罗, its 预算表 was taken for 机关运行经费支出决算表)
                score -= EXCLUDE_PENALTY;
                reasons.add(t.contains("决算") ? "title says 决算" : "title says 预算");
            }
            if (otherKind(documentKind, tpl.kind()) && !titleSays(t, tpl.kind())) {
                score -= EXCLUDE_PENALTY;
                reasons.add("a " + documentKind.id() + " document");
            }
            for (int i = 0; i < c.get(2).size(); i++) {
                String x = tpl.excludes().get(i), cx = c.get(2).get(i);
                if (body.contains(cx) || t.contains(cx)) {
                    score -= EXCLUDE_PENALTY;
                    reasons.add("has " + x);
                    break;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = tpl;
                bestReasons = reasons;
            }
        }
        if (best == null || bestScore < THRESHOLD) {
            return new Identification(null, Math.max(0, bestScore), bestReasons.isEmpty() ? List.of("no template fits") : bestReasons);
        }
        return new Identification(best.id(), best.variant(), Math.min(1, bestScore), bestReasons);
    }

    /** The funds whose names say 预算 in every kind of document (一般公共预算财政拨款…决算表). */
    private static final java.util.regex.Pattern FUND = java.util.regex.Pattern.compile("一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算");

    /**
     * Whether a read title (canonical) names another kind of document than the template's: it says 决算 and the
     * template is a budget's, or it says 预算 — not as a fund's name (一般公共预算, 国有资本经营预算 …) — and not 决算, and
     * the template is a final account's. A title naming neither clashes with nothing.
     */
    static boolean kindClash(String title, io.gongkai.model.DocumentKind templateKind) {
        boolean isFinal = titleSays(title, io.gongkai.model.DocumentKind.FINAL), isBudget = titleSays(title, io.gongkai.model.DocumentKind.BUDGET);
        return isFinal && templateKind == io.gongkai.model.DocumentKind.BUDGET || isBudget && templateKind == io.gongkai.model.DocumentKind.FINAL;
    }

    /** Whether a title (canonical) names a kind of document: 决算, or 预算 not as a fund's name and without 决算. */
    private static boolean titleSays(String title, io.gongkai.model.DocumentKind kind) {
        boolean isFinal = title.contains("决算");
        return switch (kind) {
            case FINAL -> isFinal;
            case BUDGET -> !isFinal && FUND.matcher(title).replaceAll("").contains("预算");
            default -> false;
        };
    }

    /** Whether a template's kind is the other of a document's definite kind. */
    private static boolean otherKind(io.gongkai.model.DocumentKind document, io.gongkai.model.DocumentKind template) {
        return document != io.gongkai.model.DocumentKind.UNKNOWN && template != io.gongkai.model.DocumentKind.UNKNOWN && document != template;
    }

    /**
     * How well a line reads as the title of some template: the best {@link #titleSimilarity} of its canonical form
     * against every template's titles, 0..1. Used to tell the line that names a table from the others above it.
     */
    public double titleScore(String line) {
        if (line == null) return 0;
        String t = TextNormalizer.canonical(line);
        double best = 0;
        for (Template tpl : catalog.all()) {
            for (String v : canonical.get(tpl.key()).get(0)) best = Math.max(best, titleSimilarity(t, v));
        }
        return best;
    }

    private static final java.util.Map<String, Set<String>> BIGRAMS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * 1 when one title contains the other; else the better of the Dice coefficient of their character bigrams (times
     * 0.9) and, where the template's title {@code b} is in the read one but for OCR's slips ({@link #MISREAD} characters in
     * every six of it, at most: one read for another, lost or added), what containing it would score, less the share
     * misread. One character misread costs the bigram measure two of its bigrams: a faint photocopy's 部门皮出预算总表
     * (支 read 皮) scored 0.64 against 部门支出预算总表 and, its header words all misread too, was identified as nothing.
     */
    static double titleSimilarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        a = YEAR.matcher(a).replaceAll("");
        if (a.equals(b)) return 1;
        if (a.contains(b)) return 0.5 + 0.5 * b.length() / a.length();
        if (b.contains(a) && a.length() >= 4) return 0.5 + 0.5 * a.length() / b.length();
        Set<String> x = bigrams(a), y = BIGRAMS.computeIfAbsent(b, TemplateMatcher::bigrams);
        int common = 0;
        for (String g : x) if (y.contains(g)) common++;
        double dice = 0.9 * 2.0 * common / (x.size() + y.size());
        int misread = misreadIn(a, b);
        if (misread < 1 || misread * MISREAD_IN > b.length()) return dice;
        double contained = a.length() > b.length() ? 0.5 + 0.5 * b.length() / a.length() : 1;
        return Math.max(dice, contained * (1 - (double) misread / b.length()));
    }

    /** A template's title may have one character misread in every this many. */
    private static final int MISREAD_IN = 6;

    /**
     * The fewest characters to change, drop or add in {@code text} for it to contain {@code title} (an edit distance
     * with the text's characters before and after the title free).
     */
    static int misreadIn(String text, String title) {
        int[] prev = new int[title.length() + 1], cur = new int[title.length() + 1];
        for (int j = 0; j <= title.length(); j++) prev[j] = j;
        int best = prev[title.length()];
        for (int i = 1; i <= text.length(); i++) {
            cur[0] = 0;
            for (int j = 1; j <= title.length(); j++) {
                int swap = prev[j - 1] + (text.charAt(i - 1) == title.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(swap, Math.min(prev[j], cur[j - 1]) + 1);
            }
            best = Math.min(best, cur[title.length()]);
            int[] t = prev; prev = cur; cur = t;
        }
        return best;
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) out.add(new String(cps, i, 2));
        return out;
    }
}

package io.gongkai.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.apache.commons.text.StringEscapeUtils;

import java.util.regex.Pattern;

/**
 * Pure text normalization for labels and headers. Thread-safe.
 *
 * <p>Steps: markup (HTML tags and entities, LaTeX math such as {@code $\vdash$}) removed; NFKC (full-width forms to
 * ASCII, Kangxi radicals to ideographs); CJK Radicals Supplement code points to the ideograph (⻔ → 门); Japanese
 * variants (単 → 单) and Traditional forms (額 → 额) to simplified Chinese; whitespace folded.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final CharacterMap RADICALS = CharacterMap.load("radicals.txt");
    private static final CharacterMap VARIANTS = CharacterMap.load("variants.txt");
    private static final ThreadLocal<Transliterator> TRAD_TO_SIMP =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern LATEX_MATH = Pattern.compile("\\$[^$]{0,40}\\$");
    private static final Pattern LATEX_CMD = Pattern.compile("\\\\[a-zA-Z]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\p{IsHan}()（）、:：\"“”])\\s+(?=[\\p{IsHan}()（）\"“”])");

    /** Labels and headers repeat across tables and documents: normalized forms are memoized (bounded). */
    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CHARACTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private TextNormalizer() {
    }

    private static String memo(java.util.concurrent.ConcurrentHashMap<String, String> cache, String key, java.util.function.Function<String, String> f) {
        String v = cache.get(key);
        if (v != null) return v;
        v = f.apply(key);
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(key, v);
        return v;
    }

    /** Removes HTML tags, decodes entities, drops LaTeX math fragments an OCR tool emitted. */
    public static String stripMarkup(String s) {
        if (s == null || s.isEmpty()) return "";
        String out = s;
        if (out.indexOf('<') >= 0) out = TAG.matcher(out).replaceAll("");
        if (out.indexOf('&') >= 0) out = StringEscapeUtils.unescapeHtml4(out);
        if (out.indexOf('$') >= 0) out = LATEX_MATH.matcher(out).replaceAll("");
        if (out.indexOf('\\') >= 0) out = LATEX_CMD.matcher(out).replaceAll("");
        return out;
    }

    /** Character-level normalization without markup removal: NFKC, radicals, variants, Traditional → Simplified. */
    public static String characters(String s) {
        if (s == null || s.isEmpty()) return "";
        return memo(CHARACTERS, s, TextNormalizer::charactersUncached);
    }

    private static String charactersUncached(String s) {
        String out = NFKC.normalize(s);
        out = RADICALS.apply(out);
        out = VARIANTS.apply(out);
        if (hasHan(out)) out = TRAD_TO_SIMP.get().transliterate(out);
        return out;
    }

    /** Full normalization of a label or header: markup, characters, whitespace folded and trimmed. */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) return "";
        return memo(NORMALIZED, s, TextNormalizer::normalizeUncached);
    }

    private static String normalizeUncached(String s) {
        String out = characters(stripMarkup(s));
        out = SPACES.matcher(out).replaceAll(" ").trim();
        return CJK_GAP.matcher(out).replaceAll("");
    }

    /** A key for comparing labels: normalized, without any whitespace or punctuation. */
    public static String canonical(String s) {
        if (s == null || s.isEmpty()) return "";
        return memo(CANONICAL, s, TextNormalizer::canonicalUncached);
    }

    private static String canonicalUncached(String s) {
        String n = normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(cp -> Character.isLetterOrDigit(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Characters OCR engines confuse in these tables' labels, by groups (each group one shape to a recognizer): 入 read
     * 人 (收人总计), 支 read 文 (住房保障文出), 己/已/巳, 未/末, 土/士, 日/曰, 拨/拔, 计 read 证 or 评 under sensor noise
     * (合证, 合评); on black-and-white scans (a fresh newcomer's faxes of 司法局26 and 社会福利院24) 全 read 企 (公共安企支出)
     * and 卫 read 世 (世生健康支出); on faxes and light copies 住 read 什, 仕 or 任 (什房保障支出, 仕房公积金, 任房改革支出:
     * the top of 主 lost) and 卫 read 可 (可生健康支出); on a grey copy 健 and 保 read without their 亻 (卫生建康支出,
     * 住房呆障支出). Source: misreadings seen in this project's scan matrix, in the scans issue's report and in
     * newcomers' scans.
     */
    private static final String[] LOOK_ALIKE = {"入人", "支文", "已己巳", "末未", "土士", "日曰", "拨拔", "计证评讣订", "全企", "卫世可", "住什仕任作",
            "健建", "保呆"};

    /** Whether OCR confuses the two characters ({@link #LOOK_ALIKE}); a character is its own look-alike. */
    public static boolean lookAlike(char p, char q) {
        if (p == q) return true;
        for (String g : LOOK_ALIKE) if (g.indexOf(p) >= 0 && g.indexOf(q) >= 0) return true;
        return false;
    }

    /**
     * Whether two labels are the same label, or the same but for characters OCR confuses ({@link #LOOK_ALIKE}): compared
     * {@link #canonical}, of equal length, and at most one character in four differing (each difference within a
     * group). For matching a read label against a template's; never for building keys.
     */
    public static boolean lookAlike(String a, String b) {
        String x = canonical(a), y = canonical(b);
        if (x.equals(y)) return true;
        if (x.length() != y.length() || x.length() < 4) return false;
        int differ = 0;
        for (int i = 0; i < x.length(); i++) {
            char p = x.charAt(i), q = y.charAt(i);
            if (p == q) continue;
            if (!lookAlike(p, q) || ++differ * 4 > x.length()) return false;
        }
        return true;
    }

    /** Only the Han characters of the normalized string: for finding labels OCR sprinkled with stray marks (项目 1名称). */
    public static String hanOnly(String s) {
        String n = normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(b::appendCodePoint);
        return b.toString();
    }

    public static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Number of Han characters in the string. */
    public static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) n++;
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * How far an OCR reading is from a name, counting what OCR does to printed Chinese: a character lost (a thin stroke
     * such as 一 or 二 that a photocopy drops) or a stray mark added costs 1, a character read as its look-alike
     * ({@link #lookAlike(char, char)}) costs 1, and any other character read for another costs 2 (as much as losing it
     * and adding one: 收入 is not an OCR reading of 支出). Compare {@link #hanOnly} forms.
     */
    public static int ocrDistance(String read, String name) {
        return distance(read, name, (p, q) -> p == q ? 0 : lookAlike((char) p, (char) q) ? 1 : 2);
    }

    /** Levenshtein distance (insertions, deletions, substitutions of one character each): how far an OCR reading is from a label. */
    public static int editDistance(String a, String b) {
        return distance(a, b, (p, q) -> p == q ? 0 : 1);
    }

    /** Edit distance with insertions and deletions costing 1 and a substitution what {@code swap} says. */
    private static int distance(String a, String b, java.util.function.IntBinaryOperator swap) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + swap.applyAsInt(a.charAt(i - 1), b.charAt(j - 1)));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}

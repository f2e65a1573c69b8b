package io.gongkai.assemble;

import io.gongkai.normalize.TextNormalizer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Outline enumerations in row labels: 一、 is level 1; 1. and (一) are level 2; (1) is level 3. */
public final class Outline {
    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.]\\s*");
    /** 1、 1. (一); and 1 before a name whose 、 a scan lost (1 般公共预算资金: the 、 and the 一 after it are thin strokes). */
    private static final Pattern LEVEL2 = Pattern.compile("^(\\d+\\s*[.、]|[(（][一二三四五六七八九十]+[)）]|\\d{1,2}\\s+(?=\\p{IsHan}))\\s*");
    private static final Pattern LEVEL3 = Pattern.compile("^[(（]\\d+[)）]\\s*");

    private Outline() {
    }

    /** 1, 2 or 3 for an enumerated label, 0 otherwise. */
    public static int level(String label) {
        String s = TextNormalizer.normalize(label);
        if (LEVEL1.matcher(s).find()) return 1;
        if (LEVEL3.matcher(s).find()) return 3;
        if (LEVEL2.matcher(s).find()) return 2;
        return 0;
    }

    private static final String NUMERALS = "一二三四五六七八九";

    /** The number of a level-1 enumeration (一、 → 1, 十二、 → 12), or 0 when the label has none. */
    static int number(String label) {
        Matcher m = LEVEL1.matcher(TextNormalizer.normalize(label));
        if (!m.find()) return 0;
        String n = m.group().replaceAll("[、.\\s]", "");
        int ten = n.indexOf('十');
        if (ten < 0) return n.length() == 1 ? NUMERALS.indexOf(n.charAt(0)) + 1 : 0;
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(n.charAt(0)) + 1;
        int units = ten == n.length() - 1 ? 0 : NUMERALS.indexOf(n.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    /** The numeral of a level-1 enumeration: 1 → 一, 12 → 十二, 21 → 二十一. */
    static String numeral(int n) {
        if (n < 10) return String.valueOf(NUMERALS.charAt(n - 1));
        String tens = n / 10 == 1 ? "十" : NUMERALS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10 - 1);
    }

    /**
     * A side's labels, in order, with the level-1 enumerations OCR lost put back from their neighbours: a label
     * left with only its 、 (、一般公共服务支出 between 一、 and 三、: 二) takes the number between them; an unnumbered
     * first label followed by 二、 (past its own 1. 2. items) is 一、 (一、一般公共预算财政拨款 read as
     * 一般公共预算财政拨款: 一 and 、 are thin marks a scan loses). Numerals read with a stroke lost (二 as 一, 三 as 二
     * or 一) are put back where the run they stand in then counts 一、二、三… and did not as read: an unnumbered
     * label before 一、社会保障… 二、卫生… 四、住房… is 一、 (the run as read skips 三), and those read 二、三、. A
     * label changed so is returned in its new form; others as they were.
     */
    public static java.util.List<String> restoreLost(java.util.List<String> labels) {
        java.util.List<String> out = new java.util.ArrayList<>(labels);
        firstHeadingReadAsOne(out);
        firstItemsReadAsHeadings(out);
        // a number put back can be the neighbour another needs (三、 lost after 二、 and 四、 lost too): until nothing changes
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < out.size(); i++) {
                String restored = restoreAt(out, i);
                if (restored != null) {
                    out.set(i, restored);
                    changed = true;
                }
            }
        }
        restoreStrokesLost(out);
        return out;
    }

    /**
     * Numerals lost or read short before a label whose numeral is whole: before 四、住房保障支出, the three labels
     * above it (level-2 and -3 items skipped) are 一、二、三 when each reads as its numeral with strokes lost — 二 read
     * 一, 三 read 二 or 一 — or with its numeral lost (only 、 left, or nothing: 一、二、三 and 、 are thin strokes),
     * and no label above them is numbered (else they are not where the run starts: 一、A, 其中：B, 二、C).
     */
    private static void restoreStrokesLost(java.util.List<String> out) {
        java.util.List<Integer> items = new java.util.ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            String s = TextNormalizer.normalize(out.get(k));
            if (!s.isEmpty() && level(s) <= 1) items.add(k);
        }
        for (int a = 0; a < items.size(); a++) {
            String anchor = out.get(items.get(a));
            int n = level(anchor) == 1 ? number(anchor) : 0;
            if (n < 2 || a < n - 1) continue;
            boolean fits = true, changes = false;
            for (int j = 1; j < n && fits; j++) {
                String s = TextNormalizer.normalize(out.get(items.get(a - j)));
                int want = n - j, read = level(s) == 1 ? number(s) : 0;
                if (read == want) continue;
                changes = true;
                fits = read > 0 ? want <= 3 && read < want : LOST_NUMERAL.matcher(s).find() || want <= 3;
            }
            for (int k = 0; k < a - (n - 1) && fits; k++) if (level(out.get(items.get(k))) == 1) fits = false;
            if (!fits || !changes) continue;
            for (int j = 1; j < n; j++) {
                int at = items.get(a - j);
                String s = TextNormalizer.normalize(out.get(at));
                Matcher m = level(s) == 1 ? LEVEL1.matcher(s) : LOST_NUMERAL.matcher(s);
                String body = m.find() ? s.substring(m.end()) : s;
                out.set(at, numeral(n - j) + "、" + body);
            }
        }
    }

    /**
     * Marks OCR leaves where a numeral was lost, before its 、: a quote, a tick, a dot (“、 '、 .、), or a Latin letter
     * (七 read E on a black-and-white fax: E、卫生健康支出).
     */
    private static final Pattern LOST_NUMERAL = Pattern.compile("^[\\p{Punct}“”‘’·`~\\sA-Za-z]{0,2}、\\s*|^[.]\\s*");

    /**
     * Whether the unnumbered label at {@code i} stands in a run of level-1 items: the nearest labels above and below it
     * (blank ones and level-2/3 items passed over, no other unnumbered label between) are level-1 items, the one below
     * numbered after the one above. Its own number is one of those between theirs; {@link #restoreLost} gives it one
     * only where a single number is missing.
     */
    static boolean amidItems(java.util.List<String> labels, int i) {
        if (level(labels.get(i)) != 0 || TextNormalizer.normalize(labels.get(i)).isEmpty()) return false;
        int prev = 0, next = 0;
        for (int k = i - 1; k >= 0 && prev == 0; k--) {
            String s = TextNormalizer.normalize(labels.get(k));
            if (level(s) == 1) prev = number(s);
            else if (level(s) == 0 && !s.isEmpty()) return false;
        }
        for (int k = i + 1; k < labels.size() && next == 0; k++) {
            String s = TextNormalizer.normalize(labels.get(k));
            if (level(s) == 1) next = number(s);
            else if (level(s) == 0 && !s.isEmpty()) return false;
        }
        return prev > 0 && next > prev + 1;
    }

    private static String restoreAt(java.util.List<String> out, int i) {
        String s = TextNormalizer.normalize(out.get(i));
        if (s.isEmpty() || level(s) != 0) return null;
        // the next level-1 label (past the 1. 2. items under this one)
        int next = 0;
        for (int k = i + 1; k < out.size(); k++) {
            int lv = level(out.get(k));
            if (lv == 1) { next = number(out.get(k)); break; }
            if (lv == 0) break;
        }
        int prev = -1;
        boolean alone = true; // no other unnumbered line between the level-1 label before and this one
        for (int k = i - 1; k >= 0; k--) {
            if (level(out.get(k)) == 1) { prev = number(out.get(k)); break; }
            if (level(out.get(k)) == 0 && !TextNormalizer.normalize(out.get(k)).isEmpty()) alone = false;
        }
        Matcher lost = LOST_NUMERAL.matcher(s);
        if (lost.find()) {
            String body = s.substring(lost.end());
            // the number lost, its 、 left, and the label under it is the second item of a run (2、, (二)): it is the
            // first (1、一般公共预算资金 against a table's rule loses its 1, as 一 loses 一、 at the page's scale)
            String first = i + 1 < out.size() ? firstOf(TextNormalizer.normalize(out.get(i + 1))) : null;
            if (first != null && !body.isEmpty()) return first + body;
            // else the number between its neighbours'
            int n = prev > 0 ? prev + 1 : next > 1 ? next - 1 : 0;
            if (n > 0 && (next == 0 || next == n + 1) && !body.isEmpty()) return numeral(n) + "、" + body;
        } else if (next == 2 && prev < 0) {
            return "一、" + s;
        } else if (prev > 0 && next == prev + 2 && alone) {
            // the one unnumbered line where the run skips a number (四、 … 六、): the numeral and its 、 both lost (a
            // fax of 万里街道 2024's 收支总表 read 五、文化旅游体育与传媒支出 without them, and every line after it was
            // taken for a part of it: the totals were "recovered" as the sum of the four lines above it); a numeral
            // misread as another character before its 、 (五 read 丘) is that numeral
            return numeral(prev + 1) + "、" + s.replaceFirst("^\\p{IsHan}\\s*、\\s*", "");
        }
        return null;
    }

    /**
     * A run's first item whose 1 was read as a heading's numeral or as a letter (a fax of 200 × 100 dpi read 1.一般公共预算资金
     * as 一、一般公共预算资金, or as I. 般公共预算资金, over 2.政府性基金, under 财政拨款收入 whose own 一、 was lost):
     * 一、 or I. followed by the run's second item (2、, （二）) after an unnumbered line is that run's first item
     * (changed in place); the unnumbered line above is then the heading whose numeral was lost, put back as such.
     */
    private static void firstItemsReadAsHeadings(java.util.List<String> out) {
        for (int k = 1; k + 1 < out.size(); k++) {
            String s = TextNormalizer.normalize(out.get(k)), before = TextNormalizer.normalize(out.get(k - 1));
            if (before.isEmpty() || level(before) != 0) continue;
            Matcher m = LEVEL1.matcher(s), letter = ONE_AS_LETTER.matcher(s);
            boolean heading = level(s) == 1 && number(s) == 1 && m.find();
            if (!heading && !letter.find()) continue;
            String first = firstOf(TextNormalizer.normalize(out.get(k + 1)));
            if (first == null) continue;
            out.set(k, first + s.substring(heading ? m.end() : letter.end()));
        }
    }

    /**
     * A run's first heading whose 一 was read as the digit 1 (一、 is a stroke and a dot: a phone photo of 上海市财政局25
     * p8 read 一、一般公共服务支出 as 1 一般公共服务支出, a level-2 item under nothing, and the side's total failed by
     * its figures): the side's first numbered label, numbered 1 as a level-2 item, with 二、 the next label, is 一、
     * (changed in place). A 1、 right under an unnumbered line is left alone: that line is the heading whose own 一、 was
     * lost (the header rows above a blank row are no heading).
     */
    private static void firstHeadingReadAsOne(java.util.List<String> out) {
        int first = -1;
        for (int k = 0; k < out.size() && first < 0; k++) if (level(out.get(k)) > 0) first = k;
        if (first < 0 || first > 0 && !TextNormalizer.normalize(out.get(first - 1)).isEmpty()) return;
        String s = TextNormalizer.normalize(out.get(first));
        Matcher one = ONE_AS_ITEM.matcher(s);
        if (level(s) != 2 || !one.find()) return;
        for (int k = first + 1; k < out.size(); k++) {
            String next = TextNormalizer.normalize(out.get(k));
            if (next.isEmpty()) continue;
            if (level(next) == 1 && number(next) == 2) out.set(first, "一、" + s.substring(one.end()));
            return;
        }
    }

    /** A level-2 enumeration 1 (1、 1. or 1 before a name). */
    private static final Pattern ONE_AS_ITEM = Pattern.compile("^1(\\s*[.、]|\\s+(?=\\p{IsHan}))\\s*");

    /** A 1 read as a letter or a bar before its dot (I. 般公共预算资金: 1.一般…, the 一 lost too, on the same fax). */
    private static final Pattern ONE_AS_LETTER = Pattern.compile("^[IlL|!]\\s*[.、]\\s*");

    /** The first enumeration of the level-2 run whose second item {@code label} is (2、 → 1、, （二） → （一）), or null. */
    private static String firstOf(String label) {
        if (level(label) != 2) return null;
        String e = enumeration(label).strip();
        if (e.matches("2\\s*[.、]")) return e.replace('2', '1');
        if (e.matches("[(（]二[)）]")) return e.replace('二', '一');
        return null;
    }

    /** The label's enumeration as printed ("一、", "(1)"), or "" when it has none. */
    static String enumeration(String label) {
        String s = TextNormalizer.normalize(label);
        for (Pattern p : new Pattern[]{LEVEL1, LEVEL3, LEVEL2}) {
            Matcher m = p.matcher(s);
            if (m.find()) return m.group();
        }
        return "";
    }

    /** The label without its enumeration, as a key: "一、财政拨款收入" → 财政拨款收入. */
    public static String key(String label) {
        String s = TextNormalizer.normalize(label);
        for (Pattern p : new Pattern[]{LEVEL1, LEVEL3, LEVEL2}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                s = s.substring(m.end());
                break;
            }
        }
        return TextNormalizer.canonical(s);
    }
}

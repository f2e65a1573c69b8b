package io.gongkai.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 类 and 款 codes of a table read by text alignment that prints each once, centred in a cell merged down over its
 * rows, with no rules to say how far each reaches (a newcomer's Chromium print of 商务委员会 2025's 支出总表 without
 * borders): a code stands on a line of its own between two rows of its group, or on the middle row's line. A merged
 * cell's code is centred on its rows, so each group is found from the first row it begins at: it ends at the row as far
 * below the code as its first row is above it; the next group begins after it. The 类 groups tile the table's rows of
 * figures down to its 合计; the 款 groups tile each 类 group's rows after the 类's own. A page's end cuts a merged cell
 * (the printer sets the code on the part it prints): the page's first rows may belong to a group begun on the page
 * before (they get no code here; the code parser takes it from the row above, the tables joined), and its last group
 * runs to its last row. Done only where a code stands on a line of its own (a code printed on its rows' first line, as
 * most tables print one once above its rows, is left to the code parser) and where every code's group is found so;
 * else nothing is changed. Pure.
 */
final class CentredCodes {
    private static final Pattern CLASS = Pattern.compile("\\d{3}"), KUAN = Pattern.compile("\\d{2}");
    private static final Pattern JOINED = Pattern.compile("(\\d{3})\\s+(\\d{2})");
    private static final Pattern FIGURE = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+\\.\\d{2}");
    /** How far (a share of the rows' pitch) a group's last row may stand from where its code's centring puts it. */
    static final double OFF = 0.35;

    private CentredCodes() {
    }

    private record Code(double y, String text) {
    }

    private record Group(String code, int from, int to) {
    }

    /**
     * Spreads each centred 类 (column 0) and 款 (column 1) code over the rows of its merged cell, in place.
     *
     * @param texts   each row's cells' text, in table order
     * @param centres each row's vertical centre, points
     * @return the rows that are a code's line of its own, now spread (to be left out); all false when nothing was done
     */
    static boolean[] spread(List<String[]> texts, List<Double> centres) {
        boolean[] joined = spreadJoined(texts);
        return joined != null ? joined : spreadApart(texts, centres);
    }

    /**
     * The table's 类 and 款 printed in one column (no rule between them, so text alignment reads one): each 款 on its
     * row, each 类 once in a cell merged down over its own row and its 款 rows — centred, so that it shares a line with
     * the middle row's 款 ({@code 301 08}) or stands on a line of its own, its own row printing no code (a newcomer's
     * Calc sheet without borders: 工资福利支出 was kept without a code, 01 基本工资 and the other 款 under their names). A
     * 类's rows are told by what they print, not by where the code is centred (a 类's own row set taller than its text
     * leaves no measure of where its cell begins): a row of figures whose code cell is blank or a 类 begins a group, the
     * rows of 款 after it are its group, and the group's one 类 code, wherever it stands in it, is each row's 类
     * ({@code 301}, {@code 301 01}). Done only where a cell holds a 类 and a 款 that way or a 类 stands on a line of its
     * own, every other code cell is a 款, and each group holds exactly one 类; null otherwise (nothing changed).
     *
     * @return the rows that are a 类's line of its own (to be left out), or null
     */
    private static boolean[] spreadJoined(List<String[]> texts) {
        int n = texts.size();
        if (n < 3 || texts.get(0).length < 3) return null;
        String[] code = new String[n];
        int classes = 0, kuans = 0;
        for (int i = 0; i < n; i++) {
            String[] t = texts.get(i);
            String c = t[0].strip();
            code[i] = "";
            if (c.isEmpty() || !c.chars().allMatch(ch -> Character.isDigit(ch) || ch == ' ')) continue;
            if (KUAN.matcher(t[1].strip()).matches() || CLASS.matcher(t[1].strip()).matches()) return null; // codes in two columns already
            boolean lineOfItsOwn = CLASS.matcher(c).matches() && java.util.Arrays.stream(t).skip(1).allMatch(String::isBlank);
            if (JOINED.matcher(c).matches() || lineOfItsOwn) classes++;
            else if (KUAN.matcher(c).matches()) kuans++;
            else if (!CLASS.matcher(c).matches()) return null;
            code[i] = c;
        }
        if (classes == 0 || kuans < 2) return null;
        int first = 0;
        while (first < n && !hasFigure(texts.get(first))) first++;
        int last = first;
        while (last < n && !isTotal(texts.get(last))) last++;
        String[] cls = new String[n];
        boolean[] drop = new boolean[n];
        int start = -1;
        for (int i = first; i <= last; i++) {
            boolean begins = i < last && hasFigure(texts.get(i)) && (code[i].isEmpty() || CLASS.matcher(code[i]).matches());
            if (i < last && !begins) {
                if (start < 0 && !code[i].isEmpty()) return null; // a 款 before any 类's row
                continue;
            }
            if (start >= 0) {
                // the group start..i-1: its one 类
                String one = null;
                for (int k = start; k < i; k++) {
                    java.util.regex.Matcher m = JOINED.matcher(code[k]);
                    String c = m.matches() ? m.group(1) : CLASS.matcher(code[k]).matches() ? code[k] : null;
                    if (c == null) continue;
                    if (one != null) return null;
                    one = c;
                }
                if (one == null) return null;
                for (int k = start; k < i; k++) cls[k] = one;
            }
            start = i;
        }
        for (int i = first; i < last; i++) {
            if (cls[i] == null) continue;
            String[] t = texts.get(i);
            java.util.regex.Matcher m = JOINED.matcher(code[i]);
            if (CLASS.matcher(code[i]).matches() && java.util.Arrays.stream(t).skip(1).allMatch(String::isBlank)) drop[i] = true;
            else if (m.matches()) t[0] = cls[i] + " " + m.group(2);
            else if (KUAN.matcher(code[i]).matches()) t[0] = cls[i] + " " + code[i];
            else if (code[i].isEmpty() && hasFigure(t)) t[0] = cls[i]; // the 类's own row
        }
        return drop;
    }

    private static boolean[] spreadApart(List<String[]> texts, List<Double> centres) {
        int n = texts.size();
        boolean[] alone = new boolean[n], none = new boolean[n];
        if (n < 3 || texts.get(0).length < 4) return none;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            String[] t = texts.get(i);
            int filled = 0, at = -1;
            for (int c = 0; c < t.length; c++) if (!t[c].isBlank()) { filled++; at = c; }
            alone[i] = filled == 1 && (at == 0 && CLASS.matcher(t[0].strip()).matches() || at == 1 && KUAN.matcher(t[1].strip()).matches());
            any |= alone[i];
        }
        if (!any) return none;
        int first = 0;
        while (first < n && (alone[first] || !hasFigure(texts.get(first)))) first++;
        int last = first;
        while (last < n && !isTotal(texts.get(last))) last++;
        List<Integer> data = new ArrayList<>();
        for (int i = first; i < last; i++) if (!alone[i]) data.add(i);
        if (data.size() < 2) return none;
        List<Double> gaps = new ArrayList<>();
        for (int k = 1; k < data.size(); k++) gaps.add(centres.get(data.get(k)) - centres.get(data.get(k - 1)));
        double pitch = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray()[gaps.size() / 2];
        if (pitch <= 0) return none;
        boolean endsPage = last == n; // no 合计 on the page: the table runs on, its last merged cells cut
        List<Code> classCodes = codes(texts, centres, first, last, 0, CLASS), kuanCodes = codes(texts, centres, first, last, 1, KUAN);
        if (classCodes == null || kuanCodes == null) return none;
        List<Group> classes = tile(data, classCodes, centres, pitch, true, endsPage);
        if (classes == null) return none;
        String[] cls = new String[n], kuan = new String[n];
        for (int gi = 0; gi < classes.size(); gi++) {
            Group g = classes.get(gi);
            for (int k = g.from(); k <= g.to(); k++) cls[data.get(k)] = g.code();
            if (g.to() == g.from()) continue;
            List<Integer> under = data.subList(g.from() + 1, g.to() + 1);
            double top = centres.get(under.get(0)) - pitch / 2, bottom = centres.get(under.get(under.size() - 1)) + pitch / 2;
            List<Code> kuans = kuanCodes.stream().filter(c -> c.y() > top && c.y() < bottom).toList();
            if (kuans.isEmpty()) continue;
            List<Group> groups = tile(under, kuans, centres, pitch, false, endsPage && gi == classes.size() - 1);
            if (groups == null) return none;
            for (Group k : groups) for (int j = k.from(); j <= k.to(); j++) kuan[under.get(j)] = k.code();
        }
        // a row that prints a code of its own must be of the group it is spread into (the rows before the first group,
        // its cell begun on the page before, keep what they print)
        for (int i : data) {
            if (cls[i] == null) continue;
            String[] t = texts.get(i);
            if (!t[0].isBlank() && !t[0].strip().equals(cls[i])) return none;
            if (!t[1].isBlank() && !t[1].strip().equals(kuan[i])) return none;
        }
        for (int i : data) {
            if (cls[i] == null) continue;
            texts.get(i)[0] = cls[i];
            texts.get(i)[1] = kuan[i] == null ? "" : kuan[i];
        }
        boolean[] drop = new boolean[n];
        for (int i = first; i < last; i++) drop[i] = alone[i];
        return drop;
    }

    /** The codes of a column among rows {@code from} to {@code to} (exclusive), top to bottom; null when a text there is no code. */
    private static List<Code> codes(List<String[]> texts, List<Double> centres, int from, int to, int column, Pattern code) {
        List<Code> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String t = texts.get(i)[column].strip();
            if (t.isEmpty()) continue;
            if (!code.matcher(t).matches()) return null;
            out.add(new Code(centres.get(i), t));
        }
        return out;
    }

    /**
     * The groups of rows the codes are centred on, tiling {@code rows} (indices into the table, in order): each from the
     * row after the last group to the row as far below its code as that row is above it. Null when a code's group ends
     * at no row, or its code stands outside it, or the groups do not reach the last row.
     *
     * @param openStart the first group may begin at a later row (the rows before it continue a cell of the page before)
     * @param openEnd   the last group runs to the last row (its cell cut by the page's end)
     */
    private static List<Group> tile(List<Integer> rows, List<Code> codes, List<Double> centres, double pitch, boolean openStart, boolean openEnd) {
        if (codes.isEmpty()) return null;
        for (int start = 0; start < rows.size() && (start == 0 || openStart && centres.get(rows.get(start - 1)) < codes.get(0).y() - pitch / 2); start++) {
            List<Group> out = tileFrom(start, rows, codes, centres, pitch, openEnd);
            if (out != null) return out;
        }
        return null;
    }

    private static List<Group> tileFrom(int start, List<Integer> rows, List<Code> codes, List<Double> centres, double pitch, boolean openEnd) {
        List<Group> out = new ArrayList<>();
        int from = start;
        for (int i = 0; i < codes.size(); i++) {
            Code c = codes.get(i);
            boolean lastCode = i == codes.size() - 1;
            if (from >= rows.size()) return null;
            double top = centres.get(rows.get(from)), end = 2 * c.y() - top;
            int to = -1;
            double best = Double.MAX_VALUE;
            for (int k = from; k < rows.size(); k++) {
                double off = Math.abs(centres.get(rows.get(k)) - end);
                if (off < best) { best = off; to = k; }
            }
            if (openEnd && lastCode) to = rows.size() - 1; // cut by the page's end: it runs to the last row
            else if (to < 0 || best > OFF * pitch) return null;
            if (c.y() < top - pitch / 2 || c.y() > centres.get(rows.get(to)) + pitch / 2) return null;
            out.add(new Group(c.text(), from, to));
            from = to + 1;
        }
        return from == rows.size() ? out : null;
    }

    private static boolean hasFigure(String[] t) {
        for (String s : t) if (FIGURE.matcher(s.strip()).matches()) return true;
        return false;
    }

    private static boolean isTotal(String[] t) {
        for (String s : t) {
            String x = s.replaceAll("\\s", "");
            if (x.equals("合计") || x.equals("总计")) return true;
        }
        return false;
    }
}

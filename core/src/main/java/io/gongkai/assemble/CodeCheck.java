package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Classification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides, for every row of a table keyed by a classification code (支出功能分类 or 支出经济分类),
 * whether its code stands, is put right, or makes the row doubtful. Text input and OCR input alike; pure.
 *
 * <p>A code stands when the classification lists it and the row's name fits it ({@link Classification#fits}).
 * Otherwise the candidates are the listed codes
 * <ul>
 *   <li>one OCR digit confusion away from the reading ({@code 2040691 行政运行} → 2040601: 9 for 0), {@link RepairKind#CODE_MISREAD};</li>
 *   <li>under the 款 or 类 above (economic: of the neighbours' 类) whose name the row prints (of another level only
 *       where the printed code is not listed and the name is exactly that code's, or the printed code begins that code:
 *       a 项 read with two digits lost, a 款 read as its 类),
 *       {@link RepairKind#CODE_FROM_NAME} ({@link RepairKind#CODE_MISREAD} for a printed code the classification lacks:
 *       20921 文物和陈列品购置 under 309 → 30921);</li>
 *   <li>a 项 of the row's name that begins with a 5-digit reading's 类 and ends with its last two digits (the 款's two
 *       digits lost: 20404 基层国法业务 → 2040604), {@link RepairKind#CODE_MISREAD};</li>
 *   <li>made of the 款 (or 类) row above it and the row's own last two digits, where the printed code's digits before
 *       them end in that 款's (类's) own two ({@code 7 | 11 | 02 事业单位医疗} under 21011 → 2101102),
 *       {@link RepairKind#CODE_FROM_PARENT_ROWS};</li>
 *   <li>for a complete classification, when none of those: the one code between the neighbours' codes whose name is
 *       close to the (misread) name, {@link RepairKind#CODE_FROM_NEIGHBOURS};</li>
 *   <li>when none of those either, for a code that breaks the table's order (its listed neighbours of its level, in
 *       order, and it not between them): the one listed code an OCR digit confusion away that stands between them,
 *       {@link RepairKind#CODE_MISREAD}; none or several, the row is doubtful.</li>
 * </ul>
 * (the kind recorded is that of the first rule that proposed the code). A candidate must fit the row's name and the
 * 类/款 rows above it, and not be another row's code. Exactly one: the code
 * is replaced and the repair recorded on the row, so the identities (类 = Σ款 = Σ项) use it. Otherwise the row is
 * doubtful ({@link RepairKind#CODE_DOUBTFUL} on the row and its amounts, which become {@link CellStatus#SUSPECT} and are
 * never verified, and a warning) when its code cannot be right: not in a complete list, of a 类 that does not exist,
 * not under the 款/类 row above it, a name that is another code's, or a code the data lists under another name. A code
 * the data only lacks (function 款 and 项 are listed as the real documents print them, not completely) and that fits
 * the rows above it stands, with a note.
 */
final class CodeCheck {

    /**
     * A row to check.
     *
     * @param row      the row as parsed
     * @param codeless its code was not read at all; it is sought by its name (economic grids)
     */
    record Item(Row row, boolean codeless) {
    }

    record Result(List<Row> rows, List<Diagnostic> diagnostics) {
    }

    private CodeCheck() {
    }

    /**
     * Function-coded rows of a table, in table order. A named row whose code OCR did not read ({@link
     * CodedRowParser#CODE_MISSING}) is sought by its name under the 款/类 rows above it; when that finds no one code it
     * is left alone (another table may print it), as is a text layer's row without a code.
     */
    static Result function(List<Row> rows) {
        return check(rows.stream().map(r -> new Item(r, codeMissing(r) && TextNormalizer.hanCount(r.label()) >= 2 && readByOcr(r))).toList(),
                Classification.function(), RowKey.Kind.FUNCTION_CODE);
    }

    /** Whether the row's figures were read by OCR (a text layer's reading has confidence 1). */
    static boolean readByOcr(Row r) {
        return r.cells().stream().anyMatch(c -> c.confidence() < 1);
    }

    private static boolean codeMissing(Row r) {
        return r.repairs().stream().anyMatch(x -> x.kind().equals(CodedRowParser.CODE_MISSING));
    }

    /** Economic-coded rows of a table (or of one column group of a grid), in reading order. */
    static Result economic(List<Item> items) {
        return check(items, Classification.economic(), RowKey.Kind.ECONOMIC_CODE);
    }

    /** Where a row stands in the code tree: the 类 and 款 rows above it, and its nearest coded neighbours. */
    private record Context(String clazz, String kuan, Set<String> neighbourClasses) {
        String parentOf(int length) {
            if (length == 7) return kuan != null ? kuan : clazz;
            if (length == 5) return clazz;
            return null;
        }

        boolean fits(String code) {
            if (code.length() == 7) return (kuan == null || code.startsWith(kuan)) && (clazz == null || code.startsWith(clazz));
            if (code.length() == 5) {
                if (clazz != null) return code.startsWith(clazz);
                return neighbourClasses.isEmpty() || neighbourClasses.contains(code.substring(0, 3));
            }
            return true;
        }
    }

    /** A code a rule proposes, and which rule: the kind of repair it would be, and why. */
    private record Proposal(RepairKind kind, String why) {
    }

    private record Decision(String code, RepairKind kind, String why, String doubt, String note) {
        static Decision stands() {
            return new Decision(null, null, null, null, null);
        }
    }

    static Result check(List<Item> items, Classification cls, RowKey.Kind kind) {
        List<Row> rows = new ArrayList<>();
        items.forEach(i -> rows.add(i.row()));
        List<Diagnostic> diags = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Row r : rows) if (holds(r, kind, cls)) taken.add(r.key().value());
        String clazz = null, kuan = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean coded = r.key().kind() == kind;
            if (!coded && !items.get(i).codeless()) {
                // a row whose code was lost may be a 款: what is under it is no longer known
                if (codeMissing(r)) kuan = null;
                continue;
            }
            String code = coded ? r.key().value() : null;
            Context ctx = new Context(clazz, kind == RowKey.Kind.FUNCTION_CODE ? kuan : null, neighbourClasses(rows, i, kind, cls));
            // (on a scan: a text layer that prints a code twice means it, as a table of two sections does)
            boolean repeated = code != null && seen.contains(code) && readByOcr(r);
            if (code != null) seen.add(code);
            Decision d = decide(code, r.label(), ctx, cls, taken, repeated, kind == RowKey.Kind.FUNCTION_CODE, neighbour(rows, i, -1, kind, cls), neighbour(rows, i, 1, kind, cls));
            String where = "line " + r.line();
            String finalCode = code;
            if (d.code() != null) {
                taken.remove(code);
                taken.add(d.code());
                finalCode = d.code();
                List<Repair> repairs = new ArrayList<>(r.repairs());
                repairs.removeIf(x -> x.kind().equals(CodedRowParser.CODE_MISSING));
                repairs.add(new Repair(d.kind(), code == null ? "" : code, d.code() + " (" + d.why() + ")"));
                RowKey key = kind == RowKey.Kind.FUNCTION_CODE ? RowKey.functionCode(d.code()) : RowKey.economicCode(d.code());
                rows.set(i, new Row(key, r.label(), r.cells(), repairs, r.line()));
            } else if (d.doubt() != null) {
                // the rows under a doubtful row are still printed under its code: it stays their context
                if (code == null) {
                    // a function code may still come from another table (DocumentAssembler), which says so if not
                    if (kind == RowKey.Kind.ECONOMIC_CODE) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, where, d.doubt()));
                } else {
                    rows.set(i, doubtful(r, code, d.doubt()));
                    diags.add(new Diagnostic(Diagnostic.Severity.WARNING, where, d.doubt() + "; its amounts are suspect"));
                }
            } else if (d.note() != null) {
                diags.add(new Diagnostic(Diagnostic.Severity.INFO, where, d.note()));
            }
            if (finalCode == null) {
                if (codeMissing(r)) kuan = null; // perhaps a 款 itself: what is under it is no longer known
                continue;
            }
            if (finalCode.length() == 3) { clazz = finalCode; kuan = null; }
            else if (finalCode.length() == 5) {
                if (clazz != null && !finalCode.startsWith(clazz)) clazz = null;
                kuan = finalCode;
            }
        }
        return new Result(keyedApart(rows, kind), diags);
    }

    /**
     * The rows, each doubtful row that shares its code with another row keyed apart, by its code and line
     * ({@code 30201@line-2012}): a table's cells are addressed by their row's key, and what was said of one row was taken
     * for the other (a newcomer's fax: 30211 差旅费 read 302 | 1, so 30201, beside the real 30201 办公费; the digit the
     * identities put right in 办公费's 4,755,518 was written over 差旅费's 80,000 too). The doubtful row stays, flagged,
     * its amounts in no identity of the code's.
     */
    private static List<Row> keyedApart(List<Row> rows, RowKey.Kind kind) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (Row r : rows) if (r.key().kind() == kind) count.merge(r.key().value(), 1, Integer::sum);
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            boolean apart = r.key().kind() == kind && count.get(r.key().value()) > 1
                    && r.repairs().stream().anyMatch(x -> x.kind() == RepairKind.CODE_DOUBTFUL);
            out.add(apart ? new Row(RowKey.label(r.key().value() + "@line-" + r.line()), r.label(), r.cells(), r.repairs(), r.line()) : r);
        }
        return out;
    }

    /**
     * @param repeated a row above prints the same code (a 项 whose own digits were lost reads as its 款, which stands
     *                 above it: 2089999 其他社会保障和就业支出 read 20899 under 20899)
     * @param byLevel  a row without a code between two of one level is of that level (function tables: their 项 rows
     *                 stand together; an economic grid's codeless lines are its 类 and totals among 款 rows)
     */
    private static Decision decide(String code, String label, Context ctx, Classification cls, Set<String> taken, boolean repeated, boolean byLevel,
                                   String prev, String next) {
        Decision d = byName(code, label, ctx, cls, taken, repeated, byLevel, prev, next);
        if (d.code() != null || code == null || !outOfOrder(code, prev, next)) return d;
        // the rows of a classification-coded table stand in the classification's order: a code that breaks it
        // between two listed neighbours that keep it cannot be right (2089999 其他社会保障和就业支出 read 2069999 between
        // 2080905 and 2101101, its name garbled too). The one listed code an OCR digit confusion away that stands
        // between them is meant; none or several, the row is doubtful
        // (not a code the row's name contradicts: a name that fits other codes and not this one is that row's own — the
        // 社会福利院's "302 | 06 | 办公设备购置费" is no 30208 取暖费, however well 8 stands for 6 between 30207 and 30209)
        List<String> named = cls.codesFitting(label);
        List<String> between = cls.misreadingsOf(code).stream()
                .filter(c -> c.length() == code.length() && !outOfOrder(c, prev, next) && !taken.contains(c) && ctx.fits(c))
                .filter(c -> named.isEmpty() || named.contains(c))
                .toList();
        if (between.size() == 1) {
            return new Decision(between.get(0), RepairKind.CODE_MISREAD, "one digit confusion (misread by OCR, or misprinted) from " + code + ", in the table's order between " + prev + " and " + next, null, null);
        }
        return new Decision(null, null, null, (d.doubt() != null ? d.doubt() + "; it" : "code " + code) + " breaks the table's order between " + prev + " and " + next
                + (between.isEmpty() ? "" : " (it could be any of " + between + ")"), null);
    }

    /** The decision from the code, the row's name and the rows above it (the rules of the class comment but order). */
    private static Decision byName(String code, String label, Context ctx, Classification cls, Set<String> taken, boolean repeated, boolean byLevel,
                                   String prev, String next) {
        boolean listed = cls.contains(code);
        boolean named = TextNormalizer.hanCount(label) > 0;
        // the one place for a listed code whose last digits were lost: one whose name the row does not fit (21011
        // 行政事业单位医疗 read 210; 2080502 事业单位离退休 read 20805 事业单位离退体), whose row prints exactly the name of
        // a code under it (其他行政事业单位养老支出, 2080599, read 20805: the 款's name is close enough to fit), or that a
        // row above already prints: the code under it, when one fits the name and the rows above and no other row has it
        boolean exactChild = listed && named && !cls.namedExactly(code, label)
                && cls.codesNamedExactly(label).stream().anyMatch(c -> c.length() > code.length() && c.startsWith(code));
        if (listed && named && (exactChild || repeated || !cls.fits(code, label))) {
            List<String> under = cls.codesFitting(label).stream()
                    .filter(c -> c.length() > code.length() && c.startsWith(code) && ctx.fits(c) && !taken.contains(c)).toList();
            List<String> exact = under.stream().filter(c -> cls.namedExactly(c, label)).toList();
            List<String> pick = exact.size() == 1 ? exact : under;
            if (pick.size() == 1) return new Decision(pick.get(0), RepairKind.CODE_MISREAD, "the name " + label + " under " + code + " (its last digits lost)", null, null);
            if (exactChild) {
                // the row prints exactly the name of a code under its own and none of them can be placed there: a code
                // printed once for its group (centred in a merged cell, no rule to say how far it reaches) was given to
                // one of the group's rows (216 其他商业服务业等支出 for 21699)
                List<String> owners = cls.codesNamedExactly(label).stream().filter(c -> c.length() > code.length() && c.startsWith(code)).toList();
                return new Decision(null, null, null, "code " + code + " is " + cls.name(code).orElse("") + " in the classification, and '" + label + "' is the name of " + owners + " under it", null);
            }
        }
        if (listed && (!named || cls.fits(code, label))) return Decision.stands();
        // candidates, each with the first rule that proposed it
        Map<String, Proposal> candidates = new LinkedHashMap<>();
        if (code != null) {
            for (String c : cls.misreadingsOf(code)) candidates.putIfAbsent(c, new Proposal(RepairKind.CODE_MISREAD, "one digit confusion (misread by OCR, or misprinted) from " + code));
        }
        if (named) {
            // a row without a code whose name is exactly some code's is that code or none: a code whose name is only
            // close (20805 行政事业单位养老支出 for 其他行政事业单位养老支出, 2080599) is no candidate
            boolean exactOnly = code == null && !cls.codesNamedExactly(label).isEmpty();
            // a row without a code between two rows of one level is of that level, placed by their 类 (项 rows printed
            // with no 类 or 款 row above them: 其他社会保障和就业支出 is the 项 2089999 there, not the 款 20899)
            int level = byLevel && code == null && prev != null && next != null && prev.length() == next.length() ? prev.length() : -1;
            for (String c : cls.codesFitting(label)) {
                if (code != null && c.length() != code.length()) continue;
                if (exactOnly && !cls.namedExactly(c, label)) continue;
                if (level > 0 && c.length() != level) continue;
                String parent = ctx.parentOf(c.length());
                boolean placed = parent != null && c.startsWith(parent) || c.length() == 5 && !ctx.neighbourClasses().isEmpty() || c.length() == 3
                        || level > 0 && ctx.neighbourClasses().contains(c.substring(0, 3));
                if (!placed && (code == null || !listed)) continue; // a name alone, nowhere in the tree, picks nothing
                candidates.putIfAbsent(c, new Proposal(listed || code == null ? RepairKind.CODE_FROM_NAME : RepairKind.CODE_MISREAD, "the name " + label));
            }
        }
        if (code != null) {
            for (String p : new String[]{ctx.kuan(), ctx.clazz()}) {
                String c = reparented(code, p);
                if (c != null) candidates.putIfAbsent(c, new Proposal(RepairKind.CODE_FROM_PARENT_ROWS, "the digits after the row " + p + " above it"));
            }
        }
        if (named && code != null && code.length() == 5) {
            // a 项 read with its 款's two digits lost (类 | 款 | 项 in three columns, the 款 column unread: 2040604
            // 基层司法业务 read 20404 基层国法业务): the 项 that begins with the reading's 类 and ends with its last two digits,
            // of the row's name
            for (String c : cls.codesFitting(label)) {
                if (c.length() == 7 && c.startsWith(code.substring(0, 3)) && c.endsWith(code.substring(3))) {
                    candidates.putIfAbsent(c, new Proposal(RepairKind.CODE_MISREAD, "the name " + label + ", the 款's two digits lost from " + code));
                }
            }
        }
        if (named && code != null && !listed) {
            // last, a code of another level whose name the row prints exactly, for a printed code the data lacks (OCR
            // dropped a 项's two digits: 2101102 事业单位医疗 read 21002)
            for (String c : cls.codesFitting(label)) {
                if (c.length() != code.length() && cls.namedExactly(c, label)) candidates.putIfAbsent(c, new Proposal(RepairKind.CODE_MISREAD, "the name " + label));
            }
        }
        List<String> fitting = new ArrayList<>();
        candidates.forEach((c, how) -> {
            if (named && cls.fits(c, label) && ctx.fits(c) && (c.equals(code) || !taken.contains(c))) fitting.add(c);
        });
        if (fitting.size() == 1) {
            String c = fitting.get(0);
            return new Decision(c, candidates.get(c).kind(), candidates.get(c).why(), null, null);
        }
        if (fitting.size() > 1 && code != null) {
            // the name and the rows above allow more than one code, the printed one not being right as it stands: which
            // the row is, nothing here says
            return new Decision(null, null, null, "code " + code + " ('" + label + "') is not what the classification gives that name; it could be any of " + fitting, null);
        }
        if (fitting.isEmpty() && named && prev != null && next != null && cls.complete(prev.length()) && prev.length() == next.length()) {
            // a name misread as well (缴费 read 壤费): the one code the classification has between the neighbours', if the
            // name is still close to that code's name
            List<String> all = cls.codes();
            int from = all.indexOf(prev), to = all.indexOf(next);
            String between = to - from == 2 ? all.get(from + 1) : null;
            String name = TextNormalizer.canonical(cls.name(between).orElse("")), read = TextNormalizer.canonical(label);
            if (between != null && !name.isEmpty() && TextNormalizer.editDistance(read, name) <= Math.max(1, name.length() / 3)) {
                if (between.equals(code)) return Decision.stands(); // its name misread, its code right
                if (!taken.contains(between) && (code == null || between.length() == code.length())) {
                    return new Decision(between, RepairKind.CODE_FROM_NEIGHBOURS, "the one code between " + prev + " and " + next, null, null);
                }
            }
        }
        String several = fitting.size() > 1 ? " (it could be any of " + fitting + ")" : "";
        if (code == null) return new Decision(null, null, null, "code of '" + label + "' is missing and could not be restored" + several, null);
        if (listed) {
            // a listed code under a name that is not its own: another code's name, or (for a complete list) a name far
            // from its own (a publisher's own numbering), not a misreading of it
            List<String> owners = cls.codesNamedExactly(label).stream().filter(c -> !c.equals(code)).toList();
            if (!owners.isEmpty() || cls.complete(code.length()) && far(label, cls.name(code).orElse(""))) {
                return new Decision(null, null, null, "code " + code + " is " + cls.name(code).orElse("") + " in the classification, not '" + label + "'"
                        + (owners.isEmpty() ? "" : " (that name is " + owners + ")") + several, null);
            }
            return new Decision(null, null, null, null, "'" + label + "' is not the name the classification data gives " + code + " (" + cls.name(code).orElse("") + "); kept as printed");
        }
        String clazz = code.length() >= 3 ? code.substring(0, 3) : code;
        String doubt = null;
        if (zeroPart(code)) doubt = "code " + code + " has a 款 or 项 of 00, which no code of the classification has";
        else if (cls.complete(code.length())) doubt = "code " + code + " is not in the classification";
        else if (cls.complete(3) && !cls.contains(clazz)) doubt = "code " + code + " is of no 类 of the classification (" + clazz + ")";
        else if (!ctx.fits(code)) doubt = "code " + code + " is not under the row " + ctx.parentOf(code.length()) + " above it";
        else if (named && ctx.parentOf(code.length()) != null && cls.children(ctx.parentOf(code.length())).stream().anyMatch(c -> cls.namedExactly(c, label))) {
            doubt = "code " + code + " is not in the classification, and '" + label + "' is another code's name under " + ctx.parentOf(code.length());
        }
        if (doubt == null && named) {
            // the data lacks the code, and the row's name is one listed code's own, of its level: not a code of its own
            // but that one's misprinted or misplaced (a code printed once for its group in a merged cell, given to a
            // row of another group: 2080205 机关事业单位基本养老保险缴费支出, which is 2080505). A name many codes share
            // (行政运行, under every 款) says nothing
            List<String> owners = cls.codesNamedExactly(label).stream().filter(c -> c.length() == code.length()).toList();
            if (owners.size() == 1) doubt = "code " + code + " is not in the classification data, and '" + label + "' is the name of " + owners.get(0);
        }
        if (doubt != null) return new Decision(null, null, null, doubt + several, null);
        return new Decision(null, null, null, null, "code " + code + " ('" + label + "') is not among the codes the classification data lists; kept as printed");
    }

    /**
     * Whether a code stands outside the classification's order of its neighbours: both neighbours known, of its level
     * (a code of another level between them is a lost-digits reading, which {@link #decide} tells otherwise), in order
     * themselves, and the code not between them.
     */
    static boolean outOfOrder(String code, String prev, String next) {
        return prev != null && next != null && prev.length() == code.length() && next.length() == code.length()
                && prev.compareTo(next) < 0 && (code.compareTo(prev) <= 0 || code.compareTo(next) >= 0);
    }

    /** Names that share less than half their characters (edit distance over half the longer): not a misreading. */
    private static boolean far(String label, String name) {
        String a = TextNormalizer.hanOnly(label), b = TextNormalizer.hanOnly(name);
        return TextNormalizer.editDistance(a, b) * 2 > Math.max(a.length(), b.length());
    }

    /**
     * The code made of a parent row's code and the reading's last two digits, when the reading's digits before those end
     * in the parent's own two: 71102 under 21011 → 2101102; 20921 under 309 → 30921. Null when it does not apply.
     */
    private static String reparented(String code, String parent) {
        if (parent == null || code.length() < 4) return null;
        String head = code.substring(0, code.length() - 2), tail = code.substring(code.length() - 2);
        String candidate = parent + tail;
        if (candidate.equals(code) || !head.endsWith(parent.substring(parent.length() - 2))) return null;
        return candidate;
    }

    /** The row's amounts made suspect, and the row marked, because its code cannot be trusted. */
    private static Row doubtful(Row r, String code, String why) {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : r.cells()) {
            cells.add(c.number() == null ? c : c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.CODE_DOUBTFUL, c.raw(), why)));
        }
        List<Repair> repairs = new ArrayList<>(r.repairs());
        repairs.add(new Repair(RepairKind.CODE_DOUBTFUL, code, why));
        return new Row(r.key(), r.label(), cells, repairs, r.line());
    }

    /** The 类 of the nearest listed codes before and after the row (for rows no 类 row stands above). */
    private static Set<String> neighbourClasses(List<Row> rows, int i, RowKey.Kind kind, Classification cls) {
        Set<String> out = new HashSet<>();
        for (String n : new String[]{neighbour(rows, i, -1, kind, cls), neighbour(rows, i, 1, kind, cls)}) {
            if (n != null) out.add(n.substring(0, 3));
        }
        return out;
    }

    private static String neighbour(List<Row> rows, int i, int step, RowKey.Kind kind, Classification cls) {
        for (int j = i + step; j >= 0 && j < rows.size(); j += step) {
            Row r = rows.get(j);
            if (r.key().kind() != kind) continue;
            if (holds(r, kind, cls) && r.repairs().stream().noneMatch(x -> x.kind().equals(RepairKind.CODE_DOUBTFUL))) return r.key().value();
        }
        return null;
    }

    /**
     * Whether a row holds its code against the other rows: listed, and not printed under another code's exact name (a
     * 1-bit scan reads 租赁费's 30214 as 30211, which is 差旅费's: the row whose code was lost and whose name is 差旅费
     * may take it, and 30211 is no neighbour to keep order by).
     */
    private static boolean holds(Row r, RowKey.Kind kind, Classification cls) {
        if (r.key().kind() != kind || !cls.contains(r.key().value())) return false;
        List<String> owners = cls.codesNamedExactly(r.label());
        return owners.isEmpty() || owners.contains(r.key().value());
    }

    /**
     * Whether a code of five or seven digits has a 款 (digits 4–5) or a 项 (digits 6–7) of 00: no code of the
     * classification has (政府收支分类科目 numbers each 款 and 项 from 01), so such a code is a misreading (a scan's 0 of 09,
     * its zero put back: 208 | 0 → 20800), whatever the classification data lists.
     */
    static boolean zeroPart(String code) {
        if (code.length() != 5 && code.length() != 7) return false;
        return code.startsWith("00", 3) || code.length() == 7 && code.startsWith("00", 5);
    }
}

package io.gongkai.validate;

import io.gongkai.model.CellRef;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.template.IdentityExpression;
import io.gongkai.template.IdentitySpec;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Expands identity specs into concrete equations over the cells a document actually has. */
final class EquationBuilder {
    private final Map<String, Table> firstByTemplate = new LinkedHashMap<>();
    private final TemplateCatalog catalog;

    EquationBuilder(List<Table> tables, TemplateCatalog catalog) {
        this.catalog = catalog;
        for (Table t : tables) if (t.templateId() != null) firstByTemplate.putIfAbsent(t.templateId(), t);
    }

    /**
     * Whether a table takes part in a cross-table identity written for {@code layout} (a variant name; null for the
     * standard layouts). An identity written for a variant binds the tables whose template has that variant; the others
     * are read in their standard layout. A variant that only adds columns ({@link Template#extendsStandard()}) keeps the
     * identities written for the standard.
     */
    private boolean readAs(Table t, String layout) {
        String v = variant(t);
        if (java.util.Objects.equals(v, layout)) return true;
        if (layout != null && v == null) return catalog.get(t.templateId() + "@" + layout).isEmpty();
        return layout == null && catalog.of(t).map(Template::extendsStandard).orElse(false);
    }

    private static String variant(Table t) {
        return t.identification() == null ? null : t.identification().variant();
    }

    /** Equations of one table's own identities. */
    List<Equation> forTable(Table table, List<IdentitySpec> specs) {
        List<Equation> out = new ArrayList<>();
        for (IdentitySpec spec : specs) {
            String base = table.templateId() + "/" + spec.id();
            List<String> columns = spec.columns().isEmpty() ? table.columns().stream().map(c -> c.key()).toList() : spec.columns();
            if (spec.tree() != null) {
                out.addAll(tree(table, base, spec.tree(), columns));
                continue;
            }
            IdentityExpression e = IdentityExpression.parse(spec.expr());
            List<String> cols = e.target().column().equals("*") ? columns : List.of(e.target().column());
            for (String col : cols) {
                if (spec.eachRow()) {
                    for (Row row : table.rows()) {
                        if (row.cell(resolveColumn(e.target().column(), col)).isEmpty()) continue;
                        if (!mentionedColumnsPresent(e, row, col)) continue;
                        build(base + "@" + row.key().value() + (cols.size() > 1 ? "." + col : ""), table, e, row, col).ifPresent(out::add);
                    }
                } else {
                    build(base + (cols.size() > 1 ? "@" + col : ""), table, e, null, col).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** Equations across tables; skipped when a table they name is not in the document. */
    List<Equation> cross(List<IdentitySpec> specs) {
        List<Equation> out = new ArrayList<>();
        for (IdentitySpec spec : specs) {
            IdentityExpression e = IdentityExpression.parse(spec.expr());
            boolean allPresent = firstByTemplate.containsKey(e.target().template())
                    && e.terms().stream().allMatch(t -> firstByTemplate.containsKey(t.ref().template()));
            if (!allPresent) continue;
            // an identity is written for one layout of its tables (rows keyed by 行次, or by name)
            boolean sameVariant = readAs(firstByTemplate.get(e.target().template()), spec.variant())
                    && e.terms().stream().allMatch(t -> readAs(firstByTemplate.get(t.ref().template()), spec.variant()));
            if (!sameVariant) continue;
            build("cross/" + spec.id(), null, e, null, e.target().column()).ifPresent(out::add);
        }
        return out;
    }

    private static boolean mentionedColumnsPresent(IdentityExpression e, Row row, String col) {
        if (!row.cell(resolveColumn(e.target().column(), col)).isPresent()) return false;
        for (IdentityExpression.Term t : e.terms()) {
            if (t.ref().template() == null && t.ref().row().equals("*") && row.cell(resolveColumn(t.ref().column(), col)).isEmpty()) return false;
        }
        return true;
    }

    private static String resolveColumn(String pattern, String col) {
        return pattern.equals("*") ? col : pattern;
    }

    private Optional<Equation> build(String id, Table home, IdentityExpression e, Row current, String col) {
        List<String> missing = new ArrayList<>();
        List<CellRef> target = resolve(home, e.target(), current, col, missing);
        if (target.size() != 1) {
            return Optional.empty(); // the identity's subject is not in this table
        }
        List<CellRef> terms = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        for (IdentityExpression.Term t : e.terms()) {
            for (CellRef r : resolve(home, t.ref(), current, col, missing)) {
                terms.add(r);
                signs.add(t.sign());
            }
        }
        if (terms.isEmpty() && missing.isEmpty()) return Optional.empty();
        return Optional.of(new Equation(id, home == null ? null : home.ref(), target.get(0), terms, signs, missing));
    }

    private List<CellRef> resolve(Table home, IdentityExpression.Ref ref, Row current, String col, List<String> missing) {
        Table table = ref.template() == null ? home : firstByTemplate.get(ref.template());
        if (table == null) return List.of();
        String column = resolveColumn(ref.column(), col);
        String sel = ref.row();
        List<CellRef> out = new ArrayList<>();
        if (sel.equals("*")) {
            if (current != null && current.cell(column).isPresent()) out.add(new CellRef(table.ref(), current.key().value(), column));
            return out;
        }
        if (sel.contains("..")) {
            String[] p = sel.split("\\.\\.");
            int lo = Integer.parseInt(p[0].trim()), hi = Integer.parseInt(p[1].trim());
            for (Row r : table.rows()) {
                if (r.key().kind() != RowKey.Kind.LINE) continue;
                int n = Integer.parseInt(r.key().value());
                if (n >= lo && n <= hi && r.cell(column).isPresent()) out.add(new CellRef(table.ref(), r.key().value(), column));
            }
            return out;
        }
        if (sel.startsWith("@")) {
            int level = Integer.parseInt(sel.substring(1));
            for (Row r : table.rows()) {
                if (r.key().isCode() && r.key().level() == level && r.cell(column).isPresent()) out.add(new CellRef(table.ref(), r.key().value(), column));
            }
            return out;
        }
        if (sel.startsWith("group:")) {
            String prefix = sel.substring(6) + "-";
            for (Row r : table.rows()) {
                if (r.key().value().startsWith(prefix) && r.cell(column).isPresent()) out.add(new CellRef(table.ref(), r.key().value(), column));
            }
            return out;
        }
        Optional<Row> row = table.row(sel);
        if (row.isPresent() && row.get().cell(column).isPresent()) {
            out.add(new CellRef(table.ref(), sel, column));
        } else if (!ref.optional()) {
            missing.add(table.ref() + "[" + sel + "]." + column);
        }
        return out;
    }

    /**
     * Outline sums of a two-sided labeled table: on each side, an enumerated row (一、) = Σ the rows one level below it
     * that follow it, and the side's total = Σ its level-1 rows.
     */
    private static List<Equation> outline(Table table, String base, List<String> columns) {
        Map<String, List<Row>> sides = new LinkedHashMap<>();
        for (Row r : table.rows()) {
            String v = r.key().value();
            int colon = v.indexOf(':');
            // unnumbered lines (level 0) stay in the sequence: they end the lines numbered above them
            if (r.key().kind() == RowKey.Kind.LABEL && colon > 0) sides.computeIfAbsent(v.substring(0, colon), k -> new ArrayList<>()).add(r);
        }
        List<Equation> out = new ArrayList<>();
        for (var e : sides.entrySet()) {
            List<Row> rows = e.getValue();
            List<String> top = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row parent = rows.get(i);
                if (parent.key().level() == 0) continue;
                if (parent.key().level() == 1) top.add(parent.key().value());
                List<String> kids = new ArrayList<>();
                for (int j = i + 1; j < rows.size() && rows.get(j).key().level() > parent.key().level(); j++) {
                    if (rows.get(j).key().level() == parent.key().level() + 1) kids.add(rows.get(j).key().value());
                }
                if (kids.isEmpty()) continue;
                for (String col : columns) out.add(sum(base + "@" + parent.key().value() + "." + col, table, parent.key().value(), kids, col));
            }
            String total = e.getKey() + "-total";
            if (table.row(total).isPresent() && !top.isEmpty()) {
                for (String col : columns) out.add(sum(base + "@" + total + "." + col, table, total, top, col));
            }
        }
        out.removeIf(x -> x == null);
        return out;
    }

    /** Parent code = Σ child codes (nearest present descendants); total = Σ top-level code rows. */
    private static List<Equation> tree(Table table, String base, String kind, List<String> columns) {
        if (kind.equals("outline")) return outline(table, base, columns);
        RowKey.Kind keyKind = kind.equals("economic") ? RowKey.Kind.ECONOMIC_CODE : RowKey.Kind.FUNCTION_CODE;
        List<Row> coded = table.rows().stream().filter(r -> r.key().kind() == keyKind).toList();
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        for (Row r : coded) {
            String code = r.key().value();
            String parent = null;
            for (Row p : coded) {
                String pc = p.key().value();
                if (pc.length() < code.length() && code.startsWith(pc) && (parent == null || pc.length() > parent.length())) parent = pc;
            }
            if (parent == null) top.add(code);
            else children.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
        }
        List<Equation> out = new ArrayList<>();
        boolean hasTotal = table.row(RowKey.TOTAL_KEY).isPresent();
        for (String col : columns) {
            children.forEach((parent, kids) -> out.add(sum(base + "@" + parent + "." + col, table, parent, kids, col)));
            if (hasTotal && !top.isEmpty()) out.add(sum(base + "@total." + col, table, RowKey.TOTAL_KEY, top, col));
        }
        out.removeIf(e -> e == null);
        return out;
    }

    private static Equation sum(String id, Table table, String target, List<String> parts, String col) {
        if (table.row(target).flatMap(r -> r.cell(col)).isEmpty()) return null;
        List<CellRef> terms = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        for (String p : parts) {
            if (table.row(p).flatMap(r -> r.cell(col)).isEmpty()) continue;
            terms.add(new CellRef(table.ref(), p, col));
            signs.add(1);
        }
        return new Equation(id, table.ref(), new CellRef(table.ref(), target, col), terms, signs, List.of());
    }
}

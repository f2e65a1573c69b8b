package io.gongkai.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed identity expression {@code TARGET = TERM (+|-) TERM …}; the syntax is described on {@link IdentitySpec}.
 *
 * @param target the left side
 * @param terms  the right side, each with its sign
 */
public record IdentityExpression(Ref target, List<Term> terms) {

    /** A cell reference pattern: optional template id, a row selector, a column (or {@code *}). */
    public record Ref(String template, String row, boolean optional, String column) {
        @Override
        public String toString() {
            return (template == null ? "" : template + ":") + "[" + row + (optional ? "?" : "") + "]." + column;
        }
    }

    public record Term(int sign, Ref ref) {
    }

    private static final Pattern REF = Pattern.compile("\\s*(?:([a-z][a-z0-9-]*):)?\\[([^\\]]+)\\]\\.([A-Za-z0-9*_-]+)\\s*");

    /** @throws IllegalArgumentException naming what is wrong */
    public static IdentityExpression parse(String expr) {
        int eq = expr.indexOf('=');
        if (eq < 0) throw new IllegalArgumentException("identity has no '=': " + expr);
        Ref target = ref(expr.substring(0, eq), expr);
        List<Term> terms = new ArrayList<>();
        String rhs = expr.substring(eq + 1).trim();
        int sign = 1;
        int i = 0;
        while (i < rhs.length()) {
            char c = rhs.charAt(i);
            if (c == ' ') { i++; continue; }
            if (c == '+' || c == '-') { sign = c == '+' ? 1 : -1; i++; continue; }
            int end = rhs.indexOf(']', i);
            if (end < 0) throw new IllegalArgumentException("bad term in " + expr);
            int stop = end + 2; // past "]."
            while (stop < rhs.length() && (Character.isLetterOrDigit(rhs.charAt(stop)) || rhs.charAt(stop) == '*' || rhs.charAt(stop) == '_')) stop++;
            terms.add(new Term(sign, ref(rhs.substring(i, stop), expr)));
            sign = 1;
            i = stop;
        }
        if (terms.isEmpty()) throw new IllegalArgumentException("identity has no terms: " + expr);
        return new IdentityExpression(target, terms);
    }

    private static Ref ref(String s, String expr) {
        Matcher m = REF.matcher(s);
        if (!m.matches()) throw new IllegalArgumentException("bad cell reference '" + s.trim() + "' in " + expr);
        String row = m.group(2).trim();
        boolean optional = row.endsWith("?");
        if (optional) row = row.substring(0, row.length() - 1);
        return new Ref(m.group(1), row, optional, m.group(3));
    }
}

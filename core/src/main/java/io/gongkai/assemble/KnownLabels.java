package io.gongkai.assemble;

import io.gongkai.raw.RawCell;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Classification;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names a label-keyed table's rows print: its template's row labels and aliases and its sides' labels and totals
 * ({@link io.gongkai.template.TemplateSide#labels}; one side's, for a two-sided table), and the 类 names of the
 * function and economic classifications (the expenditure lines of 收支总表 are 类).
 * An OCR-read label that is none of them but a damaged reading of exactly one is put back to that name, so that its
 * row gets the key the text layer would give it: photocopies drop thin strokes (一般公共服务支出 read 般公共服务支出); so is
 * a name read whole with stray marks beside it ({@link #marked}).
 *
 * <p>The rule: the {@link TextNormalizer#ocrDistance OCR distance} between the label's Han characters and the name's is
 * at most one in four of the name's characters (names under four characters are never restored), and no other name is
 * as close or one step further. A label that already is a name, or that two names would explain, is left as read.
 */
final class KnownLabels {
    private final List<String> names;
    private final List<String> keys;

    /** The function classification's 类 names, Han characters only. */
    private final Set<String> classes;

    private KnownLabels(Set<String> names, Set<String> classes) {
        this.names = List.copyOf(names);
        this.keys = this.names.stream().map(TextNormalizer::hanOnly).toList();
        this.classes = Set.copyOf(classes);
    }

    /**
     * The names of a table's rows.
     *
     * @param side the side's id whose rows count ({@code income}), or null for every row of the template
     */
    static KnownLabels of(Template template, String side) {
        Set<String> names = new LinkedHashSet<>();
        for (TemplateRow r : template.rows()) {
            if (side != null && !r.key().startsWith(side + ":")) continue;
            if (r.label() != null) names.add(r.label());
            names.addAll(r.aliases());
        }
        for (io.gongkai.template.TemplateSide s : template.sides()) {
            if (side == null || side.equals(s.id())) {
                names.addAll(s.labels());
                names.addAll(s.totals());
            }
        }
        Set<String> classes = new LinkedHashSet<>();
        Classification function = Classification.functionClasses();
        for (Classification c : List.of(function, Classification.economic())) {
            for (String code : c.codes()) {
                if (code.length() != 3) continue;
                c.entry(code).ifPresent(e -> {
                    names.addAll(e.names());
                    if (c == function) e.names().forEach(n -> classes.add(TextNormalizer.hanOnly(n)));
                });
            }
        }
        return new KnownLabels(names, classes);
    }

    /**
     * A label as the row should carry it: an OCR-read one put back to the name it is a damaged reading of
     * ({@link #restore}), its enumeration kept, the change added to {@code repairs} ({@code label-from-name}); a text
     * layer's label is as printed.
     */
    String restoreName(String label, RawCell read, List<io.gongkai.model.Repair> repairs) {
        if (read.confidence() >= io.gongkai.model.Confidence.TEXT_LAYER) return label;
        String enumeration = Outline.enumeration(label);
        String body = TextNormalizer.normalize(label).substring(enumeration.length());
        return restore(body).or(() -> marked(body)).map(name -> {
            String restored = enumeration + name;
            repairs.add(new io.gongkai.model.Repair(io.gongkai.model.RepairKind.LABEL_FROM_NAME, label, restored));
            return restored;
        }).orElse(label);
    }

    /**
     * The name whose Han characters an OCR-read label's are, where the label holds marks beside them that the name does
     * not print ({@code LS卫生健康支出}: a rule's remnant read as letters, a newcomer's fax of 财政局25), or empty: the
     * row's key is the name's, as the text layer's is.
     */
    Optional<String> marked(String label) {
        int at = keys.indexOf(TextNormalizer.hanOnly(label));
        if (at < 0) return Optional.empty();
        String name = names.get(at);
        String read = TextNormalizer.normalize(label).replaceAll("\\s+", ""), printed = TextNormalizer.normalize(name).replaceAll("\\s+", "");
        return read.equals(printed) ? Optional.empty() : Optional.of(name);
    }

    /**
     * Whether the label (its enumeration removed) is a 类 name of the function classification (一般公共服务支出, 粮油物资储备
     * 支出), compared on Han characters: on a 收支总表's 支出 side an item, never the heading of the rows after it.
     */
    boolean isClass(String label) {
        return classes.contains(TextNormalizer.hanOnly(label));
    }

    /** Whether the label (its enumeration removed) is one of the names, compared on Han characters. */
    boolean knows(String label) {
        return keys.contains(TextNormalizer.hanOnly(label));
    }

    /**
     * The name an OCR-read label (its enumeration removed) is a damaged reading of, or empty when the label is a name
     * already, is close to none, or is as close to two.
     */
    Optional<String> restore(String label) {
        String read = TextNormalizer.hanOnly(label);
        if (read.isEmpty() || keys.contains(read)) return Optional.empty();
        int best = Integer.MAX_VALUE, second = Integer.MAX_VALUE;
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k.length() < 4 || Math.abs(k.length() - read.length()) > k.length() / 4) continue;
            int d = TextNormalizer.ocrDistance(read, k);
            if (d > k.length() / 4) continue;
            if (d < best) {
                second = best;
                best = d;
                at.clear();
                at.add(i);
            } else if (d == best) {
                if (!keys.get(at.get(0)).equals(k)) at.add(i);
            } else if (d < second) {
                second = d;
            }
        }
        if (at.size() != 1 || second <= best + 1) return Optional.empty();
        return Optional.of(names.get(at.get(0)));
    }
}

package io.gongkai.template;

import io.gongkai.model.DocumentKind;

import java.util.List;
import java.util.Optional;

/**
 * A standard table of a disclosure, as data: how to recognise it and read it, and what must add up.
 *
 * @param id         public, stable id (users filter by it), e.g. {@code expenditure}
 * @param variant    null for the standard layout; a name (e.g. {@code shanghai}) for another layout of the same table
 * @param kind       final accounts or budget
 * @param name       the standard title
 * @param titles     title variants it is printed with
 * @param numbers    公开NN表 numbers it is usually printed with (a hint only: numbers repeat and get misread)
 * @param hints      words its header carries, used to tell it from look-alikes
 * @param excludes   words that rule it out (e.g. 项目 for the basic-expenditure table)
 * @param layout     how its rows sit
 * @param columns    value columns
 * @param sides      for two-sided tables, the 行次 range and columns of each side
 * @param groups     for economic grids, how many (code, name, amount) groups a printed row holds
 * @param rows       known rows: 行次 labels, economic codes, named rows
 * @param identities what must add up
 * @param codes      for coded layouts, {@code function} (default) or {@code economic} classification codes
 * @param blankMeansZero whether a blank amount cell means 0 (budgets and national-style tables print blanks for 0)
 * @param extendsStandard for a variant: it prints every row and column of the standard layout under the same keys and
 *                        only adds columns, so identities written for the standard (cross-table ones included) hold for
 *                        it too
 */
public record Template(String id, String variant, DocumentKind kind, String name, List<String> titles, List<String> numbers,
                       List<String> hints, List<String> excludes, Layout layout, List<TemplateColumn> columns,
                       List<TemplateSide> sides, int groups, List<TemplateRow> rows, List<IdentitySpec> identities,
                       String codes, boolean blankMeansZero, boolean extendsStandard) {
    public Template {
        titles = titles == null ? List.of() : List.copyOf(titles);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        hints = hints == null ? List.of() : List.copyOf(hints);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        columns = columns == null ? List.of() : List.copyOf(columns);
        sides = sides == null ? List.of() : List.copyOf(sides);
        rows = rows == null ? List.of() : List.copyOf(rows);
        identities = identities == null ? List.of() : List.copyOf(identities);
        codes = codes == null ? "function" : codes;
    }

    /** The catalogue key: the id, with {@code @variant} for a variant. */
    public String key() {
        return variant == null ? id : id + "@" + variant;
    }

    public boolean economicCodes() {
        return codes.equals("economic");
    }

    public Optional<TemplateRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public Optional<TemplateColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}

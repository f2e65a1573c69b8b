package io.gongkai.bench.matrix;

import io.gongkai.fixtures.matrix.DocResult;
import io.gongkai.fixtures.matrix.Mismatch;
import io.gongkai.fixtures.matrix.Score;
import io.gongkai.fixtures.matrix.Summary;
import io.gongkai.fixtures.matrix.TruthFailure;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The matrix as Markdown: the conditions' table, the documents' table, the truth's failures, the worst wrong cells. */
final class MatrixReport {
    private final PrintStream out;

    MatrixReport(PrintStream out) {
        this.out = out;
    }

    /** One line per slice: what is scanned. */
    void slices(List<String[]> rows) {
        out.println("#### Sources (truth: their text layer as Gongkai reads it)\n");
        out.println("| source | kind | pages | tables | scored cells (amounts) | truth identities failing | text layer vs ground truth |");
        out.println("|---|---|---|---|---|---|---|");
        for (String[] r : rows) out.println("| " + String.join(" | ", r) + " |");
        out.println();
    }

    void truthFailures(String where, List<TruthFailure> failures) {
        out.println("#### Identities the text layer itself fails: " + where + " (" + failures.size() + ")\n");
        if (failures.isEmpty()) {
            out.println("none\n");
            return;
        }
        out.println("| source | page | table | identity | difference | check |");
        out.println("|---|---|---|---|---|---|");
        for (TruthFailure f : failures) {
            out.printf(Locale.ROOT, "| %s | %d | %s | `%s` | %s | %s |%n", f.source(), f.page(), f.table(), f.identity(), f.difference(), f.description().replace("|", "\\|"));
        }
        out.println();
    }

    void conditions(List<Summary> summaries, String engine) {
        out.println("#### Scan matrix (OCR engine " + engine + ", one OCR thread)\n");
        out.println("| condition | docs | pages | cells | exact % | amounts exact % | exact but flagged | wrong flagged | wrong unflagged (of which spurious) | missing | spurious, all | CPU s/page | raw tesseract CPU s/page | peak RSS MB |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Summary s : summaries) {
            Score c = s.score();
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %d | %d | %d (%d) | %d | %d | %s | %s | %s |%n", s.condition(), s.documents(), s.pages(), c.cells(),
                    percent(c.exact(), c.cells()), percent(c.exactAmounts(), c.amounts()), c.exactFlagged(), c.wrongFlagged(), c.unflagged(), c.spuriousUnflagged(), c.missing(), c.spurious(), cpu(s.cpuPerPage(), s.stopped()),
                    raw(s.rawCpuPerPage(), s.rawCapped()),
                    s.peakRssMb() < 0 ? "-" : String.format(Locale.ROOT, "%.0f (%s)", s.peakRssMb(), s.peakRssDocument()));
        }
        out.println();
    }

    void documents(List<DocResult> results) {
        out.println("#### By document\n");
        out.println("| condition | document | pages | cells | exact % | amounts exact % | wrong flagged | wrong unflagged (of which spurious) | missing | CPU s/page | raw tesseract CPU s/page | peak RSS MB |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (DocResult r : results) {
            Score c = r.score();
            out.printf(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %d | %d (%d) | %d | %s | %s | %s |%n", r.condition(), r.source(), r.pages(), c.cells(),
                    percent(c.exact(), c.cells()), percent(c.exactAmounts(), c.amounts()), c.wrongFlagged(), c.unflagged(), c.spuriousUnflagged(), c.missing(), cpu(r.cpuSeconds() / r.pageCount(), r.stopped() ? 1 : 0),
                    raw(r.rawCpuSeconds() < 0 ? -1 : r.rawCpuSeconds() / r.pageCount(), r.rawCapped()),
                    r.peakRssKb() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", r.peakRssKb() / 1024.0));
        }
        out.println();
    }

    /** The {@code limit} worst wrong-and-unflagged cells of each condition (largest difference first). */
    void worstUnflagged(List<String> conditions, List<DocResult> results, int limit) {
        out.println("#### Wrong and unflagged: the worst " + limit + " of each condition (largest difference first)\n");
        for (String c : conditions) {
            List<String[]> cells = results.stream().filter(r -> r.condition().equals(c))
                    .flatMap(r -> r.score().mismatches().stream().filter(m -> m.kind().unflagged()).map(m -> new Object[]{r.source(), m}))
                    .sorted(Comparator.comparing((Object[] x) -> difference((Mismatch) x[1])).reversed())
                    .limit(limit).map(x -> new String[]{(String) x[0], ((Mismatch) x[1]).kind().id(), ((Mismatch) x[1]).describe()}).toList();
            long total = results.stream().filter(r -> r.condition().equals(c)).mapToLong(r -> r.score().unflagged()).sum();
            out.println("- **" + c + "**: " + total + (total == 0 ? "" : ":"));
            for (String[] x : cells) out.println("  - " + x[0] + ": " + x[1] + " " + x[2]);
        }
        out.println();
    }

    /** Every mismatch of one reading (the one-document mode). */
    void mismatches(DocResult r) {
        out.println("#### Cells not exact: " + r.condition() + ", " + r.source() + " p" + r.pages() + "\n");
        for (Mismatch m : r.score().mismatches()) out.println("- " + m.kind().id() + " " + m.describe());
        out.println();
    }

    /** CPU seconds a page, {@code ≥ s (n stopped)} when readings were stopped at the time limit. */
    private static String cpu(double perPage, int stopped) {
        return stopped == 0 ? String.format(Locale.ROOT, "%.2f", perPage) : String.format(Locale.ROOT, "≥ %.1f (%d stopped)", perPage, stopped);
    }

    /** Seconds a page, {@code ≥ s (n capped)} when some pages were stopped at the limit. */
    private static String raw(double perPage, int capped) {
        if (perPage < 0) return "-";
        return capped == 0 ? String.format(Locale.ROOT, "%.2f", perPage) : String.format(Locale.ROOT, "≥ %.1f (%d capped)", perPage, capped);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }

    /** |truth − read| for two numbers; a missing or textual side ranks by the number there is. */
    private static BigDecimal difference(Mismatch m) {
        BigDecimal a = number(m.truth()), b = number(m.read());
        return a.subtract(b).abs();
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}

package io.gongkai.bench;

import io.gongkai.extract.pdf.PdfTableReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peer conformance: the lattice (ruled-table) fixtures of tabula-java and camelot, with the page and area their own
 * tests use, extracted by our native engine and by tabula-java's lattice algorithm, compared cell by cell with the
 * output those projects expect. Cells compare after removing whitespace (tools join wrapped lines differently).
 *
 * <pre>java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" io.gongkai.bench.Peers ../shared/corpus/peers</pre>
 */
public final class Peers {
    /** One expected table: the PDF, page, area (or null), expected grid, and which of the page's tables it is. */
    record Case(String suite, String test, Path pdf, int page, double[] area, int index, List<List<String>> expected) {
    }

    /**
     * exact: the same grid, cell for cell; sameRows: every row holds the same texts in the same order, where a cell
     * stands in the grid aside (tabula-java packs a merged cell's neighbours to the left: no span, no gap).
     */
    record Score(boolean exact, boolean sameRows, int agree, int cells) {
    }

    /** Compare every table found on the page, concatenated (as tabula's CSV writer prints several tables). */
    static final int ALL = -1;

    public static void main(String[] args) throws IOException {
        Path peers = Path.of(args.length > 0 ? args[0] : "../shared/corpus/peers");
        List<Case> cases = new ArrayList<>();
        cases.addAll(tabula(peers.resolve("tabula")));
        cases.addAll(camelot(peers.resolve("camelot")));
        PdfTableReader ours = new PdfTableReader(), tabula = PdfTableReader.tabula(true);
        System.out.println("| suite | test | expected table | native: exact, same rows, cells agreeing | tabula lattice: exact, same rows, cells agreeing |");
        System.out.println("|---|---|---|---|---|");
        int[] exact = new int[2], rows = new int[2], agree = new int[2];
        int cells = 0;
        for (Case c : cases) {
            Score a = score(c, ours), b = score(c, tabula);
            exact[0] += a.exact() ? 1 : 0;
            exact[1] += b.exact() ? 1 : 0;
            rows[0] += a.sameRows() ? 1 : 0;
            rows[1] += b.sameRows() ? 1 : 0;
            agree[0] += a.agree();
            agree[1] += b.agree();
            cells += a.cells();
            System.out.printf(Locale.ROOT, "| %s | %s | %s p%d%s #%d | %s, %s, %d/%d | %s, %s, %d/%d |%n", c.suite(), c.test(), c.pdf().getFileName(), c.page(),
                    c.area() == null ? "" : " (area)", Math.max(1, c.index() + 1), yes(a.exact()), yes(a.sameRows()), a.agree(), a.cells(),
                    yes(b.exact()), yes(b.sameRows()), b.agree(), b.cells());
        }
        System.out.printf(Locale.ROOT, "%n%d expected tables: native %d exact, %d same rows, %d/%d cells (%.1f%%); tabula lattice %d exact, %d same rows, %d/%d cells (%.1f%%)%n",
                cases.size(), exact[0], rows[0], agree[0], cells, 100.0 * agree[0] / cells, exact[1], rows[1], agree[1], cells, 100.0 * agree[1] / cells);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    static Score score(Case c, PdfTableReader engine) {
        List<List<List<String>>> found;
        try {
            found = engine.grids(c.pdf(), c.page(), c.area());
        } catch (RuntimeException e) {
            found = List.of();
        }
        List<List<String>> got = trim(c.index() == ALL ? found.stream().flatMap(List::stream).toList()
                : c.index() < found.size() ? found.get(c.index()) : List.of());
        c = new Case(c.suite(), c.test(), c.pdf(), c.page(), c.area(), c.index(), trim(c.expected()));
        int cells = 0, agree = 0;
        for (int r = 0; r < c.expected().size(); r++) {
            List<String> want = c.expected().get(r);
            List<String> have = r < got.size() ? got.get(r) : List.of();
            for (int k = 0; k < want.size(); k++) {
                cells++;
                if (k < have.size() && squash(want.get(k)).equals(squash(have.get(k)))) agree++;
                else if (System.getenv("PEERS_DIFF") != null) System.err.println(c.pdf().getFileName() + " [" + r + "," + k + "] want '" + want.get(k) + "' got '" + (k < have.size() ? have.get(k) : "<none>") + "'");
            }
        }
        boolean sameShape = got.size() == c.expected().size();
        for (int r = 0; sameShape && r < got.size(); r++) sameShape = got.get(r).size() == c.expected().get(r).size();
        if (!sameShape && System.getenv("PEERS_DIFF") != null) {
            System.err.println(c.pdf().getFileName() + " shape: want " + c.expected().size() + " rows, got " + got.size());
            for (int r = c.expected().size(); r < got.size(); r++) System.err.println(c.pdf().getFileName() + " extra row " + r + ": " + got.get(r));
        }
        boolean sameRows = got.size() == c.expected().size();
        for (int r = 0; sameRows && r < got.size(); r++) sameRows = texts(got.get(r)).equals(texts(c.expected().get(r)));
        return new Score(sameShape && agree == cells, sameRows, agree, cells);
    }

    /** A row's non-empty texts in order, squashed. */
    private static List<String> texts(List<String> row) {
        return row.stream().map(Peers::squash).filter(x -> !x.isEmpty()).toList();
    }

    /** Drops rows and columns that are empty throughout: tools differ in the empty slivers doubled rulings make. */
    public static List<List<String>> trim(List<List<String>> grid) {
        List<List<String>> rows = grid.stream().filter(r -> r.stream().anyMatch(x -> !x.isBlank())).toList();
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            final int col = c;
            if (rows.stream().anyMatch(r -> col < r.size() && !r.get(col).isBlank())) keep.add(c);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) out.add(keep.stream().map(c -> c < r.size() ? r.get(c) : "").toList());
        return out;
    }

    /** Cells compare as text: NFKC (full-width forms), without any whitespace (no-break spaces included). */
    private static String squash(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("(?U)\\s+", "").replace("\u00a0", "");
    }

    /** tabula-java's lattice tests with an expected CSV file. */
    static List<Case> tabula(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("EXPECTED_MAP.tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 7 || !f[5].contains("SpreadsheetExtractionAlgorithm")) continue;
            Matcher csvPath = Pattern.compile("csv/[\\w.\\-]+\\.csv").matcher(f[6]);
            if (!csvPath.find()) continue;
            String expectedCsv = csvPath.group();
            Matcher name = Pattern.compile("[\\w.\\-]+\\.pdf").matcher(f[2]);
            if (!name.find()) continue;
            Path pdf = dir.resolve("resources").resolve(name.group());
            if (!Files.exists(pdf)) continue;
            int page = f[3].matches("\\d+") ? Integer.parseInt(f[3]) : 1;
            double[] area = f[4].matches("[0-9.,]+") ? parseArea(f[4]) : null;
            // tabula's CSV writer puts several tables one after another: compare all of them, concatenated
            int index = f[5].contains("2 tables") ? ALL : f[5].contains("table 0") ? 0 : ALL;
            out.add(new Case("tabula", f[1], pdf, page, area, index, csv(dir.resolve("resources").resolve(expectedCsv))));
        }
        return out;
    }

    /** camelot's lattice tests whose options are a page at most (others need camelot-specific options). */
    static List<Case> camelot(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        Pattern pages = Pattern.compile("pages=\"(\\d+)\"");
        for (String line : Files.readAllLines(dir.resolve("EXPECTED_MAP.tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 5 || !f[0].equals("test_lattice") || f[2].contains(",") && f[2].contains(".pdf,")) continue;
            String kwargs = f[3].trim();
            if (!kwargs.equals("filename") && !kwargs.matches("filename, pages=\"\\d+\"")) continue;
            Path pdf = dir.resolve("files").resolve(f[2].trim());
            if (!Files.exists(pdf)) continue;
            Matcher m = pages.matcher(kwargs);
            int page = m.find() ? Integer.parseInt(m.group(1)) : 1;
            String[] expected = f[4].split(",\\s*");
            for (int i = 0; i < expected.length; i++) {
                Path csv = dir.resolve("expected_csv").resolve(expected[i].trim() + ".csv");
                if (Files.exists(csv)) out.add(new Case("camelot", f[1], pdf, page, null, i, csv(csv)));
            }
        }
        return out;
    }

    private static double[] parseArea(String s) {
        String[] p = s.split(",");
        return new double[]{Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3])};
    }

    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVParser.parse(r, CSVFormat.RFC4180)) {
                List<String> row = new ArrayList<>();
                rec.forEach(row::add);
                rows.add(row);
            }
        }
        return rows;
    }

}

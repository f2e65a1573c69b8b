package io.gongkai.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The damaged PDFs of other projects' test suites (src/test/resources/damaged, its README and EXPECTED.tsv) through
 * the command line, in-process: each gives a result (exit 0 or 1) or exit 3 with one line, the exit code and a text its
 * EXPECTED.tsv line names, no stack trace, at most a few one-line warnings, and no exception of any other kind.
 */
class DamagedPdfCorpusTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out, err = console.err;

    static Path corpus() {
        try {
            return Path.of(DamagedPdfCorpusTest.class.getResource("/damaged/EXPECTED.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Expected(Set<Integer> exits, String says, String what) {
    }

    private static Map<String, Expected> expected() throws Exception {
        Map<String, Expected> m = new TreeMap<>();
        for (String line : Files.readAllLines(corpus().resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            Set<Integer> exits = Stream.of(f[1].split("\\|")).map(Integer::valueOf).collect(Collectors.toSet());
            m.put(f[0], new Expected(exits, f[2], f[3]));
        }
        return m;
    }

    /** Runs the command line; what it printed is then in {@code out} and {@code err}, emptied first. */
    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    @Test
    void everyDamagedPdfGivesAResultOrOneClearLine(@TempDir Path dir) throws Exception {
        Map<String, Expected> expected = expected();
        List<String> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
        assertEquals(expected.keySet(), Set.copyOf(files), "every file has its line in EXPECTED.tsv, and every line its file");
        assertTrue(files.size() >= 50, "the corpus: " + files.size());
        List<String> wrong = new ArrayList<>();
        for (String name : files) {
            Expected e = expected.get(name);
            int code;
            try {
                code = run("extract", corpus().resolve(name).toString(), "--out", dir.toString(), "--format", "json", "--no-ocr");
            } catch (RuntimeException | Error x) {
                wrong.add(name + ": threw " + x);
                continue;
            }
            String o = out.toString(StandardCharsets.UTF_8), e2 = err.toString(StandardCharsets.UTF_8);
            List<String> lines = e2.lines().toList();
            List<String> said = lines.stream().filter(l -> !l.startsWith("gongkai: warning: ")).toList();
            long warnings = lines.size() - said.size();
            String why = name + " (" + e.what() + "): exit " + code + ", stderr " + lines;
            if (!e.exits().contains(code)) wrong.add(why + ": expected exit " + e.exits());
            if (e2.contains("\tat ") || e2.contains("Exception in thread") || e2.contains("Caused by")) wrong.add(why + ": a stack trace");
            if (warnings > Logging.MAX_LINES + 1) wrong.add(why + ": " + warnings + " warning lines");
            if (code == 3 && !(said.size() == 1 && said.get(0).startsWith("gongkai: " + name + ": "))) wrong.add(why + ": not one line naming the file");
            if (code < 3 && !said.isEmpty()) wrong.add(why + ": a result, and yet lines on stderr");
            if (code < 3 && !o.contains(name)) wrong.add(why + ": no summary");
            if (!e.says().equals("*") && !(o + e2).contains(e.says())) wrong.add(why + ": does not say '" + e.says() + "'");
            if (code == 4) wrong.add(why + ": an internal error");
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theReadersMessagesAreOneLineEachAndVerboseShowsThemWhole(@TempDir Path dir) {
        // pdfbox logs 924 lines for this one (operators short of operands, each with its stack trace)
        String f = corpus().resolve("pdfjs-issue6342.pdf").toString();
        assertEquals(1, run("extract", f, "--out", dir.toString(), "--no-ocr"));
        List<String> quiet = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertFalse(quiet.isEmpty(), "the reader's errors are said");
        assertTrue(quiet.size() <= Logging.MAX_LINES + 1 && quiet.stream().allMatch(l -> l.startsWith("gongkai: warning: ")), String.join("\n", quiet));
        assertEquals(quiet.size(), quiet.stream().distinct().count(), "each once");
        assertEquals(1, run("extract", f, "--out", dir.toString(), "--no-ocr", "--verbose"));
        String verbose = err.toString(StandardCharsets.UTF_8);
        assertTrue(verbose.contains("\tat org.apache.pdfbox."), "--verbose: the stack traces");
        assertTrue(verbose.lines().count() > 100, "--verbose: every message");
        // the next run is quiet again
        assertEquals(1, run("extract", f, "--out", dir.toString(), "--no-ocr"));
        assertEquals(quiet, err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aWrongPasswordIsSaidToBeWrong(@TempDir Path dir) {
        String f = corpus().resolve("pdfjs-issue6010_1.pdf").toString();
        assertEquals(3, run("extract", f, "--out", dir.toString(), "--no-ocr", "--password", "abd"));
        assertEquals("gongkai: pdfjs-issue6010_1.pdf: the password given does not open the PDF (a wrong password?)", err.toString(StandardCharsets.UTF_8).strip());
        // its password (pdf.js's test manifest): read, and it holds no table
        assertEquals(1, run("extract", f, "--out", dir.toString(), "--no-ocr", "--password", "abc"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("no tables found"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void batchRecordsWhatExtractSays(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String f : List.of("qpdf-issue-119.pdf", "pdfbox-AESkeylength128.pdf", "pdfjs-Pages-tree-refs.pdf")) Files.copy(corpus().resolve(f), in.resolve(f));
        Path db = dir.resolve("d.duckdb");
        assertEquals(1, run("batch", in.toString(), "--db", db.toString(), "--jobs", "2"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertFalse(e.contains("\tat "), e);
        // a damaged page: the document is added, and the page is said to be damaged
        assertTrue(e.contains("pdfjs-Pages-tree-refs.pdf: page 2 of the PDF is damaged and not read"), e);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 documents added, 0 already in " + db + ", 2 could not be read, 1 added without their damaged pages"),
                out.toString(StandardCharsets.UTF_8));
        Map<String, String> failures = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT path, error FROM failures")) {
            while (r.next()) failures.put(Path.of(r.getString(1)).getFileName().toString(), r.getString(2));
        }
        assertEquals(Map.of("qpdf-issue-119.pdf", "qpdf-issue-119.pdf: the PDF is damaged: Page tree root must be a dictionary",
                "pdfbox-AESkeylength128.pdf", "pdfbox-AESkeylength128.pdf: the PDF is encrypted for certificate holders (public-key security), not with a password;"
                        + " Gongkai cannot open it: decrypt it first with the certificate"), failures);
    }
}

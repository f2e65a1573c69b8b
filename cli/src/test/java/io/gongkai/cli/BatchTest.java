package io.gongkai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch on distinct documents (the seed with a line added), one of them junk. */
class BatchTest {

    private static Path seed() {
        String p = System.getProperty("gongkai.samples");
        return Path.of(p != null ? p : "../samples").resolve("qujing-industry-2024-final.txt");
    }

    private static Path inputs(Path dir, int n) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String text = Files.readString(seed());
        for (int i = 0; i < n; i++) Files.writeString(in.resolve(String.format("doc-%02d.txt", i)), text + "\n说明: 副本 " + i + "\n");
        Files.write(in.resolve("broken.pdf"), new byte[]{'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3});
        return in;
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aBatchKilledMidwayLosesAndDuplicatesNothing(@TempDir Path dir) throws Exception {
        int n = 120;
        Path in = inputs(dir, n);
        Path db = dir.resolve("d.duckdb");
        // first run in a child JVM, killed (SIGKILL) after two seconds of work: a group has been committed (at least
        // one a second), the run is far from done
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "io.gongkai.cli.Main", "batch", in.toString(), "--db", db.toString(), "--jobs", "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            int ch;
            while ((ch = r.read()) != -1) {
                seen.append((char) ch);
                if (seen.toString().matches("(?s).*\\(0:00:0[2-9] /.*")) break;
            }
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        long first = count(db, "SELECT count(*) FROM documents");
        assertTrue(first > 0 && first < n, "killed midway after " + first + " documents");
        // the rerun finishes the rest
        assertEquals(1, Main.run("batch", in.toString(), "--db", db.toString(), "--jobs", "2"), "exit 1: one file could not be read");
        assertEquals(n, count(db, "SELECT count(*) FROM documents"));
        assertEquals(n, count(db, "SELECT count(DISTINCT sha256) FROM documents"));
        long cellsPerDoc = count(db, "SELECT max(cells) FROM documents");
        assertEquals(n * cellsPerDoc, count(db, "SELECT count(*) FROM cells"), "no document half-written, none twice");
        assertEquals(cellsPerDoc, count(db, "SELECT min(cells) FROM documents"));
        assertEquals(1, count(db, "SELECT count(*) FROM failures WHERE path LIKE '%broken.pdf'"));
        // a third run has nothing to do
        assertEquals(1, Main.run("batch", in.toString(), "--db", db.toString()));
        assertEquals(n, count(db, "SELECT count(*) FROM documents"));
        assertEquals(1, count(db, "SELECT count(*) FROM failures"), "a failure is recorded once");
    }

    @Test
    void theDatasetAnswersQuestionsAcrossDocumentsAndExportsParquet(@TempDir Path dir) throws Exception {
        Path in = inputs(dir, 2);
        Path db = dir.resolve("d.duckdb");
        Path pq = dir.resolve("parquet");
        Main.run("batch", in.toString(), "--db", db.toString(), "--parquet", pq.toString());
        assertEquals(2, count(db, "SELECT count(*) FROM cells WHERE template = 'general-budget-basic-expenditure' AND row_key = 'public-total' AND value = 3243634.99 AND status = 'recovered'"));
        assertEquals(2 * 4, count(db, "SELECT count(*) FROM checks WHERE status = 'fail'"));
        assertTrue(Files.size(pq.resolve("cells.parquet")) > 1000);
        assertEquals(count(db, "SELECT count(*) FROM cells"), count(db, "SELECT count(*) FROM read_parquet('" + pq.resolve("cells.parquet") + "')"));
    }
}

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
        // first run in a child JVM, killed (SIGKILL) after two seconds of work and three documents: a group has been
        // committed (at least one a second), the run is far from done
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "io.gongkai.cli.Main", "batch", in.toString(), "--db", db.toString(), "--jobs", "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            int ch;
            while ((ch = r.read()) != -1) {
                seen.append((char) ch);
                // two seconds in and three documents read (a busy machine reads the first ones slower)
                if (seen.toString().matches("(?s).* ([3-9]|[1-9][0-9]+)/\\d+ \\(0:00:(0[2-9]|[1-5][0-9]) /.*")) break;
            }
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        long first = count(db, "SELECT count(*) FROM documents");
        assertTrue(first > 0 && first < n, "killed midway after " + first + " documents");
        // as the kill left it (before a run cleans anything): the committed documents' rows, and no other
        assertEquals(0, count(db, "SELECT count(*) FROM cell_values WHERE doc NOT IN (SELECT doc FROM documents)"), "no cell of a document not committed");
        assertEquals(count(db, "SELECT sum(cells) FROM documents"), count(db, "SELECT count(*) FROM cell_values"));
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
        // the seed's 公开12, 18 and 38表 print their unit garbled and no identity gives it: NULL, and said why
        assertEquals(2 * 3, count(db, "SELECT count(*) FROM tables WHERE unit IS NULL AND unit_source = 'none'"));
        assertEquals(2 * 37, count(db, "SELECT count(*) FROM tables WHERE unit IS NOT NULL AND unit_source IN ('header', 'label')"));
        assertEquals(0, count(db, "SELECT count(*) FROM cells WHERE unit IS NULL AND value IS NOT NULL AND col_key = '1' AND status <> 'suspect' AND template = 'state-assets'"));
        // laid out as the Spark job writes it: partitioned by kind and year, the failures apart
        assertTrue(Files.isDirectory(pq.resolve("cells/kind=final/year=2024")));
        assertEquals(count(db, "SELECT count(*) FROM cells"), count(db, "SELECT count(*) FROM read_parquet('" + pq.resolve("cells") + "/**/*.parquet', hive_partitioning = true)"));
        assertEquals(1, count(db, "SELECT count(*) FROM read_parquet('" + pq.resolve("failures") + "/*.parquet')"));
    }

    /** Issue 12: a batch in which every file was read exported its relations empty (read in a transaction begun before the documents were written). */
    @Test
    void aBatchWithoutFailuresExportsEveryDocument(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("d.duckdb"), pq = dir.resolve("parquet");
        seedBatch(dir, db, pq);
        assertEquals(1, count(db, "SELECT count(*) FROM read_parquet('" + pq.resolve("documents") + "/**/*.parquet', hive_partitioning = true)"));
        assertEquals(count(db, "SELECT count(*) FROM cells"), count(db, "SELECT count(*) FROM read_parquet('" + pq.resolve("cells") + "/**/*.parquet', hive_partitioning = true)"));
    }

    /** A folder {@code DIR/in} holding the seed as a.txt, read by a batch into {@code db} and exported to {@code pq}; the folder. */
    private static Path seedBatch(Path dir, Path db, Path pq) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(seed(), in.resolve("a.txt"));
        Main.run("batch", in.toString(), "--db", db.toString(), "--parquet", pq.toString());
        return in;
    }

    /** Every relation the README queries, read from the Parquet export as the README reads it: its row count. */
    private static long parquetRows(Path db, Path pq, String relation) throws Exception {
        String files = relation.equals("failures") ? pq.resolve("failures") + "/*.parquet" : pq.resolve(relation) + "/**/*.parquet";
        return count(db, "SELECT count(*) FROM read_parquet('" + files + "', hive_partitioning = true, hive_types_autocast = false)");
    }

    /**
     * A rerun over the same input (which adds no document) leaves the Parquet export as readable as the first run left
     * it: every relation has its files, with the same rows, and the README's view over cells runs.
     */
    @Test
    void aRerunThatAddsNothingLeavesTheParquetExportReadable(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("d.duckdb"), pq = dir.resolve("parquet");
        Path in = seedBatch(dir, db, pq);
        java.util.Map<String, Long> first = new java.util.LinkedHashMap<>();
        for (String r : List.of("documents", "tables", "cells", "checks", "failures")) first.put(r, parquetRows(db, pq, r));
        assertEquals(1, first.get("documents"));
        assertEquals(0, Main.run("batch", in.toString(), "--db", db.toString(), "--parquet", pq.toString()), "the rerun adds nothing and fails nothing");
        for (String r : first.keySet()) assertEquals(first.get(r), parquetRows(db, pq, r), r + " after the rerun");
        assertEquals(count(db, "SELECT count(*) FROM cells WHERE verified = 'verified'"), count(db,
                "SELECT count(*) FROM (SELECT * REPLACE (TRY_CAST(year AS INTEGER) AS year) FROM read_parquet('" + pq.resolve("cells")
                        + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)) WHERE verified = 'verified' AND year = 2024"));
    }

    /**
     * A batch whose input holds no document (an empty folder; a folder of files none of which could be read), or only
     * documents without a table, still exports every relation as Parquet that reads: empty, with its columns, as the
     * README's queries read it. Before, a relation of no rows was a folder without a file ("No files found").
     */
    @Test
    void aRelationOfNoRowsIsExportedAsParquetThatReads(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty")), broken = Files.createDirectories(dir.resolve("broken")),
                untabled = Files.createDirectories(dir.resolve("untabled"));
        Files.write(broken.resolve("broken.pdf"), new byte[]{'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3});
        Files.writeString(untabled.resolve("note.txt"), "这是一段没有表格的说明文字。\n");
        for (Path in : List.of(empty, broken, untabled)) {
            String what = in.getFileName().toString();
            Path db = dir.resolve(what + ".duckdb"), pq = dir.resolve(what + "-parquet");
            Main.run("batch", in.toString(), "--db", db.toString(), "--parquet", pq.toString());
            assertEquals(in == untabled ? 1 : 0, parquetRows(db, pq, "documents"), what);
            for (String r : List.of("tables", "cells", "checks")) assertEquals(0, parquetRows(db, pq, r), r + " of " + what);
            assertEquals(in == broken ? 1 : 0, parquetRows(db, pq, "failures"), what);
            // the README's view over cells: its columns are there, kind and year among them, as typed as ever
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute("CREATE VIEW cells AS SELECT * REPLACE (TRY_CAST(year AS INTEGER) AS year) FROM read_parquet('" + pq.resolve("cells")
                        + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)");
                try (ResultSet r = s.executeQuery("SELECT department, year, count(*) FROM cells WHERE verified = 'verified' AND kind = 'final' GROUP BY ALL")) {
                    assertEquals(List.of("department", "year"), List.of(r.getMetaData().getColumnName(1), r.getMetaData().getColumnName(2)));
                    assertTrue(!r.next(), "no rows in " + what);
                }
                try (ResultSet r = s.executeQuery("SELECT value, page FROM cells")) {
                    assertEquals(java.sql.Types.DECIMAL, r.getMetaData().getColumnType(1), "the columns keep their types");
                    assertEquals(java.sql.Types.INTEGER, r.getMetaData().getColumnType(2));
                }
            }
        }
    }

    /**
     * A Parquet folder where the batch reads is refused, in one line and exit 2, before anything is read or written:
     * the input folder itself (before, the export wrote documents/, cells/ … among the inputs, and a folder of the
     * corpus named documents was deleted with its files), a folder inside it (each rerun walked its own dataset), the
     * same by a link, and a folder whose documents/ the export would write anew while an input lies in it.
     */
    @Test
    void aParquetFolderWhereTheBatchReadsIsRefused(@TempDir Path dir) throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        Path in = Files.createDirectories(dir.resolve("corpus"));
        Path kept = Files.createDirectories(in.resolve("documents")).resolve("a.txt");
        Files.copy(seed(), kept);
        Path link = Files.createSymbolicLink(dir.resolve("link"), in);
        Path db = dir.resolve("d.duckdb");
        String[][] cases = {
                {in.toString(), in.toString(), "the input folder " + in + " itself, which is read recursively"},
                {in.toString(), in.resolve("parquet").toString(), "inside the input folder " + in + ", which is read recursively"},
                {in.toString(), link.resolve("parquet").toString(), "inside the input folder " + in + ", which is read recursively"},
                {in.resolve("documents").toString(), in.toString(), "the export writes " + in.resolve("documents") + " anew, and the input " + in.resolve("documents") + " is in it"}};
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            for (String[] c : cases) {
                err.reset();
                assertEquals(2, Main.run("batch", c[0], "--db", db.toString(), "--parquet", c[1]), String.join(" ", c));
                List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
                assertEquals(2, lines.size(), lines.toString());
                assertTrue(lines.get(0).startsWith("gongkai: --parquet '" + c[1] + "': " + c[2]), lines.get(0));
                assertEquals("Try 'gongkai batch --help' for more information.", lines.get(1));
            }
        } finally {
            System.setErr(before);
        }
        assertTrue(Files.exists(kept), "the input is where it was");
        assertTrue(!Files.exists(db) && !Files.exists(in.resolve("parquet")) && !Files.exists(in.resolve("cells")), "nothing written");
        // beside the inputs, the same batch is written
        Main.run("batch", in.toString(), "--db", db.toString(), "--parquet", dir.resolve("parquet").toString());
        assertEquals(1, parquetRows(db, dir.resolve("parquet"), "documents"));
    }

    /**
     * Encrypted PDFs in a batch (a new user's trial: the error said "give its password (--password)", and batch had no
     * such option): with {@code --password} they are read; without, each is a failure row saying so.
     */
    @Test
    void encryptedPdfsAreReadWithThePasswordGiven(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Path.of(System.getProperty("gongkai.samples", "../samples"), "putuo-finance-2025-budget-scanned.pdf").toFile())) {
            while (pdf.getNumberOfPages() > 1) pdf.removePage(1);
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(in.resolve("locked.pdf").toFile());
        }
        Path without = dir.resolve("without.duckdb"), with = dir.resolve("with.duckdb");
        Main.run("batch", in.toString(), "--db", without.toString(), "--jobs", "1");
        assertEquals(0, count(without, "SELECT count(*) FROM documents"));
        assertEquals(1, count(without, "SELECT count(*) FROM failures WHERE error LIKE '%give its password%'"));
        Main.run("batch", in.toString(), "--db", with.toString(), "--jobs", "1", "--password", "secret");
        assertEquals(1, count(with, "SELECT count(*) FROM documents"));
        assertEquals(0, count(with, "SELECT count(*) FROM failures"));
        // the run without the password, then with it, into one dataset: the file read is no failure any more (a new
        // user's trial found the failure row kept beside the document, in the database and its Parquet export)
        Path pq = dir.resolve("pq");
        Main.run("batch", in.toString(), "--db", without.toString(), "--jobs", "1", "--password", "secret", "--parquet", pq.toString());
        assertEquals(1, count(without, "SELECT count(*) FROM documents"));
        assertEquals(0, count(without, "SELECT count(*) FROM failures"));
        assertEquals(0, count(without, "SELECT count(*) FROM read_parquet('" + pq.resolve("failures").toAbsolutePath() + "/**/*.parquet')"));
    }

    /**
     * A dataset of the previous format (cell_values keyed by the document's SHA-256, documents without numbers) is
     * migrated when opened: the same tidy cells, and documents added after it are numbered on from it.
     */
    @Test
    void aDatasetKeyedByHashIsMigrated(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("old.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE documents (sha256 VARCHAR PRIMARY KEY, source VARCHAR, path VARCHAR, department VARCHAR, year INTEGER, kind VARCHAR, unit VARCHAR, tables INTEGER, cells INTEGER, checks_holding INTEGER, checks_failing INTEGER, extracted_at TIMESTAMP)");
            s.execute("CREATE TABLE tables (sha256 VARCHAR, table_ref VARCHAR, template VARCHAR, variant VARCHAR, printed_number VARCHAR, title VARCHAR, unit VARCHAR, pages VARCHAR)");
            s.execute("CREATE TABLE cell_values (sha256 VARCHAR, table_ref VARCHAR, row_key VARCHAR, row_label VARCHAR, col_key VARCHAR, value DECIMAL(38,4), text VARCHAR, raw VARCHAR, status VARCHAR, verified VARCHAR, page INTEGER)");
            s.execute("CREATE TABLE columns (sha256 VARCHAR, table_ref VARCHAR, col_key VARCHAR, col_label VARCHAR)");
            s.execute("CREATE VIEW cells AS SELECT v.sha256, d.department, v.value FROM cell_values v JOIN documents d ON d.sha256 = v.sha256");
            s.execute("CREATE TABLE checks (sha256 VARCHAR, table_ref VARCHAR, identity VARCHAR, status VARCHAR, expected DECIMAL(38,4), actual DECIMAL(38,4), difference DECIMAL(38,4), description VARCHAR)");
            s.execute("CREATE TABLE failures (path VARCHAR, sha256 VARCHAR, error VARCHAR, failed_at TIMESTAMP)");
            for (String[] d : new String[][]{{"aaaa", "甲局", "2024-01-01 00:00:00"}, {"bbbb", "乙局", "2024-01-02 00:00:00"}}) {
                s.execute("INSERT INTO documents VALUES ('" + d[0] + "', 'x.pdf', 'x.pdf', '" + d[1] + "', 2024, 'final', '元', 1, 2, 1, 0, TIMESTAMP '" + d[2] + "')");
                s.execute("INSERT INTO tables VALUES ('" + d[0] + "', 'T01', 'income-expenditure-summary', NULL, '01', '收支决算总表', '元', '1')");
                s.execute("INSERT INTO columns VALUES ('" + d[0] + "', 'T01', '1', '决算数')");
                s.execute("INSERT INTO cell_values VALUES ('" + d[0] + "', 'T01', 'income-total', '收入合计', '1', 100.5, '100.50', '100.50', 'ok', 'verified', 1), "
                        + "('" + d[0] + "', 'T01', 'expenditure-total', '支出合计', '1', 99, '99.00', '99.00', 'ok', 'verified', 1)");
            }
        }
        Main.run("batch", inputs(dir, 1).toString(), "--db", db.toString());
        assertEquals(3, count(db, "SELECT count(DISTINCT doc) FROM documents"), "every document numbered");
        assertEquals(3, count(db, "SELECT max(doc) FROM documents WHERE path LIKE '%doc-00.txt'"), "the new one numbered after the two migrated");
        assertEquals(1, count(db, "SELECT count(*) FROM cells WHERE sha256 = 'aaaa' AND department = '甲局' AND row_key = 'income-total' AND value = 100.5 AND col_label = '决算数'"));
        assertEquals(4, count(db, "SELECT count(*) FROM cells WHERE sha256 IN ('aaaa', 'bbbb')"));
        assertEquals(count(db, "SELECT sum(cells) FROM documents"), count(db, "SELECT count(*) FROM cells"), "every cell of every document, once");
        assertEquals(2, count(db, "SELECT count(*) FROM tables WHERE unit_source IS NULL"), "tables of the old format do not say where their unit came from");
        assertEquals(41, count(db, "SELECT count(*) FROM tables WHERE unit_source IS NOT NULL"));
        // the rows of tables and checks carry their document's kind and year since the Parquet export is partitioned by them
        assertEquals(2, count(db, "SELECT count(*) FROM tables WHERE sha256 IN ('aaaa', 'bbbb') AND kind = 'final' AND year = 2024"));
        assertEquals(0, count(db, "SELECT count(*) FROM checks c JOIN documents d USING (sha256) WHERE c.kind IS DISTINCT FROM d.kind OR c.year IS DISTINCT FROM d.year"));
    }

    /** Issue 13: a document over its budget held a worker for minutes; now it is a failure row with its reason, and the batch goes on. */
    @Test
    void aDocumentOverItsBudgetIsAFailureRowAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(seed(), in.resolve("a-seed.txt")); // 8,981 cells
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 5000; i++) rows.append(2010000 + i).append("\t项目").append(i).append("\t").append(i * 7).append(".00\t0.00\n");
        Files.writeString(in.resolve("b-rows.txt"), rows); // 20,000 cells
        Files.writeString(in.resolve("c-large.txt"), "公开 预算 ".repeat(200_000)); // 2.8 MB: refused by its size before it is read
        Path db = dir.resolve("d.duckdb");
        assertEquals(1, Main.run("batch", in.toString(), "--db", db.toString(), "--jobs", "2", "--max-cells", "12000", "--max-characters", "200000"));
        assertEquals(1, count(db, "SELECT count(*) FROM documents"), "the seed is read");
        assertEquals(1, count(db, "SELECT count(*) FROM failures WHERE path LIKE '%b-rows.txt' AND error LIKE 'b-rows.txt: more than 12,000 table cells%'"));
        assertEquals(1, count(db, "SELECT count(*) FROM failures WHERE path LIKE '%c-large.txt' AND error LIKE 'c-large.txt: text of 2,800,000 bytes is over the budget%'"));
    }

    /**
     * A TIFF whose page chain loops back on itself (186 bytes, as a user's trial made it) hung the batch's worker in the
     * decoder's page count, its memory growing; now it is a failure row and the batch goes on.
     */
    @Test
    void aTiffWhosePagesLoopIsAFailureRow(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(seed(), in.resolve("a-seed.txt"));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(186).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[]{'I', 'I', 42, 0}).putInt(72);
        for (int i = 0; i < 64; i++) b.put((byte) 0x80);
        b.putShort((short) 9);
        int[][] entries = {{256, 3, 8}, {257, 3, 8}, {258, 3, 8}, {259, 3, 1}, {262, 3, 1}, {273, 4, 8}, {277, 3, 1}, {278, 3, 8}, {279, 4, 64}};
        for (int[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
            if (e[1] == 4) b.putInt(e[2]);
            else b.putShort((short) e[2]).putShort((short) 0);
        }
        b.putInt(72); // the only directory's next is itself
        Files.write(in.resolve("b-ifdloop.tif"), b.array());
        Path db = dir.resolve("d.duckdb");
        int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
                () -> Main.run("batch", in.toString(), "--db", db.toString(), "--jobs", "2"));
        assertEquals(1, exit);
        assertEquals(1, count(db, "SELECT count(*) FROM documents"), "the seed is read");
        assertEquals(1, count(db, "SELECT count(*) FROM failures WHERE path LIKE '%b-ifdloop.tif' AND error LIKE 'b-ifdloop.tif: the TIFF''s page chain loops%'"));
    }
}

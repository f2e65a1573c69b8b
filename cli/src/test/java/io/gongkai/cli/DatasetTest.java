package io.gongkai.cli;

import io.gongkai.write.DuckDbDataset;

import io.gongkai.dataset.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

/** The dataset's writes as a batch killed at any moment leaves them. */
class DatasetTest {

    private static Path seed() {
        String p = System.getProperty("gongkai.samples");
        return Path.of(p != null ? p : "../samples").resolve("qujing-industry-2024-final.txt");
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Issue 12: the tables and the view cells have the columns and types of the dataset's one schema ({@link Relation}),
     * which the Spark job writes too (documents has DuckDB's own number {@code doc} after them).
     */
    @Test
    void theRelationsHaveTheSchemasColumnsAndTypes(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("d.duckdb");
        new DuckDbDataset(db, 1).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            for (Relation r : Relation.values()) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '" + r.id() + "' ORDER BY ordinal_position")) {
                    while (rs.next()) columns.add(rs.getString(1) + " " + rs.getString(2));
                }
                if (r == Relation.DOCUMENTS) assertEquals("doc INTEGER", columns.remove(columns.size() - 1));
                assertEquals(r.fields().stream().map(f -> f.name() + " " + f.type().sql()).toList(), columns, r.id());
            }
        }
    }

    /**
     * Issue 13: after {@code kill -9} of a batch, the database held cell_values rows of documents it had not committed
     * (4,096 after one kill: DuckDB's appender wrote each full chunk of 2,048 rows in a transaction of its own when none
     * was open, as none was after a commit), until the next run cleaned them. A document's rows are now in its group's one transaction: a process
     * halted between two commits leaves the committed documents whole and no row of the others, as it is, before any
     * run opens the dataset again.
     */
    @Test
    void aProcessKilledBeforeItsGroupIsCommittedLeavesNoRowOfIt(@TempDir Path dir) throws Exception {
        String text = Files.readString(seed(), StandardCharsets.UTF_8); // 2,628 cells: more than the appender's chunk
        Path a = Files.writeString(dir.resolve("a.txt"), text + "\n说明: a\n");
        Path b = Files.writeString(dir.resolve("b.txt"), text + "\n说明: b\n");
        Path c = Files.writeString(dir.resolve("c.txt"), text + "\n说明: c\n");
        Path db = dir.resolve("d.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), HaltMidGroup.class.getName(),
                db.toString(), a.toString(), b.toString(), c.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(137, p.exitValue(), out);
        // read as the process left it: not through DuckDbDataset, whose opening removes rows left without their document
        assertEquals(1, count(db, "SELECT count(*) FROM documents"), "a.txt committed");
        long cells = count(db, "SELECT cells FROM documents");
        assertTrue(cells > 2048, "a.txt's cells: " + cells);
        assertEquals(0, count(db, "SELECT count(*) FROM cell_values WHERE doc NOT IN (SELECT doc FROM documents)"), "no cell of b.txt or c.txt");
        assertEquals(cells, count(db, "SELECT count(*) FROM cell_values"));
        for (String t : List.of("tables", "columns", "checks")) {
            assertEquals(0, count(db, "SELECT count(*) FROM " + t + " WHERE sha256 NOT IN (SELECT sha256 FROM documents)"), t);
        }
    }
}

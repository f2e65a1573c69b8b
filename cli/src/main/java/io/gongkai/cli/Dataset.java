package io.gongkai.cli;

import io.gongkai.model.Cell;
import io.gongkai.model.CellRef;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.validate.Verification;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tidy dataset in an embedded DuckDB database: documents (keyed by the SHA-256 of their bytes), tables, cells
 * and checks, and the files that could not be read. Documents are written in groups, each in one transaction, so a batch killed
 * at any moment keeps every document it committed and no row of the others. The dataset itself is used by one thread;
 * documents are written through {@link Writer}s, one per thread.
 */
final class Dataset implements AutoCloseable {
    private static final List<String> SCHEMA = List.of(
            // doc: the document's number in this dataset, which keys its cells (a 64-character hash repeated on every
            // cell row made appending them 40% slower)
            "CREATE TABLE IF NOT EXISTS documents (sha256 VARCHAR PRIMARY KEY, source VARCHAR, path VARCHAR, department VARCHAR, year INTEGER, kind VARCHAR, unit VARCHAR, tables INTEGER, cells INTEGER, checks_holding INTEGER, checks_failing INTEGER, extracted_at TIMESTAMP, doc INTEGER UNIQUE)",
            "CREATE TABLE IF NOT EXISTS tables (sha256 VARCHAR, table_ref VARCHAR, template VARCHAR, variant VARCHAR, printed_number VARCHAR, title VARCHAR, unit VARCHAR, pages VARCHAR, unit_source VARCHAR)",
            // cells are stored narrow (what is the cell's own) and read tidy through the view cells, which adds the
            // document's department and year, the table's template and unit and the column's label
            "CREATE TABLE IF NOT EXISTS cell_values (doc INTEGER, table_ref VARCHAR, row_key VARCHAR, row_label VARCHAR, col_key VARCHAR, value DECIMAL(38,4), text VARCHAR, raw VARCHAR, status VARCHAR, verified VARCHAR, page INTEGER)",
            "CREATE TABLE IF NOT EXISTS columns (sha256 VARCHAR, table_ref VARCHAR, col_key VARCHAR, col_label VARCHAR)",
            "CREATE VIEW IF NOT EXISTS cells AS SELECT d.sha256, d.department, d.year, v.table_ref, t.template, v.row_key, v.row_label, v.col_key, c.col_label, "
                    + "v.value, v.text, v.raw, t.unit, v.status, v.verified, v.page FROM cell_values v JOIN documents d ON d.doc = v.doc "
                    + "JOIN tables t ON t.sha256 = d.sha256 AND t.table_ref = v.table_ref "
                    + "LEFT JOIN columns c ON c.sha256 = d.sha256 AND c.table_ref = v.table_ref AND c.col_key = v.col_key",
            "CREATE TABLE IF NOT EXISTS checks (sha256 VARCHAR, table_ref VARCHAR, identity VARCHAR, status VARCHAR, expected DECIMAL(38,4), actual DECIMAL(38,4), difference DECIMAL(38,4), description VARCHAR)",
            "CREATE TABLE IF NOT EXISTS failures (path VARCHAR, sha256 VARCHAR, error VARCHAR, failed_at TIMESTAMP)");
    private final Connection db;
    private final int cores;
    /** The number the next document written gets (writers on several threads draw from it). */
    private final java.util.concurrent.atomic.AtomicInteger nextDoc;

    /**
     * Opens (or creates) the dataset.
     *
     * @param cores the cores the batch may use: while documents are read they belong to the readers, one each, and
     *              DuckDB works on one; the final checkpoint, when reading is over, has them all
     */
    Dataset(Path file, int cores) throws SQLException {
        this.cores = Math.max(1, cores);
        db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("SET threads = 1");
            // DuckDB checkpoints once its log passes this size (default 16 MB: every ~50 documents, each time rewriting
            // the table's last, partial row groups; the file came out 75% larger). At 64 MB, every ~200 documents.
            s.execute("SET checkpoint_threshold = '64MB'");
            // FSST string compression: the checkpoint ~15% slower and the file 5% larger than with dictionaries alone
            s.execute("SET disabled_compression_methods = 'fsst'");
            migrateWideCells(s);
            migrateCellsByHash(s);
            for (String ddl : SCHEMA) s.execute(ddl);
            // datasets made before tables said where their unit came from (header, label, identity, rounding, none)
            s.execute("ALTER TABLE tables ADD COLUMN IF NOT EXISTS unit_source VARCHAR");
            // rows a killed run left without their documents row: that document will be read again, so they go
            for (String t : ROWS) {
                s.execute(t.equals("cell_values") ? "DELETE FROM cell_values WHERE doc NOT IN (SELECT doc FROM documents WHERE doc IS NOT NULL)"
                        : "DELETE FROM " + t + " WHERE sha256 NOT IN (SELECT sha256 FROM documents)");
            }
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(doc), 0) FROM documents")) {
                r.next();
                nextDoc = new java.util.concurrent.atomic.AtomicInteger(r.getInt(1) + 1);
            }
        }
        db.setAutoCommit(false);
        db.commit();
    }

    /** The tables a document's rows go to, besides documents. */
    private static final List<String> ROWS = List.of("tables", "columns", "cell_values", "checks");

    /** A dataset made before cells were stored narrow: its cells table becomes cell_values and columns. */
    private static void migrateWideCells(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT table_type FROM information_schema.tables WHERE table_name = 'cells'")) {
            if (!r.next() || !r.getString(1).equals("BASE TABLE")) return;
        }
        s.execute("CREATE TABLE cell_values AS SELECT sha256, table_ref, row_key, row_label, col_key, value, text, raw, status, verified, page FROM cells");
        s.execute("CREATE TABLE columns AS SELECT DISTINCT sha256, table_ref, col_key, col_label FROM cells");
        s.execute("DROP TABLE cells");
    }

    /**
     * A dataset whose cell_values were keyed by the document's SHA-256: documents get their numbers (in the order
     * they were read) and cell_values the number instead of the hash.
     */
    private static void migrateCellsByHash(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT 1 FROM information_schema.columns WHERE table_name = 'cell_values' AND column_name = 'sha256'")) {
            if (!r.next()) return;
        }
        s.execute("DROP VIEW IF EXISTS cells");
        s.execute("ALTER TABLE documents ADD COLUMN doc INTEGER");
        s.execute("UPDATE documents SET doc = n.doc FROM (SELECT sha256, CAST(row_number() OVER (ORDER BY extracted_at, sha256) AS INTEGER) AS doc FROM documents) n "
                + "WHERE documents.sha256 = n.sha256");
        s.execute("CREATE TABLE cell_values_by_doc AS SELECT d.doc, v.table_ref, v.row_key, v.row_label, v.col_key, v.value, v.text, v.raw, v.status, v.verified, v.page "
                + "FROM cell_values v JOIN documents d ON d.sha256 = v.sha256");
        s.execute("DROP TABLE cell_values");
        s.execute("ALTER TABLE cell_values_by_doc RENAME TO cell_values");
    }

    /** SHA-256s of the documents already in the dataset. */
    Set<String> done() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT sha256 FROM documents")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** A document's rows, made by the thread that read it, ready to be appended. */
    record Prepared(Document doc, Path path, List<Object[]> tables, List<Object[]> columns, List<Object[]> cells, List<Object[]> checks) {
        List<Object[]> rows(String table) {
            return switch (table) {
                case "tables" -> tables;
                case "columns" -> columns;
                case "cell_values" -> cells;
                default -> checks;
            };
        }
    }

    /** 元 or 万元; NULL when unknown (the table's amounts are then suspect: see tables.unit_source). */
    private static String unit(io.gongkai.model.MoneyUnit unit) {
        return unit.known() ? unit.label() : null;
    }

    /** A document's rows for the tables, cells and checks tables (safe to call from any thread). */
    static Prepared prepare(Document doc, Path path) {
        Verification v = Verification.of(doc);
        List<Object[]> tables = new ArrayList<>(), columns = new ArrayList<>(), cells = new ArrayList<>(), checks = new ArrayList<>();
        for (Table t : doc.tables()) {
            tables.add(new Object[]{doc.sha256(), t.ref(), t.templateId(), t.identification().variant(), t.printedNumber(), t.title(), unit(t.unit()),
                    t.pages().stream().map(String::valueOf).collect(Collectors.joining(",")), t.unitSource().kind().id()});
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    keys.add(c.column());
                    // keyed by the document's number, which its writer gives it
                    cells.add(new Object[]{t.ref(), r.key().value(), r.label(), c.column(), c.number(), c.text(), c.raw(), c.status().id(),
                            v.verdict(new CellRef(t.ref(), r.key().value(), c.column())).id(), c.box() == null ? null : c.box().page()});
                }
            }
            for (String k : keys) columns.add(new Object[]{doc.sha256(), t.ref(), k, t.column(k).map(Column::label).orElse(k)});
            for (Check c : t.checks()) checks.add(check(doc, t.ref(), c));
        }
        for (Check c : doc.checks()) checks.add(check(doc, null, c));
        return new Prepared(doc, path, tables, columns, cells, checks);
    }

    private static Object[] check(Document doc, String table, Check c) {
        return new Object[]{doc.sha256(), table, c.identity(), c.status().id(), c.expected(), c.actual(), c.difference(), c.description()};
    }

    /** A writer with a connection of its own (DuckDB connections serve one thread at a time; writers write in parallel). */
    Writer writer() throws SQLException {
        return new Writer(((DuckDBConnection) db).duplicate(), nextDoc);
    }

    /**
     * Writes documents in groups: each group in one transaction, its rows through DuckDB's appender, its documents
     * rows with them. A run killed before a commit loses only that group, whose documents the next run reads
     * again, and leaves no row of it. The transaction is begun in SQL before the group's first row: DuckDB's
     * appender writes each full chunk (2,048 rows) as it fills, in the connection's transaction when one is open and
     * else in one of its own, committed at once; the JDBC driver, with auto-commit off, opens its transaction only at
     * its next statement, so a group's first chunks went in on their own (4,096 rows of cells without their document
     * after a kill). Opening the dataset still removes any rows left without a documents row (a dataset written by
     * an earlier version). Not thread-safe: one per thread.
     */
    static final class Writer implements AutoCloseable {
        /** Each commit syncs the database file: a group waits about a second, or up to this many documents. */
        private static final long COMMIT_EVERY_NANOS = 1_000_000_000L;
        private static final int MAX_GROUP = 50;
        private final Connection con;
        /** The open appenders, one per table, for the transaction under way. */
        private final java.util.Map<String, DuckDBAppender> appenders = new java.util.HashMap<>();
        /** The documents rows of the group under way: they go in last, with the commit. */
        private final List<Object[]> pending = new ArrayList<>();
        private long lastCommit = System.nanoTime() - COMMIT_EVERY_NANOS; // the first document goes in at once
        private final java.util.concurrent.atomic.AtomicInteger nextDoc;

        /** Whether the group's transaction is open (begun, not yet committed or rolled back). */
        private boolean open;

        private Writer(Connection con, java.util.concurrent.atomic.AtomicInteger nextDoc) throws SQLException {
            this.con = con;
            this.nextDoc = nextDoc;
            con.setAutoCommit(true); // the transactions are the groups', begun and ended in SQL (see above)
        }

        private void execute(String sql) throws SQLException {
            try (Statement s = con.createStatement()) {
                s.execute(sql);
            }
        }

        /**
         * Appends a prepared document's rows at once (so nothing of it stays on the Java heap) and commits the group
         * when it is due, or at once when {@code now} (no document is left to read: the group goes in while other
         * threads finish theirs, not after them all). Its documents row goes in with the commit.
         */
        void add(Prepared p, boolean now) throws SQLException {
            int number = nextDoc.getAndIncrement();
            try {
                if (!open) {
                    execute("BEGIN TRANSACTION");
                    open = true;
                }
                for (String table : ROWS) {
                    DuckDBAppender a = appenders.get(table);
                    if (a == null) appenders.put(table, a = ((DuckDBConnection) con).createAppender("main", table));
                    boolean byNumber = table.equals("cell_values");
                    for (Object[] row : p.rows(table)) {
                        a.beginRow();
                        if (byNumber) a.append(number);
                        for (Object value : row) append(a, value);
                        a.endRow();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // the group is rolled back, documents added before this one with it: the batch must end, not go on
                abort();
                throw e instanceof SQLException sql ? sql : new SQLException("cannot append " + p.path() + ": " + e, e);
            }
            Document doc = p.doc();
            pending.add(new Object[]{doc.sha256(), doc.source(), p.path().toString(), doc.department(), doc.year(), doc.kind().id(), unit(doc.unit()),
                    doc.tables().size(), doc.tables().stream().mapToInt(t -> t.rows().stream().mapToInt(r -> r.cells().size()).sum()).sum(),
                    doc.allChecks().stream().filter(c -> c.status().holds()).count(), doc.allChecks().stream().filter(c -> c.status() == CheckStatus.FAIL).count(),
                    null, number});
            if (now || pending.size() >= MAX_GROUP || System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) commit();
        }

        /** Writes the group's documents rows and makes the group durable. */
        void commit() throws SQLException {
            lastCommit = System.nanoTime();
            if (pending.isEmpty()) return;
            try {
                for (DuckDBAppender a : appenders.values()) a.flush();
                try (PreparedStatement ps = con.prepareStatement("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    Timestamp now = new Timestamp(System.currentTimeMillis());
                    for (Object[] d : pending) {
                        for (int i = 0; i < d.length; i++) ps.setObject(i + 1, d[i]);
                        ps.setTimestamp(12, now); // the 12th, null in d: the time of the commit
                        ps.executeUpdate(); // one by one: the driver's executeBatch begins a transaction of its own
                    }
                }
                execute("COMMIT");
                open = false;
            } catch (SQLException | RuntimeException e) {
                abort();
                throw e instanceof SQLException sql ? sql : new SQLException("cannot commit: " + e, e);
            } finally {
                pending.clear();
            }
        }

        /** Gives up the group under way: its appenders closed, its transaction rolled back. */
        private void abort() throws SQLException {
            pending.clear();
            try {
                for (DuckDBAppender a : appenders.values()) {
                    try {
                        a.close();
                    } catch (SQLException | RuntimeException ignored) {
                        // the transaction is rolled back anyway
                    }
                }
                appenders.clear();
            } finally {
                if (open) {
                    open = false;
                    execute("ROLLBACK");
                }
            }
        }

        private static void append(DuckDBAppender a, Object value) throws SQLException {
            if (value == null) a.appendNull();
            else if (value instanceof String v) a.append(v);
            else if (value instanceof Integer v) a.append(v.intValue());
            // DECIMAL(38,4): as DuckDB casts text, rounded half away from zero
            else if (value instanceof BigDecimal v) a.append(v.setScale(4, java.math.RoundingMode.HALF_UP));
            else throw new IllegalArgumentException("no column type for " + value.getClass());
        }

        @Override
        public void close() throws SQLException {
            try {
                commit();
                for (DuckDBAppender a : appenders.values()) a.close();
            } finally {
                appenders.clear();
                con.close();
            }
        }
    }

    /** Records a file that could not be read (once per path and content: a rerun replaces the record). */
    void failed(Path path, String sha, String error) throws SQLException {
        try (PreparedStatement d = db.prepareStatement("DELETE FROM failures WHERE path = ? AND sha256 IS NOT DISTINCT FROM ?")) {
            d.setString(1, path.toString());
            d.setString(2, sha);
            d.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO failures VALUES (?,?,?,?)")) {
            p.setString(1, path.toString());
            p.setString(2, sha);
            p.setString(3, error);
            p.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
            p.executeUpdate();
        }
        db.commit();
    }

    /** Every table as Parquet files in a directory (for Spark, Trino, DuckDB elsewhere …). */
    void exportParquet(Path dir) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String t : List.of("documents", "tables", "cells", "checks", "failures")) {
                // cells: the tidy view, so that each file stands alone
                s.execute("COPY (SELECT * FROM " + t + ") TO '" + dir.resolve(t + ".parquet").toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
            }
        }
        db.commit();
    }

    /** Checkpoints (the log written into the file, compressed) on the batch's cores, and closes. */
    @Override
    public void close() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SET threads = " + cores);
        } finally {
            db.close();
        }
    }
}

package io.gongkai.write;

import io.gongkai.dataset.DocumentRows;
import io.gongkai.dataset.Failure;
import io.gongkai.dataset.Field;
import io.gongkai.dataset.Relation;
import io.gongkai.model.Document;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tidy dataset in an embedded DuckDB database: documents (keyed by the SHA-256 of their bytes), tables, cells
 * and checks, and the files that could not be read; their columns and rows are {@link Relation}'s and
 * {@link DocumentRows}' (which the Spark job writes too), and DuckDB's tables and the view cells are made from them. Documents are written in groups, each in one transaction, so a batch killed
 * at any moment keeps every document it committed and no row of the others. The dataset itself is used by one thread;
 * documents are written through {@link Writer}s, one per thread. {@link #ADD} adds one document to a dataset as the other
 * outputs are written ({@link DocumentWriter}); {@code gongkai batch} reads many into one, on every core.
 */
public final class DuckDbDataset implements AutoCloseable {
    /** Adds a document to the dataset at the target path (made if missing); its path recorded as the document's source. */
    public static final DocumentWriter ADD = (doc, target) -> {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) Targets.folder(parent);
        try (DuckDbDataset d = new DuckDbDataset(target, 1); Writer w = d.writer()) {
            w.add(prepare(doc, Path.of(doc.source() == null ? "" : doc.source())), true);
        } catch (SQLException e) {
            throw new IOException("cannot add " + doc.source() + " to the dataset " + target + ": " + e.getMessage(), e);
        }
    };

    /**
     * The columns of the view cells that come from the document's row (d), its table's (t) or its column's (c); the
     * others are the cell's own, stored narrow in cell_values (v). A document's SHA-256 repeated on each of its cells
     * made appending them 40% slower: cell_values are keyed by the document's number in this dataset, {@code doc}.
     */
    private static final Map<String, String> JOINED = Map.of("sha256", "d", "department", "d", "year", "d", "kind", "d",
            "template", "t", "unit", "t", "col_label", "c");
    /** The columns of cell_values after {@code doc}: the cells' own, in the order of {@link Relation#CELLS}. */
    private static final List<Field> NARROW = Relation.CELLS.fields().stream().filter(f -> !JOINED.containsKey(f.name())).toList();
    /** Where each column of cell_values is in a row of cells. */
    private static final int[] NARROW_INDEX = NARROW.stream().mapToInt(f -> Relation.CELLS.index(f.name())).toArray();
    private static final int SHA256 = Relation.CELLS.index("sha256"), TABLE_REF = Relation.CELLS.index("table_ref"),
            COL_KEY = Relation.CELLS.index("col_key"), COL_LABEL = Relation.CELLS.index("col_label");
    private static final int EXTRACTED_AT = Relation.DOCUMENTS.index("extracted_at");
    private static final int DOC_SHA256 = Relation.DOCUMENTS.index("sha256"), DOC_PATH = Relation.DOCUMENTS.index("path");
    private static final List<String> SCHEMA = List.of(
            create(Relation.DOCUMENTS, "doc INTEGER UNIQUE, PRIMARY KEY (sha256)"),
            create(Relation.TABLES, null),
            // cells are stored narrow (what is the cell's own) and read tidy through the view cells, which adds the
            // document's department, year and kind, the table's template and unit and the column's label
            "CREATE TABLE IF NOT EXISTS cell_values (doc INTEGER, " + columns(NARROW) + ")",
            "CREATE TABLE IF NOT EXISTS columns (sha256 VARCHAR, table_ref VARCHAR, col_key VARCHAR, col_label VARCHAR)",
            create(Relation.CHECKS, null),
            create(Relation.FAILURES, null));
    /** The view cells: {@link Relation#CELLS}' columns, in its order, joined from where each is stored. */
    private static final String CELLS_VIEW = "CREATE OR REPLACE VIEW cells AS SELECT "
            + Relation.CELLS.names().stream().map(n -> JOINED.getOrDefault(n, "v") + "." + n).collect(Collectors.joining(", "))
            + " FROM cell_values v JOIN documents d ON d.doc = v.doc "
            + "JOIN tables t ON t.sha256 = d.sha256 AND t.table_ref = v.table_ref "
            + "LEFT JOIN columns c ON c.sha256 = d.sha256 AND c.table_ref = v.table_ref AND c.col_key = v.col_key";
    private final Connection db;
    private final int cores;
    /** The number the next document written gets (writers on several threads draw from it). */
    private final java.util.concurrent.atomic.AtomicInteger nextDoc;

    private static String columns(List<Field> fields) {
        return fields.stream().map(f -> f.name() + " " + f.type().sql()).collect(Collectors.joining(", "));
    }

    /** A table's DDL from its relation's columns, then DuckDB's own columns and constraints (or null). */
    private static String create(Relation relation, String extra) {
        return "CREATE TABLE IF NOT EXISTS " + relation.id() + " (" + columns(relation.fields()) + (extra == null ? "" : ", " + extra) + ")";
    }

    /**
     * Opens (or creates) the dataset.
     *
     * @param cores the cores the batch may use: while documents are read they belong to the readers, one each, and
     *              DuckDB works on one; the final checkpoint, when reading is over, has them all
     */
    public DuckDbDataset(Path file, int cores) throws SQLException {
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
            // datasets made before tables said where their unit came from (unit_source), or before the rows of tables
            // and checks carried their document's kind and year (which partition the Parquet export)
            for (Relation r : List.of(Relation.TABLES, Relation.CHECKS)) addColumns(s, r);
            s.execute(CELLS_VIEW);
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

    /** The tables a document's rows go to, besides documents (appended by position, in their relation's column order). */
    private static final List<String> ROWS = List.of("tables", "columns", "cell_values", "checks");

    /**
     * Adds to a table of a dataset made by an earlier version the columns its relation has since gained (at the end, in
     * the relation's order, so that rows are still appended by position); kind and year are filled from documents.
     */
    private static void addColumns(Statement s, Relation relation) throws SQLException {
        List<String> have = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '" + relation.id() + "' ORDER BY ordinal_position")) {
            while (r.next()) have.add(r.getString(1));
        }
        if (have.equals(relation.names())) return;
        for (Field f : relation.fields()) {
            if (!have.contains(f.name())) s.execute("ALTER TABLE " + relation.id() + " ADD COLUMN " + f.name() + " " + f.type().sql());
        }
        if (!have.contains("kind")) s.execute("UPDATE " + relation.id() + " SET kind = d.kind, year = d.year FROM documents d WHERE " + relation.id() + ".sha256 = d.sha256");
    }

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
    public Set<String> done() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT sha256 FROM documents")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** A document's rows, made by the thread that read it, ready to be appended. */
    public record Prepared(Document doc, Path path, DocumentRows rows) {
    }

    /**
     * A document's rows (safe to call from any thread).
     *
     * @throws IllegalArgumentException when a value does not fit its column (an amount of more than 38 digits)
     */
    public static Prepared prepare(Document doc, Path path) {
        return new Prepared(doc, path, DocumentRows.of(doc, path.toString(), null));
    }

    /** A writer with a connection of its own (DuckDB connections serve one thread at a time; writers write in parallel). */
    public Writer writer() throws SQLException {
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
    public static final class Writer implements AutoCloseable {
        /** Each commit syncs the database file: a group waits about a second, or up to this many documents. */
        private static final long COMMIT_EVERY_NANOS = 1_000_000_000L;
        private static final int MAX_GROUP = 50;
        private final Connection con;
        /** The open appenders, one per table, for the transaction under way. */
        private final java.util.Map<String, DuckDBAppender> appenders = new java.util.HashMap<>();
        /** The documents rows of the group under way (and each document's number): they go in last, with the commit. */
        private final List<List<Object>> pending = new ArrayList<>();
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
        public void add(Prepared p, boolean now) throws SQLException {
            int number = nextDoc.getAndIncrement();
            DocumentRows rows = p.rows();
            try {
                if (!open) {
                    execute("BEGIN TRANSACTION");
                    open = true;
                }
                for (List<Object> row : rows.tables()) append(appender("tables"), row);
                for (List<Object> row : columns(rows.cells())) append(appender("columns"), row);
                DuckDBAppender values = appender("cell_values");
                for (List<Object> cell : rows.cells()) {
                    values.beginRow();
                    values.append(number);
                    for (int i : NARROW_INDEX) append(values, cell.get(i));
                    values.endRow();
                }
                for (List<Object> row : rows.checks()) append(appender("checks"), row);
            } catch (SQLException | RuntimeException e) {
                // the group is rolled back, documents added before this one with it: the batch must end, not go on
                abort();
                throw e instanceof SQLException sql ? sql : new SQLException("cannot append " + p.path() + ": " + e, e);
            }
            List<Object> document = new ArrayList<>(rows.document());
            document.add(number);
            pending.add(document);
            if (now || pending.size() >= MAX_GROUP || System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) commit();
        }

        /** The table's appender in the transaction under way. */
        private DuckDBAppender appender(String table) throws SQLException {
            DuckDBAppender a = appenders.get(table);
            if (a == null) appenders.put(table, a = ((DuckDBConnection) con).createAppender("main", table));
            return a;
        }

        /** The rows of columns: each column of each table once, with its label, in the order its cells come. */
        private static java.util.Collection<List<Object>> columns(List<List<Object>> cells) {
            java.util.Map<List<Object>, List<Object>> out = new java.util.LinkedHashMap<>();
            for (List<Object> c : cells) {
                List<Object> key = List.of(c.get(TABLE_REF), c.get(COL_KEY));
                if (!out.containsKey(key)) out.put(key, java.util.Arrays.asList(c.get(SHA256), c.get(TABLE_REF), c.get(COL_KEY), c.get(COL_LABEL)));
            }
            return out.values();
        }

        /** Writes the group's documents rows and makes the group durable. */
        public void commit() throws SQLException {
            lastCommit = System.nanoTime();
            if (pending.isEmpty()) return;
            try {
                for (DuckDBAppender a : appenders.values()) a.flush();
                try (PreparedStatement ps = con.prepareStatement(insert(Relation.DOCUMENTS, "doc"));
                     PreparedStatement gone = con.prepareStatement("DELETE FROM failures WHERE sha256 = ? OR path = ?")) {
                    Timestamp now = new Timestamp(System.currentTimeMillis());
                    for (List<Object> d : pending) {
                        set(ps, d);
                        ps.setTimestamp(EXTRACTED_AT + 1, now); // null in the row: the time of the commit
                        ps.executeUpdate(); // one by one: the driver's executeBatch begins a transaction of its own
                        // a file read now that failed before (its password given this time, its damage repaired) is no
                        // failure any more: its failure row goes with the same commit
                        gone.setObject(1, d.get(DOC_SHA256));
                        gone.setObject(2, d.get(DOC_PATH));
                        gone.executeUpdate();
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

        private static void append(DuckDBAppender a, List<Object> row) throws SQLException {
            a.beginRow();
            for (Object value : row) append(a, value);
            a.endRow();
        }

        /** A value of a row of the dataset ({@link io.gongkai.dataset.ColumnType}: a decimal is already of scale 4). */
        private static void append(DuckDBAppender a, Object value) throws SQLException {
            if (value == null) a.appendNull();
            else if (value instanceof String v) a.append(v);
            else if (value instanceof Integer v) a.append(v.intValue());
            else if (value instanceof BigDecimal v) a.append(v);
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
    public void failed(Path path, String sha, String error) throws SQLException {
        try (PreparedStatement d = db.prepareStatement("DELETE FROM failures WHERE path = ? AND sha256 IS NOT DISTINCT FROM ?")) {
            d.setString(1, path.toString());
            d.setString(2, sha);
            d.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement(insert(Relation.FAILURES))) {
            set(p, new Failure(path.toString(), sha, error, LocalDateTime.now()).row());
            p.executeUpdate();
        }
        db.commit();
    }

    /** An INSERT of a relation's row, by its columns' names, and of DuckDB's own columns after them. */
    private static String insert(Relation relation, String... extra) {
        List<String> names = new ArrayList<>(relation.names());
        names.addAll(List.of(extra));
        return "INSERT INTO " + relation.id() + " (" + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)";
    }

    private static void set(PreparedStatement ps, List<Object> row) throws SQLException {
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            ps.setObject(i + 1, v instanceof LocalDateTime t ? Timestamp.valueOf(t) : v);
        }
    }

    /**
     * Every relation as Parquet under a directory, laid out as the Spark job ({@code gongkai-spark}) writes it, so that
     * a query over one reads the other: {@code DIR/documents}, {@code tables}, {@code cells} and {@code checks}
     * partitioned by kind and year ({@code DIR/cells/kind=final/year=2024/data_0.parquet}; an unknown year as
     * {@code year=__HIVE_DEFAULT_PARTITION__}, which Spark, Hive and Trino read as NULL), {@code DIR/failures/data_0.parquet};
     * each relation's columns and types as {@link Relation} says. Each relation's folder is written anew; a relation
     * with no rows (no document read, or none with a table) is one file of no rows in the partition of NULLs
     * ({@link Relation#emptyPartition()}), so that every folder has a file to read and reads as empty.
     */
    public void exportParquet(Path dir) throws SQLException, IOException {
        // the transaction this connection began when it read what was done saw none of the writers' documents: a
        // batch without a failure (whose record commits it) exported empty relations
        db.commit();
        try (Statement s = db.createStatement()) {
            for (Relation r : Relation.values()) {
                Path out = dir.resolve(r.id());
                deleteTree(out);
                Files.createDirectories(out);
                String select = "SELECT " + String.join(", ", r.names()) + " FROM " + r.id();
                if (r.partitionedBy().isEmpty()) {
                    s.execute("COPY (" + select + ") TO " + literal(out.resolve("data_0.parquet")) + " (FORMAT PARQUET)");
                    continue;
                }
                s.execute("COPY (" + select + ") TO " + literal(out) + " (FORMAT PARQUET, PARTITION_BY (" + String.join(", ", r.partitionedBy()) + "), OVERWRITE)");
                // DuckDB names a NULL partition value NULL, which Spark would read as text: renamed as Hive names it
                try (var found = Files.find(out, r.partitionedBy().size(), (p, a) -> a.isDirectory() && p.getFileName().toString().endsWith("=NULL"))) {
                    for (Path p : found.toList()) {
                        String name = p.getFileName().toString();
                        Files.move(p, p.resolveSibling(name.substring(0, name.length() - "NULL".length()) + HIVE_NULL));
                    }
                }
                // no rows, no partition, no file: the folder would be one no reader can read (DuckDB: "No files found")
                boolean none;
                try (var files = Files.find(out, r.partitionedBy().size() + 1, (p, a) -> a.isRegularFile() && p.getFileName().toString().endsWith(".parquet"))) {
                    none = files.findAny().isEmpty();
                }
                if (none) {
                    Path empty = Files.createDirectories(out.resolve(r.emptyPartition()));
                    s.execute("COPY (SELECT " + String.join(", ", r.storedNames()) + " FROM " + r.id() + " LIMIT 0) TO "
                            + literal(empty.resolve("data_0.parquet")) + " (FORMAT PARQUET)");
                }
            }
        }
        db.commit();
    }

    /** The value Hive, Spark and Trino write for a NULL partition value ({@link Relation#NULL_PARTITION}). */
    public static final String HIVE_NULL = Relation.NULL_PARTITION;

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
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

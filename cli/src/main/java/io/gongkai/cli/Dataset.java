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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tidy dataset in an embedded DuckDB database: documents (keyed by the SHA-256 of their bytes), tables, cells
 * and checks, and the files that could not be read. Each document is written in one transaction, so a batch killed
 * at any moment keeps every document it finished and nothing of the one it was writing. Not thread-safe: one writer.
 */
final class Dataset implements AutoCloseable {
    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS documents (sha256 VARCHAR PRIMARY KEY, source VARCHAR, path VARCHAR, department VARCHAR, year INTEGER, kind VARCHAR, unit VARCHAR, tables INTEGER, cells INTEGER, checks_holding INTEGER, checks_failing INTEGER, extracted_at TIMESTAMP)",
            "CREATE TABLE IF NOT EXISTS tables (sha256 VARCHAR, table_ref VARCHAR, template VARCHAR, variant VARCHAR, printed_number VARCHAR, title VARCHAR, unit VARCHAR, pages VARCHAR)",
            "CREATE TABLE IF NOT EXISTS cells (sha256 VARCHAR, department VARCHAR, year INTEGER, table_ref VARCHAR, template VARCHAR, row_key VARCHAR, row_label VARCHAR, col_key VARCHAR, col_label VARCHAR, value DECIMAL(38,4), text VARCHAR, raw VARCHAR, unit VARCHAR, status VARCHAR, verified VARCHAR, page INTEGER)",
            "CREATE TABLE IF NOT EXISTS checks (sha256 VARCHAR, table_ref VARCHAR, identity VARCHAR, status VARCHAR, expected DECIMAL(38,4), actual DECIMAL(38,4), difference DECIMAL(38,4), description VARCHAR)",
            "CREATE TABLE IF NOT EXISTS failures (path VARCHAR, sha256 VARCHAR, error VARCHAR, failed_at TIMESTAMP)");
    private final Connection db;

    Dataset(Path file) throws SQLException {
        db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            for (String ddl : SCHEMA) s.execute(ddl);
        }
        db.setAutoCommit(false);
        db.commit();
    }

    /** SHA-256s of the documents already in the dataset. */
    Set<String> done() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT sha256 FROM documents")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    void add(Document doc, Path path) throws SQLException {
        try {
            Verification v = Verification.of(doc);
            long holding = doc.allChecks().stream().filter(c -> c.status().holds()).count();
            long failing = doc.allChecks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
            int cells = doc.tables().stream().mapToInt(t -> t.rows().stream().mapToInt(r -> r.cells().size()).sum()).sum();
            try (PreparedStatement p = db.prepareStatement("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                p.setString(1, doc.sha256());
                p.setString(2, doc.source());
                p.setString(3, path.toString());
                p.setString(4, doc.department());
                if (doc.year() == null) p.setNull(5, java.sql.Types.INTEGER); else p.setInt(5, doc.year());
                p.setString(6, doc.kind().id());
                p.setString(7, doc.unit().label());
                p.setInt(8, doc.tables().size());
                p.setInt(9, cells);
                p.setLong(10, holding);
                p.setLong(11, failing);
                p.setTimestamp(12, new Timestamp(System.currentTimeMillis()));
                p.executeUpdate();
            }
            try (PreparedStatement tp = db.prepareStatement("INSERT INTO tables VALUES (?,?,?,?,?,?,?,?)");
                 PreparedStatement cp = db.prepareStatement("INSERT INTO cells VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement kp = db.prepareStatement("INSERT INTO checks VALUES (?,?,?,?,?,?,?,?)")) {
                for (Table t : doc.tables()) {
                    tp.setString(1, doc.sha256());
                    tp.setString(2, t.ref());
                    tp.setString(3, t.templateId());
                    tp.setString(4, t.identification().variant());
                    tp.setString(5, t.printedNumber());
                    tp.setString(6, t.title());
                    tp.setString(7, t.unit().label());
                    tp.setString(8, t.pages().stream().map(String::valueOf).collect(Collectors.joining(",")));
                    tp.addBatch();
                    for (Row r : t.rows()) {
                        for (Cell c : r.cells()) {
                            cp.setString(1, doc.sha256());
                            cp.setString(2, doc.department());
                            if (doc.year() == null) cp.setNull(3, java.sql.Types.INTEGER); else cp.setInt(3, doc.year());
                            cp.setString(4, t.ref());
                            cp.setString(5, t.templateId());
                            cp.setString(6, r.key().value());
                            cp.setString(7, r.label());
                            cp.setString(8, c.column());
                            cp.setString(9, t.column(c.column()).map(Column::label).orElse(c.column()));
                            cp.setBigDecimal(10, c.number());
                            cp.setString(11, c.text());
                            cp.setString(12, c.raw());
                            cp.setString(13, t.unit().label());
                            cp.setString(14, c.status().id());
                            cp.setString(15, v.verdict(new CellRef(t.ref(), r.key().value(), c.column())).id());
                            if (c.box() != null) cp.setInt(16, c.box().page()); else cp.setNull(16, java.sql.Types.INTEGER);
                            cp.addBatch();
                        }
                    }
                    for (Check c : t.checks()) check(kp, doc, t.ref(), c);
                }
                for (Check c : doc.checks()) check(kp, doc, null, c);
                tp.executeBatch();
                cp.executeBatch();
                kp.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    private static void check(PreparedStatement kp, Document doc, String table, Check c) throws SQLException {
        kp.setString(1, doc.sha256());
        kp.setString(2, table);
        kp.setString(3, c.identity());
        kp.setString(4, c.status().id());
        kp.setBigDecimal(5, c.expected());
        kp.setBigDecimal(6, c.actual());
        kp.setBigDecimal(7, c.difference());
        kp.setString(8, c.description());
        kp.addBatch();
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
                s.execute("COPY " + t + " TO '" + dir.resolve(t + ".parquet").toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
            }
        }
        db.commit();
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}

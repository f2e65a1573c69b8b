package io.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new user's trial: figures dropped with exit 0, files a batch passed over without a word, results of two inputs of
 * one name written over each other. Every input is made here.
 */
class TrialFaultsTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static Path samples() {
        return Path.of(System.getProperty("gongkai.samples", "../samples"));
    }

    /** A table named by its title whose rows cannot be read (an income/expenditure summary with no 行次). */
    private static final String UNREADABLE_TABLE = "# 收入支出决算表\n\n<table><tr><td>项目</td><td>金额</td></tr><tr><td>收入合计</td><td>5.00</td></tr></table>\n";

    private String out() {
        return console.out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return console.err.toString(StandardCharsets.UTF_8);
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aTableIdentifiedWithNoRowReadIsATableThatCouldNotBeRead(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("t.md"), UNREADABLE_TABLE);
        int code = Main.run("extract", t.toString(), "--out", dir.resolve("o").toString(), "--format", "json");
        assertEquals(1, code, "its figures are dropped: not a success\n" + out() + err());
        assertTrue(out().contains("warning: a table could not be read: T01 (income-expenditure-summary)"), out());
        assertEquals(1, new ObjectMapper().readTree(dir.resolve("o/t.json").toFile()).get("summary").get("unreadable_tables").asInt());
    }

    /**
     * A column of amounts no column of the template reads is named on the console, not only in the JSON (a newcomer's
     * photocopied 收支总表 came out with 2 of its 5 columns of amounts, and the console said nothing), and the exit code
     * is 1 (it was 0: amounts left out, and the command said it was done).
     */
    @Test
    void aColumnOfAmountsLeftUnreadIsAWarningOnTheConsole(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("t.md"), "# 2025年部门财务收支预算总表\n\n编制单位：某局　　单位：元\n\n"
                + "| 项目 | 预算数 | 项目 | 预算数 | 备注 |\n|---|---|---|---|---|\n| 一、财政拨款收入 | 100 | 一、一般公共服务支出 | 60 | 7 |\n"
                + "| 二、事业收入 | 50 | 二、教育支出 | 90 | 8 |\n| 收入总计 | 150 | 支出总计 | 150 | 15 |\n");
        int code = Main.run("extract", t.toString(), "--out", dir.resolve("o").toString(), "--format", "json");
        assertTrue(out().contains("error: unmapped column: T01") && out().contains("grid column 5 headed '备注' prints amounts on 3 rows"), out());
        assertEquals(1, code, "printed amounts left out: not a success\n" + out());
    }

    @Test
    void aBatchCountsADocumentWithATableThatCouldNotBeRead(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("t.md"), UNREADABLE_TABLE);
        Path db = dir.resolve("x.duckdb");
        int code = Main.run("batch", in.toString(), "--db", db.toString(), "--jobs", "1");
        assertEquals(1, code, out() + err());
        assertTrue(out().contains("1 documents added") && out().contains("1 added with a table that could not be read"), out());
        assertTrue(err().contains("t.md: a table could not be read: T01"), err());
        assertEquals(1, count(db, "SELECT count(*) FROM documents"), "added all the same: what was read is kept");
    }

    @Test
    void aTruncatedJpegIsSaidAndExitsOne(@TempDir Path dir) throws Exception {
        // the bundled scan's first page as the JPEG it holds, cut at 60% as a download that stopped
        byte[] jpeg;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(samples().resolve("putuo-finance-2025-budget-scanned.pdf").toFile())) {
            var page = pdf.getPage(0);
            var name = page.getResources().getXObjectNames().iterator().next();
            var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) page.getResources().getXObject(name);
            assertEquals("jpg", image.getSuffix());
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                jpeg = raw.readAllBytes();
            }
        }
        Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length * 6 / 10));
        int code = Main.run("extract", cut.toString(), "--out", dir.resolve("o").toString(), "--format", "json", "--ocr-threads", "1");
        assertEquals(1, code, out() + err());
        assertTrue(out().contains("page 1 of the image is truncated"), out());
    }

    @Test
    void aBatchReadsANameWithANewlineAndRecordsABrokenLink(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("d"));
        Files.copy(samples().resolve("qujing-industry-2024-final.txt"), in.resolve("a\nb.txt"));
        Files.createSymbolicLink(in.resolve("x.pdf"), in.resolve("gone.pdf"));
        Path db = dir.resolve("x.duckdb");
        int code = Main.run("batch", in.toString(), "--db", db.toString(), "--jobs", "1");
        assertEquals(1, code, "one file could not be read\n" + out() + err());
        assertTrue(out().startsWith("1 documents added, 0 already in") && out().contains("1 could not be read"), out());
        assertEquals(1, count(db, "SELECT count(*) FROM documents"));
        assertEquals(1, count(db, "SELECT count(*) FROM failures WHERE path LIKE '%x.pdf' AND error LIKE 'a link to a missing file%'"));
        // a broken link given by name is a failure too, not a usage error
        assertEquals(1, Main.run("batch", in.resolve("x.pdf").toString(), "--db", dir.resolve("y.duckdb").toString()));
        assertEquals(1, count(dir.resolve("y.duckdb"), "SELECT count(*) FROM failures WHERE error LIKE 'a link to a missing file%'"));
    }

    @Test
    void twoInputsOfOneNameKeepTheirResultsApart(@TempDir Path dir) throws Exception {
        String text = Files.readString(samples().resolve("qujing-industry-2024-final.txt"));
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("x.txt"), text);
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("x.txt"), UNREADABLE_TABLE);
        Path o = dir.resolve("o");
        Main.run("extract", a.toString(), b.toString(), "--out", o.toString(), "--format", "json,csv");
        List<String> names = new ArrayList<>();
        try (var s = Files.list(o)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
        assertEquals(List.of("x-2-tables", "x-2.csv", "x-2.json", "x-tables", "x.csv", "x.json"), names);
        var mapper = new ObjectMapper();
        assertEquals(41, mapper.readTree(o.resolve("x.json").toFile()).get("tables").size(), "the first input's results are its own");
        assertEquals(1, mapper.readTree(o.resolve("x-2.json").toFile()).get("tables").size(), "the second's beside them");
        assertTrue(out().contains("written as " + o.resolve("x-2") + ".*"), out());
        assertNotEquals(-1, out().indexOf("written as"));
    }
}

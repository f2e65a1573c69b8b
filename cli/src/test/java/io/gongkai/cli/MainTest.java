package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out, err = console.err;

    private static Path seed() {
        String p = System.getProperty("gongkai.samples");
        return Path.of(p != null ? p : "../samples").resolve("qujing-industry-2024-final.txt");
    }

    @Test
    void extractWritesJsonAndTidyCsvAndPrintsASummary(@TempDir Path dir) throws Exception {
        int code = Main.run("extract", seed().toString(), "--out", dir.toString());
        // the seed's 公开14表 has the publisher's own 8,892.00 error: reported, so the exit code is 1
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        // two project tables (公开22表, 公开34表) whose rows the OCR text lost are identified and not read: said
        assertTrue(summary.contains("tables 41 (0 unidentified, 2 not read)"), summary);
        assertTrue(summary.contains("; contradicted by an identity "), summary);
        assertTrue(summary.contains("FAIL department-performance/funds-project@1"), summary);
        // a table's warning the document's diagnostics repeat is said once; one that does not name its table names it
        assertEquals(1, summary.split("T12: unit unknown", -1).length - 1, summary);
        assertTrue(summary.contains("warning: T20: project name not found"), summary);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("qujing-industry-2024-final.json").toFile());
        assertEquals("曲靖市工业和信息化局", json.get("department").asText());
        assertEquals(41, json.get("tables").size());
        JsonNode t06 = json.get("tables").get(5);
        assertEquals("general-budget-basic-expenditure", t06.get("template").asText());
        JsonNode publicTotal = null;
        for (JsonNode r : t06.get("rows")) if (r.get("key").asText().equals("public-total")) publicTotal = r.get("cells").get(0);
        assertEquals("recovered", publicTotal.get("status").asText());
        assertEquals("3243634.99", publicTotal.get("value").decimalValue().toPlainString());
        assertEquals("3, 243, 634. 9", publicTotal.get("raw").asText());

        try (Reader r = Files.newBufferedReader(dir.resolve("qujing-industry-2024-final.csv"), StandardCharsets.UTF_8)) {
            r.read(); // byte order mark
            List<CSVRecord> rows = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
            assertTrue(rows.size() > 2000, "one line per cell: " + rows.size());
            CSVRecord first = rows.get(0);
            assertEquals("income-expenditure-summary", first.get("template"));
            assertEquals("公开01表", first.get("printed_number"));
            assertEquals("元", first.get("unit"));
            assertTrue(rows.stream().anyMatch(x -> x.get("row_key").equals("2080505") && x.get("col_key").equals("8")
                    && x.get("value").equals("2511548.65") && x.get("status").equals("recovered")));
        }
    }

    @Test
    void emptyInputIsAClearErrorWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        int code = Main.run("extract", empty.toString(), "--out", dir.resolve("o").toString());
        assertEquals(3, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("empty"), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), e);
    }

    @Test
    void oneBadFileDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path junk = Files.write(dir.resolve("junk.txt"), new byte[]{0, 1, 2, 3, (byte) 0xff});
        int code = Main.run("extract", junk.toString(), seed().toString(), "--out", dir.resolve("o").toString(), "--format", "json");
        assertEquals(3, code);
        assertTrue(Files.exists(dir.resolve("o").resolve("qujing-industry-2024-final.json")));
        assertFalse(Files.exists(dir.resolve("o").resolve("qujing-industry-2024-final.csv")), "only the formats asked for");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("binary"));
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) {
        assertEquals(2, Main.run("extract", seed().toString(), "--out", dir.toString(), "--format", "pdf"));
    }

    @Test
    void templatesListsEveryIdWithItsIdentities() {
        assertEquals(0, Main.run("templates"));
        String s = out.toString(StandardCharsets.UTF_8);
        for (String id : List.of("income-expenditure-summary", "general-budget-basic-expenditure", "three-public", "project-performance")) {
            assertTrue(s.contains(id), id);
        }
        assertTrue(s.contains("[personnel-total].amount = [301].amount + [303].amount"), s);
    }

    @Test
    void helpDescribesTheCommands() {
        assertEquals(0, Main.run("--help"));
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("extract") && s.contains("templates") && s.contains("Exit codes"), s);
    }

    @Test
    void eachCommandsHelpListsTheExitCodes() {
        // a newcomer read `extract --help`, saw only "exit 3" under --max-seconds, and could not tell why clean scans
        // exited 1
        for (String command : List.of("extract", "batch", "review")) {
            out.reset();
            assertEquals(0, Main.run(command, "--help"));
            String s = out.toString(StandardCharsets.UTF_8);
            assertTrue(s.contains("Exit codes:") && s.contains("some cell is suspect") && s.contains("internal error"), command + ": " + s);
        }
    }

    /** A table whose unit line OCR lost, tied to no table of known unit: its unit is unknown, said, and the exit code is 1. */
    @Test
    void aTableOfUnknownUnitIsReportedAndExitsOne(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("summary.txt");
        Files.writeString(in, """
                # 2025年部门财务收支预算总表
                编制部门：上海市普陀区财政局
                本年收入\t\t本年支出\t
                项目\t预算数\t项目\t预算数
                一、财政拨款收入\t31,214,205.80\t一、一般公共服务支出\t31,214,205.80
                收入总计\t31,214,205.80\t支出总计\t31,214,205.80
                """, StandardCharsets.UTF_8);
        int code = Main.run("extract", in.toString(), "--out", dir.toString(), "--format", "json,csv");
        assertEquals(1, code, out.toString(StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("unit unknown") && summary.contains("warning: T01: unit unknown"), summary);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertTrue(json.get("tables").get(0).get("unit").isNull());
        try (Reader r = Files.newBufferedReader(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
            assertTrue(rows.stream().allMatch(x -> x.get("unit").equals("unknown")));
            assertTrue(rows.stream().filter(x -> !x.get("value").isEmpty()).allMatch(x -> x.get("status").equals("suspect")));
        }
    }

    @Test
    void reviewOfAnImageShowsThePageBesideItsTable(@TempDir Path dir) throws Exception {
        // the bundled scanned budget's first page, given as the PNG a scanner might have written
        Path png = dir.resolve("page.png");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Path.of(System.getProperty("gongkai.samples", "../samples"), "putuo-finance-2025-budget-scanned.pdf").toFile())) {
            var page = pdf.getPage(0);
            var name = page.getResources().getXObjectNames().iterator().next();
            var image = ((org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) page.getResources().getXObject(name)).getImage();
            assertTrue(javax.imageio.ImageIO.write(image, "png", png.toFile()));
        }
        Path html = dir.resolve("page.html");
        int code = Main.run("review", png.toString(), "--out", html.toString(), "--ocr-threads", "1");
        assertTrue(code == 0 || code == 1, err.toString(StandardCharsets.UTF_8));
        String page = Files.readString(html);
        assertTrue(page.contains("budget-summary") || page.contains("财务收支预算总表"), "the table is on the page");
        assertTrue(page.contains("<img"), "the page image is shown beside the table");
    }

    /** The bundled scanned budget's first page, encrypted (128-bit) with the owner password "owner" and the user password given ("": none). */
    private static Path encryptedSamplePage(Path target, String userPassword) throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Path.of(System.getProperty("gongkai.samples", "../samples"), "putuo-finance-2025-budget-scanned.pdf").toFile())) {
            while (pdf.getNumberOfPages() > 1) pdf.removePage(1);
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", userPassword, new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(target.toFile());
        }
        return target;
    }

    /**
     * A PDF encrypted with an owner password only (its permissions; it opens without a password) opens whatever password
     * is given, as in a viewer: given with a locked file in one run ({@code extract locked.pdf free.pdf --password P}), it
     * had failed with "the password given does not open the PDF" (a new user's trial of issue 14).
     */
    @Test
    void aPdfThatOpensWithoutAPasswordOpensWhateverPasswordIsGiven(@TempDir Path dir) throws Exception {
        Path free = encryptedSamplePage(dir.resolve("owner-only.pdf"), "");
        int code = Main.run("extract", free.toString(), "--out", dir.resolve("o").toString(), "--format", "json", "--password", "not-its", "--ocr-threads", "1");
        assertTrue(code == 0 || code == 1, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve("o").resolve("owner-only.json")));
    }

    /**
     * batch's standard error, not a terminal (a log file, a test), holds its messages a line each, its progress in lines
     * of their own, no bar redrawn between them: a new user's log read {@code …(0:00:12 / 0:00:12) .1/sgongkai: in/x.txt:
     * a table could not be read…}.
     */
    @Test
    void batchWritesNoProgressBarWhereStandardErrorIsNoTerminal(@TempDir Path dir) throws Exception {
        Path in = java.nio.file.Files.createDirectories(dir.resolve("in"));
        java.nio.file.Files.copy(seed(), in.resolve("a.txt"));
        Main.run("batch", in.toString(), "--db", dir.resolve("d.duckdb").toString());
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertFalse(lines.isEmpty(), "the tables not read are said");
        for (String l : lines) assertTrue(l.startsWith("gongkai: ") && !l.contains("\r"), l);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("gongkai: documents 100%")), "the progress at its end: " + lines);
    }

    /**
     * Issue 14: the review page's images come from the reader, opened with the same options: an encrypted PDF's review
     * with its password shows its pages (it had failed with "cannot write …html: Cannot decrypt PDF" when the page
     * re-opened the PDF itself), and without it is the same input error as extract's.
     */
    @Test
    void reviewOfAnEncryptedPdfOpensItsPagesWithThePassword(@TempDir Path dir) throws Exception {
        Path locked = encryptedSamplePage(dir.resolve("locked.pdf"), "secret");
        Path html = dir.resolve("locked.html");
        assertEquals(3, Main.run("review", locked.toString(), "--out", html.toString(), "--ocr-threads", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("give its password"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(html), "nothing is written");
        int code = Main.run("review", locked.toString(), "--out", html.toString(), "--password", "secret", "--ocr-threads", "1");
        assertTrue(code == 0 || code == 1, err.toString(StandardCharsets.UTF_8));
        String page = Files.readString(html);
        assertTrue(page.contains("budget-summary") || page.contains("财务收支预算总表"), "the table is on the page");
        assertTrue(page.contains("<img alt=\"page 1\""), "the page image is shown beside the table");
    }

    /**
     * Issue 14: an unknown table engine is a usage error (exit 2, naming the engines) in every command; review and batch
     * read the document with the native engine instead, and exited 0.
     */
    @Test
    void anUnknownEngineIsExitTwoInEveryCommand(@TempDir Path dir) throws Exception {
        assertEquals(2, Main.run("extract", seed().toString(), "--out", dir.resolve("e").toString(), "--engine", "foo"));
        assertEquals(2, Main.run("review", seed().toString(), "--out", dir.resolve("r.html").toString(), "--engine", "foo"));
        assertFalse(Files.exists(dir.resolve("r.html")), "nothing is written");
        assertEquals(2, Main.run("batch", seed().toString(), "--db", dir.resolve("b.duckdb").toString(), "--engine", "foo"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(3, e.split("unknown engine 'foo' \\(use native, stream, tabula or tabula-stream\\)", -1).length - 1, e);
        assertEquals(1, Main.run("review", seed().toString(), "--out", dir.resolve("s.html").toString(), "--engine", "STREAM"),
                "names in any case (1: the seed's four failing identities are its publisher's)");
    }

    /**
     * A new user's trial of issue 14: every command says the same of one document — review exited 0 on a budget whose
     * identities fail (extract: 1); formats are names as the engines are (case and spaces aside; "--format ,," wrote
     * nothing and exited 0); batch's --jobs 0 was taken as 1.
     */
    @Test
    void everyCommandReadsItsOptionsAndReportsAlike(@TempDir Path dir) throws Exception {
        int extract = Main.run("extract", seed().toString(), "--out", dir.resolve("e").toString(), "--format", " JSON");
        assertEquals(1, extract, "the seed's four failing identities are its publisher's");
        assertTrue(Files.exists(dir.resolve("e").resolve("qujing-industry-2024-final.json")));
        assertEquals(extract, Main.run("review", seed().toString(), "--out", dir.resolve("r.html").toString()));
        assertEquals(2, Main.run("extract", seed().toString(), "--out", dir.resolve("n").toString(), "--format", ",,"));
        assertFalse(Files.exists(dir.resolve("n")), "nothing is written");
        assertEquals(2, Main.run("batch", seed().toString(), "--db", dir.resolve("b.duckdb").toString(), "--jobs", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gongkai: --jobs '0': must be at least 1"), err.toString(StandardCharsets.UTF_8));
    }

    /** What a usage error writes on stderr, run by run: its lines. */
    private List<String> usageError(String... args) {
        err.reset();
        assertEquals(2, Main.run(args), String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * A number option given something else (--jobs x, --ocr-dpi abc, NaN, 1.5 where a whole number is taken, a number too
     * large) is said in every command as an unknown --engine is: one line naming the option and the value, the hint
     * to the command's help, exit 2, nothing read or written. Before: picocli's own words ("'x' is not an int") and the
     * whole usage (50-70 lines), --ocr-dpi NaN read as a resolution, --max-seconds 9223372036854775807 an internal error
     * (exit 4).
     */
    @Test
    void aNumberOptionGivenSomethingElseIsAUsageErrorInEveryCommand(@TempDir Path dir) throws Exception {
        String seed = seed().toString(), out = dir.resolve("o").toString(), html = dir.resolve("r.html").toString(), db = dir.resolve("b.duckdb").toString();
        // command | option | value | what is said of it
        String[][] cases = """
                extract | --ocr-dpi | abc | not a number
                extract | --ocr-dpi | NaN | not a number
                extract | --ocr-threads | x | not a number
                extract | --max-seconds | 1.5 | not a whole number
                extract | --max-seconds | 9223372036854775807 | at most 1,000,000,000 (0: no limit)
                extract | --max-cells | 99999999999999999999 | out of range (a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807)
                review | --ocr-dpi | 300dpi | not a number
                review | --max-characters | 1e6 | not a number
                review | --ocr-threads | 2.0 | not a whole number
                batch | --jobs | x | not a number
                batch | --jobs |  | not a number
                batch | --jobs | 99999999999 | out of range (a whole number from -2,147,483,648 to 2,147,483,647)
                batch | --max-pixels | lots | not a number
                batch | --max-seconds | -1 | must be 0 (no limit) or more
                """.lines().map(l -> l.strip().split(" \\| ", -1)).toArray(String[][]::new);
        for (String[] c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of(c[0], seed));
            args.addAll(switch (c[0]) {
                case "extract" -> List.of("--out", out);
                case "review" -> List.of("--out", html);
                default -> List.of("--db", db);
            });
            args.addAll(List.of(c[1], c[2]));
            assertEquals(List.of("gongkai: " + c[1] + " '" + c[2] + "': " + c[3], "Try 'gongkai " + c[0] + " --help' for more information."),
                    usageError(args.toArray(String[]::new)), String.join(" ", args));
        }
        // the style every argument error has, the unknown engine's too
        assertEquals(List.of("gongkai: --engine 'foo': unknown engine 'foo' (use native, stream, tabula or tabula-stream)",
                "Try 'gongkai extract --help' for more information."), usageError("extract", seed, "--out", out, "--engine", "foo"));
        // given as --option=value too
        assertEquals("gongkai: --jobs 'x': not a number", usageError("batch", seed, "--db", db, "--jobs=x").get(0));
        assertFalse(Files.exists(dir.resolve("o")) || Files.exists(dir.resolve("r.html")) || Files.exists(dir.resolve("b.duckdb")), "nothing is written");
    }

    /** Issue 13: a document over its budget is an input error (exit 3) that names the limit; the limit can be raised. */
    @Test
    void aDocumentOverItsBudgetIsExitThreeAndSaysWhichLimit(@TempDir Path dir) throws Exception {
        int code = Main.run("extract", seed().toString(), "--out", dir.resolve("o").toString(), "--format", "json", "--max-cells", "1000");
        assertEquals(3, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("gongkai: qujing-industry-2024-final.txt: more than 1,000 table cells"), e);
        assertFalse(Files.exists(dir.resolve("o").resolve("qujing-industry-2024-final.json")));
        assertEquals(1, Main.run("extract", seed().toString(), "--out", dir.resolve("o").toString(), "--format", "json", "--max-cells", "0"), "0: no limit");
        assertEquals(2, Main.run("extract", seed().toString(), "--max-seconds", "-1"), "a negative limit is a usage error");
    }
}

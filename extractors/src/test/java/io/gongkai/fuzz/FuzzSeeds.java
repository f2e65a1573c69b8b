package io.gongkai.fuzz;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fuzz tests' seeds, made when the tests run: small PDFs drawn here with pdfbox and parts of the bundled text
 * sample (always), and with {@code -Pcorpus} a few real inputs of {@code ../shared}: pages of the smallest real budget
 * cut with qpdf into {@code target/fuzz-seeds/} (pdfbox when qpdf is missing), the cases, and other extractors' bad PDFs.
 * Each seed is also a regression input: a fuzz test runs every seed, then (fuzzing) mutates them.
 */
final class FuzzSeeds {
    private static final float W = 842, H = 595;
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final Path OUT = Path.of("target", "fuzz-seeds");

    private FuzzSeeds() {
    }

    private static boolean corpus() {
        return Boolean.getBoolean("gongkai.corpus");
    }

    private static Path shared() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared"));
    }

    private static Path samples() {
        return Path.of(System.getProperty("gongkai.samples", "../samples"));
    }

    private static Arguments seed(String name, byte[] bytes) {
        return Arguments.of(Named.of(name, bytes));
    }

    // ---------------------------------------------------------------------------------------------------------- PDF

    /** PDF seeds: drawn here, and with -Pcorpus cut from ../shared. */
    static Stream<Arguments> pdf() throws IOException {
        List<Arguments> out = new ArrayList<>();
        String[][] table = {
                {"Code", "Item", "Total", "Basic", "Project"},
                {"", "Sum", "3,500.00", "1,500.00", "2,000.00"},
                {"201", "General public services", "3,500.00", "1,500.00", "2,000.00"},
                {"20101", "Legislature", "3,500.00", "1,500.00", "2,000.00"},
                {"2010101", "Administration", "1,500.00", "1,500.00", ""},
                {"2010102", "Affairs", "2,000.00", "", "2,000.00"}};
        out.add(seed("ruled-table.pdf", drawn(table, true, false, null)));
        out.add(seed("unruled-table.pdf", drawn(table, false, false, null)));
        out.add(seed("ruled-table-two-pages.pdf", drawn(table, true, true, null)));
        out.add(seed("encrypted.pdf", drawn(table, true, false, "secret")));
        out.add(seed("image-only.pdf", imageOnly()));
        if (!corpus()) return out.stream();
        Path shared = shared();
        Path budget = shared.resolve("corpus/budgets/上海市普陀区人民政府办公室25年预算.pdf");
        // 财务收支预算总表, 支出预算总表 over two pages, 财政拨款收支预算总表, 国有资本 (an empty table), "三公"
        for (String pages : List.of("8", "11-12", "13", "17", "20")) {
            out.add(seed("putuo-office-2025-p" + pages + ".pdf", cut(budget, pages)));
        }
        for (String c : List.of("cases/horizontal-rules-only/expenditure-norules.pdf", "cases/no-tounicode/budget-summary-no-tounicode.pdf",
                "cases/text-as-curves/appropriation-summary-curves.pdf", "cases/unit-missing/summary-no-unit-with-wanyuan-table.pdf",
                "corpus/peers/pdfplumber/malformed-from-issue-932.pdf", "corpus/peers/pdfplumber/password-example.pdf",
                "corpus/peers/tabula/resources/encrypted.pdf", "corpus/peers/tabula/resources/npe_issue_206.pdf",
                "corpus/peers/tabula/resources/jpeg2000.pdf", "corpus/peers/tabula/resources/eu-002.pdf",
                "corpus/peers/tabula/resources/MultiColumn.pdf", "corpus/peers/tabula/resources/sort_exception.pdf",
                "corpus/peers/camelot/files/empty.pdf", "corpus/peers/camelot/files/only_page_number.pdf",
                "corpus/peers/camelot/files/twotables_1.pdf", "corpus/peers/camelot/files/column_span_1.pdf")) {
            Path f = shared.resolve(c);
            out.add(seed(f.getParent().getFileName() + "-" + f.getFileName(), Files.readAllBytes(f)));
        }
        return out.stream();
    }

    /** Pages {@code pages} (qpdf's syntax: 8, 11-12) of a PDF, cut into target/fuzz-seeds with qpdf, else with pdfbox. */
    static byte[] cut(Path pdf, String pages) throws IOException {
        Files.createDirectories(OUT);
        Path to = OUT.resolve(pdf.getFileName().toString().replace(".pdf", "") + "-p" + pages + ".pdf");
        try {
            Process p = new ProcessBuilder("qpdf", "--empty", "--pages", pdf.toString(), pages, "--", to.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) return Files.readAllBytes(to);
            p.destroyForcibly();
        } catch (IOException e) {
            // no qpdf on this machine: pdfbox below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String[] ab = pages.split("-");
        int from = Integer.parseInt(ab[0]), to1 = Integer.parseInt(ab[ab.length - 1]);
        try (PDDocument src = Loader.loadPDF(pdf.toFile()); PDDocument dst = new PDDocument()) {
            for (int i = from; i <= to1; i++) dst.importPage(src.getPage(i - 1));
            dst.save(to.toFile());
        }
        return Files.readAllBytes(to);
    }

    /** A ruled (or unruled) table of codes and amounts in a standard font, uncompressed (mutations reach its operators). */
    private static byte[] drawn(String[][] rows, boolean ruled, boolean twoPages, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            int pages = twoPages ? 2 : 1;
            int per = twoPages ? (rows.length + 1) / 2 : rows.length;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(new PDRectangle(W, H));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    float top = 80;
                    if (p == 0) {
                        text(cs, "Expenditure budget table", 320, 40, 16);
                        text(cs, "Unit: yuan", 50, 70, 9);
                    }
                    List<String[]> part = new ArrayList<>();
                    if (p > 0) part.add(rows[0]);
                    for (int r = p * per; r < Math.min(rows.length, (p + 1) * per); r++) part.add(rows[r]);
                    int cols = rows[0].length;
                    if (ruled) {
                        for (int r = 0; r <= part.size(); r++) {
                            cs.moveTo(50, H - (top + 20 * r));
                            cs.lineTo(50 + 140 * cols, H - (top + 20 * r));
                        }
                        for (int c = 0; c <= cols; c++) {
                            cs.moveTo(50 + 140 * c, H - top);
                            cs.lineTo(50 + 140 * c, H - (top + 20 * part.size()));
                        }
                        cs.stroke();
                    }
                    for (int r = 0; r < part.size(); r++) {
                        for (int c = 0; c < cols; c++) {
                            if (!part.get(r)[c].isEmpty()) text(cs, part.get(r)[c], 55 + 140 * c, top + 20 * r + 14, 10);
                        }
                    }
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, String s, float x, float baselineFromTop, float size) throws IOException {
        cs.beginText();
        cs.setFont(FONT, size);
        cs.newLineAtOffset(x, H - baselineFromTop);
        cs.showText(s);
        cs.endText();
    }

    /** A page that is one small image and no text: a scan, left unread with OCR off. */
    private static byte[] imageOnly() throws IOException {
        BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 40; y++) for (int x = 0; x < 60; x++) img.getRaster().setSample(x, y, 0, (x % 20 == 0 || y % 10 == 0) ? 0 : 255);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, W, H);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    // --------------------------------------------------------------------------------------------------------- text

    /**
     * Text seeds: the first tables of the bundled OCR-text sample, each alone, and the first of them again as a markdown
     * pipe table and as an HTML table (the three table forms the text reader reads); with -Pcorpus the cases' OCR
     * markdown and HTML.
     */
    static Stream<Arguments> text() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> tables = tables(Files.readString(samples().resolve("qujing-industry-2024-final.txt")), 6);
        for (int i = 0; i < tables.size(); i++) out.add(seed("qujing-table-" + (i + 1) + ".txt", utf8(tables.get(i))));
        out.add(seed("qujing-table-1-pipes.md", utf8(pipes(tables.get(0)))));
        out.add(seed("qujing-table-1-html.md", utf8(html(tables.get(0)))));
        if (!corpus()) return out.stream();
        try (Stream<Path> files = Files.list(shared().resolve("cases/ocr-markdown-html"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".md") && !name.equals("EXPECTED.md") || name.endsWith(".txt")) out.add(seed(name, Files.readAllBytes(f)));
            }
        }
        return out.stream();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The first {@code n} tables of an OCR text, each from its heading ({@code #}) to the next, at most 8 KB each. */
    static List<String> tables(String text, int n) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#") && cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
                if (out.size() == n) return out;
            }
            if (cur.length() + line.length() < 8192) cur.append(line).append('\n');
        }
        if (cur.length() > 0 && out.size() < n) out.add(cur.toString());
        return out;
    }

    /** Tab-separated rows as a markdown pipe table, a {@code |---|} line under the first. */
    static String pipes(String table) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (String line : table.split("\n")) {
            if (!line.contains("\t")) {
                b.append(line).append('\n');
                continue;
            }
            String[] cells = line.split("\t", -1);
            b.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (first) {
                b.append("|").append("---|".repeat(cells.length)).append('\n');
                first = false;
            }
        }
        return b.toString();
    }

    /** Tab-separated rows as one HTML table, as MinerU writes it; the other lines as they are. */
    static String html(String table) {
        StringBuilder b = new StringBuilder();
        boolean open = false;
        for (String line : table.split("\n")) {
            if (!line.contains("\t")) {
                if (open) b.append("</table>\n");
                open = false;
                b.append(line).append('\n');
                continue;
            }
            if (!open) b.append("<table>");
            open = true;
            b.append("<tr>");
            for (String c : line.split("\t", -1)) b.append("<td>").append(c.replace("&", "&amp;").replace("<", "&lt;")).append("</td>");
            b.append("</tr>");
        }
        if (open) b.append("</table>\n");
        return b.toString();
    }
}

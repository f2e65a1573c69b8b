package io.gongkai;

import io.gongkai.error.GongkaiException;

import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.Table;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real budget of ../shared/corpus/budgets damaged (profile -Pcorpus): what is not damaged is still read. */
@Tag("corpus")
class DamagedBudgetCorpusTest {
    private static Path budget() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared")).resolve("corpus/budgets/上海市普陀区人民政府办公室25年预算.pdf");
    }

    private static final Options NO_OCR = Options.builder().noOcr().build();

    @Test
    void aDamagedPageLosesOnlyItsTable() throws Exception {
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(budget().toFile())) {
            // page 13 holds the 财政拨款收支预算总表 (budget-fiscal-appropriation-summary): its content stream cut off in a hex string
            COSStream s = doc.getDocument().createCOSStream();
            try (OutputStream o = s.createRawOutputStream()) {
                o.write("0 0 m 100 100 l S BT /F1 10 Tf <4142".getBytes(StandardCharsets.ISO_8859_1));
            }
            doc.getPage(12).getCOSObject().setItem(COSName.CONTENTS, s);
            doc.save(damaged);
        }
        Document read = Gongkai.extract(new java.io.ByteArrayInputStream(damaged.toByteArray()), "damaged.pdf", NO_OCR);
        Set<String> templates = read.tables().stream().map(Table::templateId).collect(Collectors.toSet());
        assertEquals(Set.of("budget-summary", "budget-income", "budget-expenditure", "budget-general-expenditure", "budget-government-fund",
                "budget-state-capital", "budget-basic-economic", "budget-three-public"), templates, "the eight tables of the other pages");
        assertEquals(8, read.tables().size());
        List<Diagnostic> errors = read.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("page 13", errors.get(0).where());
        // what was read is what the undamaged budget says: every identity among the tables left holds
        assertEquals(0, read.checkCounts().getOrDefault(io.gongkai.model.CheckStatus.FAIL, 0), read.checkCounts().toString());
        assertTrue(read.checkCounts().getOrDefault(io.gongkai.model.CheckStatus.PASS, 0) > 150, read.checkCounts().toString());
    }

    /**
     * Forty seeded mutations of the budget (bytes changed, a block deleted, duplicated or zeroed, the file cut short):
     * each gives a document or a {@link GongkaiException}, never another exception.
     */
    @Test
    void mutationsGiveADocumentOrAnInputError() throws Exception {
        byte[] src = Files.readAllBytes(budget());
        Random rnd = new Random(13);
        List<String> wrong = new ArrayList<>();
        int documents = 0, partial = 0, refused = 0;
        for (int i = 0; i < 40; i++) {
            byte[] b = src.clone();
            String kind = switch (i % 5) {
                case 0 -> "flip";
                case 1 -> "delete";
                case 2 -> "duplicate";
                case 3 -> "zero";
                default -> "truncate";
            };
            int at = rnd.nextInt(b.length);
            int n = 1 + rnd.nextInt(2000);
            switch (kind) {
                case "flip" -> {
                    for (int k = 0; k < 40; k++) b[Math.min(b.length - 1, at + rnd.nextInt(200))] = (byte) rnd.nextInt(256);
                }
                case "delete" -> {
                    byte[] c = new byte[b.length - Math.min(n, b.length - at)];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + (b.length - c.length), c, at, c.length - at);
                    b = c;
                }
                case "duplicate" -> {
                    int len = Math.min(n, b.length - at);
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
                case "zero" -> java.util.Arrays.fill(b, at, Math.min(b.length, at + n), (byte) 0);
                default -> b = java.util.Arrays.copyOf(b, b.length / 4 + rnd.nextInt(3 * b.length / 4));
            }
            try {
                Document d = Gongkai.extract(new java.io.ByteArrayInputStream(b), "mutant-" + i + "-" + kind + ".pdf", NO_OCR);
                documents++;
                if (d.diagnostics().stream().anyMatch(x -> x.severity() == Diagnostic.Severity.ERROR && x.where().startsWith("page"))) partial++;
            } catch (GongkaiException e) {
                refused++;
                if (e.getMessage().contains("\n")) wrong.add(i + " " + kind + ": a message of several lines: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                wrong.add(i + " " + kind + ": " + e);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(40, documents + refused);
        assertTrue(documents > 0 && refused > 0, documents + " documents (" + partial + " with damaged pages), " + refused + " refused");
    }
}

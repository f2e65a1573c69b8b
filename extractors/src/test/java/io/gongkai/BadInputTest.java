package io.gongkai;

import io.gongkai.error.InputException;
import io.gongkai.error.BudgetExceededException;
import io.gongkai.budget.Budget;

import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hangs and unbounded memory (issue 13, bad input): each odd input that ran for minutes or took gigabytes, made here
 * small, against a budget made small to match: a document over its budget is refused with the limit it passed, and a
 * text too large for it is refused before it is read whole. (The full-size inputs are timed by scripts/odd-inputs.)
 */
class BadInputTest {

    /** A text file of tab-separated rows, like a spreadsheet exported as text. */
    private static Path rows(Path dir, int n) throws IOException {
        Path f = dir.resolve("rows.tsv");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            Random r = new Random(1);
            for (int i = 0; i < n; i++) w.write((2010000 + i) + "\t项目" + i + "\t" + r.nextInt(1_000_000) + ".00\t" + r.nextInt(1000) + "\n");
        }
        return f;
    }

    @Test
    void rowsBeyondTheCellBudgetAreRefusedAsTheyAreRead(@TempDir Path dir) throws Exception {
        Path f = rows(dir, 2000);
        Options small = Options.builder().budget(Budget.defaults().withCells(1000)).build();
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> Gongkai.extract(f, small));
        assertEquals(Budget.Limit.CELLS, e.limit());
        assertTrue(e.getMessage().startsWith("rows.tsv: more than 1,000 table cells (line 251)"), e.getMessage());
        // within the budget the same rows are read
        Document doc = Gongkai.extract(f, Options.builder().budget(Budget.defaults().withCells(8000)).build());
        assertEquals(2000, doc.tables().get(0).rows().size());
    }

    @Test
    void aTextFileTooLargeForTheBudgetIsNotReadWhole(@TempDir Path dir) throws Exception {
        // one line of 400,000 characters, against a budget of 50,000
        Path f = Files.writeString(dir.resolve("oneline.txt"), "公开 预算 12,345.00 ".repeat(25_000));
        Options small = Options.builder().budget(Budget.defaults().withCharacters(50_000)).build();
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> Gongkai.extract(f, small));
        assertEquals(Budget.Limit.CHARACTERS, e.limit());
        assertTrue(e.getMessage().startsWith("oneline.txt: text of ") && e.getMessage().contains("bytes"), "refused by its size: " + e.getMessage());
        // from a stream, no more is read than the budget allows (4 bytes a character) and one byte more
        long[] read = {0};
        try (InputStream in = new FilterInputStream(Files.newInputStream(f)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) read[0] += n;
                return n;
            }
        }) {
            assertThrows(BudgetExceededException.class, () -> Gongkai.extract(in, "oneline.txt", small));
        }
        assertEquals(200_001, read[0], "read " + read[0] + " of " + Files.size(f) + " bytes");
        // once decoded, by its characters: 120,000 bytes of Chinese are 40,000 characters, over a limit of 30,000
        Path han = Files.writeString(dir.resolve("han.txt"), "公开预算".repeat(10_000));
        BudgetExceededException c = assertThrows(BudgetExceededException.class,
                () -> Gongkai.extract(han, Options.builder().budget(Budget.defaults().withCharacters(30_000)).build()));
        assertTrue(c.getMessage().contains("40,000 characters"), c.getMessage());
    }

    @Test
    void aDocumentOverItsTimeIsStoppedWithTheStageItWasIn() throws Exception {
        Options none = Options.builder().budget(Budget.defaults().withTime(Duration.ofNanos(1))).build();
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> Gongkai.extract(Samples.seed(), none));
        assertEquals(Budget.Limit.TIME, e.limit());
        assertTrue(e.getMessage().startsWith("qujing-industry-2024-final.txt: over its time budget"), e.getMessage());
        // the default budget reads the seed, and a budget of no limits too
        assertEquals(41, Gongkai.extract(Samples.seed()).tables().size());
        assertEquals(41, Gongkai.extract(Samples.seed(), Options.builder().budget(Budget.unlimited()).build()).tables().size());
    }

    @Test
    void aLineNoDisclosurePrintsIsLeftOutNotMatchedForMinutes(@TempDir Path dir) throws Exception {
        // the seed with an image inlined as base64 on one line (a markdown export), 200,000 characters
        String base64 = java.util.Base64.getEncoder().encodeToString(new byte[150_000]);
        Path f = Files.writeString(dir.resolve("with-image.md"), "![scan](data:image/png;base64," + base64 + ")\n" + Files.readString(Samples.seed()));
        Document doc = Gongkai.extract(f);
        assertEquals(41, doc.tables().size());
        assertTrue(doc.diagnostics().stream().map(Diagnostic::message).anyMatch(m -> m.equals("1 lines longer than 20000 characters (no heading or table row is) left out: line 1")),
                doc.diagnostics().toString());
    }

    /** A photo-like page of noise: blotches of ink over more than half the page, no print. */
    private static byte[] blotches() throws IOException {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Random r = new Random(3);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(java.awt.Color.BLACK);
        for (int y = 0; y < img.getHeight(); y += 12) {
            for (int x = 0; x < img.getWidth(); x += 12) if (r.nextInt(10) < 6) g.fillRect(x, y, 12 + r.nextInt(6), 12 + r.nextInt(6));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPageOfNoiseIsNotReadPhraseByPhraseButFlagged(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("noise.png"), blotches());
        Document doc = Gongkai.extract(f, Options.builder().ocr(Options.Ocr.PADDLE).ocrThreads(1).build());
        assertTrue(doc.tables().isEmpty(), doc.tables() + " " + doc.diagnostics());
        assertTrue(doc.diagnostics().stream().map(Diagnostic::message).anyMatch(m -> m.startsWith("page 1: not read by OCR: ink covers")
                && m.contains("not a printed page")), doc.diagnostics().toString());
    }

    @Test
    void aDeviceAFifoOrAFolderIsRefusedInOneLineNotReadUntilMemoryRunsOut(@TempDir Path dir) throws Exception {
        // a new user's trial: x.pdf -> /dev/zero ran the heap out with a stack trace, a FIFO hung until killed
        Path zero = Files.createSymbolicLink(dir.resolve("x.pdf"), Path.of("/dev/zero"));
        Path fifo = dir.resolve("fifo.pdf");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Path folder = Files.createDirectory(dir.resolve("y.pdf"));
        for (Path p : java.util.List.of(zero, fifo, folder)) {
            InputException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(InputException.class, () -> Gongkai.extract(p)));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        }
    }
}

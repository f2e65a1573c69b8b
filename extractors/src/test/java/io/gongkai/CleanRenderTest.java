package io.gongkai;

import io.gongkai.model.Document;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real budget's pages rendered at 150 dpi in gray by poppler, crisp, as a PDF printed to an image or a clean
 * low-resolution scan gives them (profile -Pcorpus): their hairline rules are a pixel thin, and the page is straight. A newcomer's render
 * of 上海市普陀区人民政府办公室25年预算 page 13 (财政拨款收支预算总表) measured −0.8° on its text alone, was turned so,
 * lost every rule and read "no tables found".
 */
@Tag("corpus")
class CleanRenderTest {
    private static final float DPI = 150;

    private static Path budget() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared"), "corpus/budgets/上海市普陀区人民政府办公室25年预算.pdf");
    }

    /** The page rendered at 150 dpi in gray by poppler's pdftoppm (no code shared with Gongkai's pdfbox), as a PNG. */
    private static Path render(int page, Path dir) throws Exception {
        Path prefix = dir.resolve("p" + page);
        Process p = new ProcessBuilder("pdftoppm", "-r", String.valueOf((int) DPI), "-gray", "-png", "-singlefile", "-f", String.valueOf(page),
                "-l", String.valueOf(page), budget().toString(), prefix.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "pdftoppm: " + said);
        return dir.resolve("p" + page + ".png");
    }

    @Test
    void aRuledPageRenderedCrispAt150DpiIsReadAsItsTextLayerIs(@TempDir Path dir) throws Exception {
        Document scan = Gongkai.extract(render(13, dir));
        Document text = Gongkai.extract(budget(), Options.builder().pages("13").build());
        assertEquals(1, text.tables().size());
        assertEquals(1, scan.tables().size(), scan.diagnostics().toString());
        assertEquals(text.tables().get(0).templateId(), scan.tables().get(0).templateId());
        assertEquals(amounts(text), amounts(scan));
    }

    /** Each row's amounts in order, by column ({@code 2=82096797.42 3=82096797.42}): rows keyed by their OCR'd names differ by a misread character. */
    private static java.util.List<String> amounts(Document d) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Table t : d.tables()) {
            for (var r : t.rows()) {
                StringBuilder row = new StringBuilder();
                for (var c : r.cells()) if (c.number() != null) row.append(c.column()).append('=').append(c.number().toPlainString()).append(' ');
                out.add(row.toString().strip());
            }
        }
        return out;
    }
}

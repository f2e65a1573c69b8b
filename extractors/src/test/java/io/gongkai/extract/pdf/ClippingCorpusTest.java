package io.gongkai.extract.pdf;

import io.gongkai.grid.Glyph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clipping paths in the real budgets of ../shared/corpus/budgets (profile -Pcorpus). */
@Tag("corpus")
class ClippingCorpusTest {
    private static Path budget(String name) {
        return Path.of(System.getProperty("gongkai.shared", "../../shared")).resolve("corpus/budgets").resolve(name);
    }

    /** A page's glyphs in the order they are drawn, as one string. */
    private static String text(PDDocument doc, int page) throws IOException {
        RulingCollector c = new RulingCollector(doc.getPage(page - 1));
        c.collect();
        return c.glyphs().stream().map(Glyph::text).collect(Collectors.joining());
    }

    /**
     * A long text cell printed over two pages, clipped on each: on page 7 the text runs on past the clip (item 9 and
     * after, invisible there) and is shown on page 8. It is read where it is seen, once.
     */
    @Test
    void textPrintedAcrossPagesIsReadWhereItIsSeen() throws IOException {
        try (PDDocument doc = Loader.loadPDF(budget("上海市普陀区财政局部门25年预算.pdf").toFile())) {
            String p7 = text(doc, 7), p8 = text(doc, 8);
            assertTrue(p7.contains("其它行政事业单位养老支出（项）”0.96万元"), "item 8, seen on page 7, is read there");
            assertFalse(p7.contains("78.21万元"), "item 9, cut away on page 7, is not read there");
            assertTrue(p8.contains("行政单位医疗（项）”78.21万元"), "item 9 is read on page 8, where it is seen");
        }
    }

    /** Header cells whose clip grazes their last glyph (码 of 科目编码, 89% of it inside) keep it. */
    @Test
    void aGlyphTheClipOnlyGrazesIsRead() throws IOException {
        try (PDDocument doc = Loader.loadPDF(budget("上海市财政局25年预算.pdf").toFile())) {
            int headers = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String t = text(doc, p);
                for (int i = t.indexOf("科目编"); i >= 0; i = t.indexOf("科目编", i + 1)) {
                    headers++;
                    assertTrue(t.startsWith("科目编码", i), "page " + p + ": " + t.substring(i, Math.min(t.length(), i + 6)));
                }
            }
            assertTrue(headers >= 5, "科目编码 headers found: " + headers);
        }
    }
}

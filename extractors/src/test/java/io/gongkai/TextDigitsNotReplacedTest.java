package io.gongkai;

import io.gongkai.model.Cell;
import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text an OCR tool wrote (trial137's noisy TSV of a real 功能分类 budget table, 上海市普陀区商务委员会 2025): a figure
 * printed {@code 1 410, 886. 00} (a comma read as a space) and, two rows above it, {@code 17,230.00} where 17,280.00 is
 * meant. The identities pinned the first to 1,410,936 — other digits than the text's — and so held over the wrong
 * 17,230, which came out {@code ok}. Digits a text gives are what is printed: taken as read, the 款's sum fails by 50 and
 * every figure under it is flagged.
 */
class TextDigitsNotReplacedTest {
    private static final String HEAD = "2025年部门一般公共预算支出功能分类预算表\n"
            + "编制部门：上海市普陀区商务委员会\t\t\t\t单位：元\n"
            + "功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出\n"
            + "类\t款\t项\t\t\t\t\n"
            + "208\t\t\t社会保障和就业支出\t3,808,085.00\t3,808,085.00\t\n"
            + "208\t05\t\t行政事业单位养老支出\t3,808,085.00\t3,808,085.00\t\n"
            + "208\t05\t01\t行政单位离退休\t1,661,216.00\t1,661,216.00\t\n";
    private static final String TAIL = "208\t05\t05\t机关事业单位基本养老保险缴费支出\t1 410, 886. 00\t1 410, 886. 00\t\n"
            + "208\t05\t06\t机关事业单位职业年金缴费支出\t705,443.00\t705,443.00\t\n"
            + "208\t05\t99\t其他行政事业单位养老支出\t13,260.00\t13,260.00\t\n"
            + "\t\t\t合计\t3,808,085.00\t3,808,085.00\t\n";

    private static Cell cell(Document doc, String code) {
        Table t = doc.tables().get(0);
        Row row = t.rows().stream().filter(r -> r.key().value().equals(code)).findFirst().orElseThrow(() -> new AssertionError(t.toString()));
        return row.cells().get(0);
    }

    private static Document read(Path dir, String misprint) throws Exception {
        Path in = dir.resolve("function.tsv");
        Files.writeString(in, HEAD + "208\t05\t02\t事业单位离退休\t" + misprint + "\t" + misprint + "\t\n" + TAIL, StandardCharsets.UTF_8);
        return Gongkai.extract(in);
    }

    @Test
    void aFigureOtherDigitsWouldMakeAddUpIsNotReplacedAndTheSumFails(@TempDir Path dir) throws Exception {
        Document doc = read(dir, "17,230.00");
        Cell wrong = cell(doc, "2080502");
        assertTrue(wrong.flagged(), "17,230 printed for 17,280: " + wrong);
        Cell spaced = cell(doc, "2080505");
        assertEquals(0, new BigDecimal("1410886.00").compareTo(spaced.number()), "the text's digits, not others: " + spaced);
        assertTrue(spaced.flagged(), spaced.toString());
    }

    @Test
    void aFigureWhoseCommaWasReadAsASpaceIsConfirmedByItsSum(@TempDir Path dir) throws Exception {
        Document doc = read(dir, "17,280.00");
        Cell spaced = cell(doc, "2080505");
        assertEquals(0, new BigDecimal("1410886.00").compareTo(spaced.number()), spaced.toString());
        assertFalse(cell(doc, "2080502").flagged(), cell(doc, "2080502").toString());
        assertTrue(doc.allChecks().stream().noneMatch(c -> c.status() == io.gongkai.model.CheckStatus.FAIL), doc.allChecks().toString());
    }
}

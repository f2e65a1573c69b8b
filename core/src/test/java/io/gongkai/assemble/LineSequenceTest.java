package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 行次 a scan misread, put right by the rows around them, and nothing else touched. */
class LineSequenceTest {
    private static final double OCR = 0.8;

    private static RawBlock block(double confidence, String... lines) {
        List<RawRow> rows = new ArrayList<>();
        rows.add(new RawRow(1, List.of(RawCell.of("项目"), RawCell.of("行次"), RawCell.of("金额"))));
        rows.add(new RawRow(2, List.of(RawCell.of("栏次"), RawCell.of(""), RawCell.of("1"))));
        for (int i = 0; i < lines.length; i++) {
            rows.add(new RawRow(10 + i, List.of(new RawCell("收入" + i, null, confidence), new RawCell(lines[i], null, confidence), new RawCell("0.00", null, confidence))));
        }
        return new RawBlock(1, List.of(1), "t", null, List.of(), rows, List.of());
    }

    private static List<String> lines(RawBlock b) {
        return b.rows().subList(2, b.rows().size()).stream().map(r -> r.cells().get(1).text()).toList();
    }

    @Test
    void misreadLineNumbersTakeTheNumberBetweenTheirNeighbours() {
        LineSequence.Result r = LineSequence.repair(block(OCR, "工", "2", "3", "44", "5", "114", "7", "8", "", "10"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), lines(r.block()));
        assertEquals(4, r.repairs().size(), r.repairs().toString());
        assertEquals("44", r.repairs().get(LineSequence.key(13, 4)).before());
        assertEquals(io.gongkai.model.RepairKind.LINE_FROM_SEQUENCE, r.repairs().get(LineSequence.key(15, 6)).kind());
    }

    @Test
    void aTextLayerIsPrintedAsItIsAndNoLineNumberIsInventedAtTheEnd() {
        assertTrue(LineSequence.repair(block(1.0, "1", "2", "30", "4", "5")).repairs().isEmpty());
        // the last row has no 行次 at all: a row that has none (a note, a subtotal) is not given one
        LineSequence.Result r = LineSequence.repair(block(OCR, "1", "2", "3", ""));
        assertEquals(List.of("1", "2", "3", ""), lines(r.block()));
        // two misreads in a row: nothing to go by, left as read
        assertEquals(List.of("1", "2", "77", "88", "5"), lines(LineSequence.repair(block(OCR, "1", "2", "77", "88", "5")).block()));
    }
}

package io.gongkai.assemble;

import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellReaderTest {
    private static List<String> split(String text) {
        return CellReader.splitJoined(List.of(RawCell.of(text))).stream().map(RawCell::text).toList();
    }

    @Test
    void textOcrCouldHardlyReadIsFlaggedTextItReadWellIsNot() {
        // a newcomer's 120 dpi photocopy: 项目性质 (经常性项目) read "*“ J项目淡别会" at 0.12, status ok
        Cell garbled = CellReader.read(new RawCell("*“ J项目淡别会", null, 0.125), "text", Column.Kind.TEXT);
        assertEquals(CellStatus.SUSPECT, garbled.status());
        assertEquals(RepairKind.OCR_ILLEGIBLE, garbled.repairs().get(0).kind());
        assertEquals("*“ J项目淡别会", garbled.raw());
        assertEquals(CellStatus.OK, CellReader.read(new RawCell("经常性项目", null, 0.9), "text", Column.Kind.TEXT).status());
        assertEquals(CellStatus.OK, CellReader.read(RawCell.of("经常性项目"), "text", Column.Kind.TEXT).status());
    }

    @Test
    void aFigureReadWithLittleConfidenceIsInDoubtWithItsValueKept() {
        // a figure read otherwise than OCR read it (a 1 with a 4's crossbar beside it) comes at 0.3: the value stands
        // for the identities to confirm, not as a figure they may build on
        Cell doubtful = CellReader.read(new RawCell("9,501,164", null, 0.3), "1", Column.Kind.MONEY);
        assertEquals(CellStatus.SUSPECT, doubtful.status());
        assertEquals(0, new java.math.BigDecimal("9501164").compareTo(doubtful.number()));
        assertEquals(RepairKind.OCR_ILLEGIBLE, doubtful.repairs().get(doubtful.repairs().size() - 1).kind());
        assertEquals(CellStatus.OK, CellReader.read(new RawCell("9,501,164", null, 0.45), "1", Column.Kind.MONEY).status());
    }

    @Test
    void aBlankReadWhereTheReadingIsInDoubtIsNotKnownToBeBlank() {
        // an opaque seal's ring over a cell (SealCover): a blank read there may hide a figure — a newcomer's rings over
        // 司法局26's economic table left 14,400.00 a blank, status empty, in a table no identity checked
        Cell hidden = CellReader.read(new RawCell("", null, 0.0), "1", Column.Kind.MONEY);
        assertEquals(CellStatus.SUSPECT, hidden.status());
        assertEquals(null, hidden.number());
        assertEquals(RepairKind.OCR_ILLEGIBLE, hidden.repairs().get(0).kind());
        assertEquals(CellStatus.SUSPECT, CellReader.read(new RawCell("-", null, 0.0), "1", Column.Kind.MONEY).status());
        // read blank where nothing was in doubt: blank
        assertEquals(CellStatus.EMPTY, CellReader.read(new RawCell("", null, 1.0), "1", Column.Kind.MONEY).status());
        assertEquals(CellStatus.EMPTY, CellReader.read(new RawCell("", null, 0.9), "1", Column.Kind.MONEY).status());
    }

    @Test
    void twoFiguresRunTogetherAreTwoCells() {
        // a text layer's two columns an extractor ran together
        assertEquals(List.of("8,678,903.17", "8,678,903.17"), split("8,678,903.17 8,678,903.17"));
    }

    @Test
    void aFigureWithSpacesAfterItsSeparatorsIsOneCell() {
        // OCR of an Excel print in SimSun, whose comma stands apart: 17, 560, 320 (上海市财政局25年预算, 208 社会保障和就业支出)
        assertEquals(List.of("17, 560,320"), split("17, 560,320"));
        assertEquals(List.of("127,886, 849"), split("127,886, 849"));
        assertEquals(List.of("1 410, 886. 00"), split("1 410, 886. 00"));
    }

    @Test
    void aFigureGroupedBySpacesIsOneCellReadAsRepaired() {
        // OCR of the case ocr-markdown-html: 16 231 840.80 is one figure, and says how it was read
        assertEquals(List.of("16 231 840.80"), split("16 231 840.80"));
        Cell c = CellReader.read(RawCell.of("16 231 840.80"), "1", Column.Kind.MONEY);
        assertEquals(0, new BigDecimal("16231840.80").compareTo(c.number()));
        assertEquals(CellStatus.REPAIRED, c.status());
        assertEquals(List.of(new Repair(io.gongkai.model.RepairKind.SPACE_SEPARATORS, "16 231 840.80", "16,231,840.80")), c.repairs());
        Cell p = CellReader.read(RawCell.of("22,186,440。80"), "1", Column.Kind.MONEY);
        assertEquals(0, new BigDecimal("22186440.80").compareTo(p.number()));
        assertEquals(CellStatus.REPAIRED, p.status());
        // two figures run together stay two cells
        assertEquals(List.of("100.00", "200.00"), split("100.00 200.00"));
    }
}

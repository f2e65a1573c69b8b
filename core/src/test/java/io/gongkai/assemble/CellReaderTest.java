package io.gongkai.assemble;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellReaderTest {
    private static List<String> split(String text) {
        return CellReader.splitJoined(List.of(RawCell.of(text))).stream().map(RawCell::text).toList();
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
    }
}

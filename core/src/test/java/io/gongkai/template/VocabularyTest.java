package io.gongkai.template;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table label and the note, as the seed's OCR text and the real budgets print them. */
class VocabularyTest {
    @Test
    void aPrintedLabelGivesItsNumber() {
        assertEquals("05", Vocabulary.tableNumber("公开05表"));
        assertEquals("05", Vocabulary.tableNumber("公 开 5 表"), "spaced as OCR leaves it");
        assertEquals("12", Vocabulary.tableNumber("公开12老"), "表 read 老");
        assertEquals("07", Vocabulary.tableNumber("公开０７表"), "full-width digits");
        assertNull(Vocabulary.tableNumber("收入支出决算表"));
        assertNull(Vocabulary.tableNumber(null));
    }

    @Test
    void aNoteIsANoteAndAColumnsHeaderIsNot() {
        assertTrue(Vocabulary.isNote("注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"));
        assertTrue(Vocabulary.isNote("注1: 单位为元"));
        assertTrue(Vocabulary.isNote("说明：…"));
        assertFalse(Vocabulary.isNote("备注"), "a 备注 column's header");
        assertTrue(Vocabulary.startsNote(" 注 本表为空表"));
        assertFalse(Vocabulary.startsNote("收入支出决算表"));
    }
}

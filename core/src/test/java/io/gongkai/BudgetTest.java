package io.gongkai;

import io.gongkai.error.BudgetExceededException;
import io.gongkai.budget.Budget;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document's count against its budget: each limit throws once passed, naming itself and how to raise it; 0 is none. */
class BudgetTest {

    @Test
    void cellsOverTheLimitThrowAndSayWhichLimit() {
        Budget.Deadline d = Budget.unlimited().withCells(100).start().source("rows.tsv");
        d.cells(60, "line 1");
        d.cells(40, "line 2");
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> d.cells(1, "line 3"));
        assertEquals(Budget.Limit.CELLS, e.limit());
        assertTrue(e.getMessage().startsWith("rows.tsv: more than 100 table cells (line 3)"), e.getMessage());
        assertTrue(e.getMessage().contains("--max-cells"), e.getMessage());
    }

    @Test
    void textIsRefusedByItsSizeBeforeItIsRead() {
        Budget.Deadline d = Budget.unlimited().withCharacters(1000).start();
        assertDoesNotThrow(() -> d.text(4000, -1), "4 bytes a character at most: 4,000 bytes may still be 1,000 characters");
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> d.text(4001, -1));
        assertEquals(Budget.Limit.CHARACTERS, e.limit());
        assertTrue(e.getMessage().contains("4,001 bytes"), e.getMessage());
        assertThrows(BudgetExceededException.class, () -> d.text(-1, 1001), "and by its characters once decoded");
    }

    @Test
    void pixelsOverTheLimitThrow() {
        Budget.Deadline d = Budget.unlimited().withPixels(10_000_000).start();
        d.pixels(8_700_000, "page 1");
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> d.pixels(8_700_000, "page 2"));
        assertEquals(Budget.Limit.PIXELS, e.limit());
        assertTrue(e.getMessage().contains("page 2") && e.getMessage().contains("--ocr-dpi"), e.getMessage());
    }

    @Test
    void aSpentDeadlineThrowsAtTheNextCheck() {
        Budget.Deadline d = Budget.unlimited().withTime(Duration.ofNanos(1)).start().source("noise.jpg");
        long t = System.nanoTime();
        while (System.nanoTime() - t < 1000) Thread.onSpinWait();
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> d.check("OCR of page 1"));
        assertEquals(Budget.Limit.TIME, e.limit());
        assertTrue(e.getMessage().startsWith("noise.jpg: over its time budget") && e.getMessage().contains("OCR of page 1"), e.getMessage());
    }

    @Test
    void zeroIsNoLimit() {
        Budget.Deadline d = Budget.unlimited().start();
        assertDoesNotThrow(() -> {
            d.cells(Long.MAX_VALUE / 2, "all");
            d.pixels(Long.MAX_VALUE / 2, "all");
            d.text(Long.MAX_VALUE / 8, Integer.MAX_VALUE);
            d.check("anything");
        });
        assertThrows(IllegalArgumentException.class, () -> Budget.defaults().withCells(-1));
    }

    @Test
    void aPageAddedAheadIsNotAddedAgainWhenItIsRead() {
        // an image file's pages are converted before they are read: their OCR time is added as they are converted
        Budget.Deadline d = Budget.defaults().start();
        assertEquals(Duration.ofSeconds(30), d.allowed());
        d.ocrPageAhead("page 1 converted");
        d.ocrPageAhead("page 2 converted");
        assertEquals(Duration.ofSeconds(70), d.allowed());
        d.ocrPage("OCR of page 1");
        d.ocrPage("OCR of page 2");
        assertEquals(Duration.ofSeconds(70), d.allowed(), "the pages converted were counted once");
        d.ocrPage("OCR of page 3");
        assertEquals(Duration.ofSeconds(90), d.allowed());
        assertEquals(Duration.ZERO, Budget.unlimited().start().allowed());
    }

    /** Spends this much of the calling thread's CPU time (not the clock's: a loaded machine gives a thread less). */
    private static void spin(long millis) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - t < millis * 1_000_000) Thread.onSpinWait();
    }

    /**
     * Time is the CPU time of the threads reading the document: a thread that waits (for the machine, busy with other
     * work, or for a page read elsewhere) spends none of it; on the clock a document may take four times its budget.
     */
    @Test
    void aDeadlineCountsTheCpuTimeOfItsThreadsWithTheClockAsABackstop() throws Exception {
        Budget.Deadline d = Budget.unlimited().withTime(Duration.ofMillis(300)).start().source("scan.pdf");
        Thread.sleep(400);
        assertDoesNotThrow(() -> d.check("waiting"), "400 ms of waiting is no time spent");
        // a page read on another thread: its CPU time is the document's
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            pool.submit(d.counted(() -> { spin(400); return null; })).get();
        } finally {
            pool.shutdown();
        }
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> d.check("OCR of page 2"));
        assertTrue(e.getMessage().contains("CPU time"), e.getMessage());

        Budget.Deadline idle = Budget.unlimited().withTime(Duration.ofMillis(50)).start().source("scan.pdf");
        Thread.sleep(250);
        BudgetExceededException late = assertThrows(BudgetExceededException.class, () -> idle.check("waiting"));
        assertTrue(late.getMessage().contains("on the clock"), late.getMessage());
    }
}

package io.gongkai.budget;

import io.gongkai.error.BudgetExceededException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much one document may take: time, pixels read by OCR, characters of text input, table cells read. A document
 * that needs more is not read: a {@link BudgetExceededException} says which limit and how to raise it (a batch records
 * it as a failure and goes on). The defaults keep any input, however odd (a page of noise, a 50 MB line of text, a
 * spreadsheet's worth of rows), under about a minute and 1.5 GB, and are far above what a disclosure needs: a budget
 * of 40 tables is about 20,000 cells and 100,000 characters of OCR text, a scanned page 9 megapixels at 300 dpi.
 *
 * <p>A value of 0 is no limit. Immutable; {@link #start()} begins the count for one document.
 *
 * @param time         the document's time, before any page read by OCR: CPU time of the threads reading it, so that a
 *                     machine busy with other work refuses no document it would read alone (a newcomer's 13 s page,
 *                     read beside a second job on two cores, had been refused after 62 s); and at most
 *                     {@value Deadline#WALL_TIMES} times as much time on the clock, whatever a thread is waiting for
 * @param ocrPageTime  time added for each page read by OCR (PP-OCRv4 reads a page in 2-5 s on one core), counted alike
 * @param pixels       pixels of page images read by OCR, over the whole document
 * @param characters   characters of a text input (its size in bytes is checked before it is read: at most four bytes a
 *                     character in any encoding read)
 * @param cells        table cells read (rows times columns, every table), before templates and identities
 * @since 0.1.0
 */
public record Budget(Duration time, Duration ocrPageTime, long pixels, long characters, long cells) {
    /** The limits, as messages and {@link BudgetExceededException#limit()} name them. */
    public enum Limit { TIME, PIXELS, CHARACTERS, CELLS }

    public Budget {
        if (time == null || time.isNegative() || ocrPageTime == null || ocrPageTime.isNegative() || pixels < 0 || characters < 0 || cells < 0) {
            throw new IllegalArgumentException("a budget's limits are 0 (none) or positive");
        }
    }

    /** 30 s and 20 s a page read by OCR; 2 gigapixels (about 230 pages at 300 dpi); 8 million characters; 250,000 cells. */
    public static Budget defaults() {
        return new Budget(Duration.ofSeconds(30), Duration.ofSeconds(20), 2_000_000_000L, 8_000_000L, 250_000L);
    }

    /** No limit at all. */
    public static Budget unlimited() {
        return new Budget(Duration.ZERO, Duration.ZERO, 0, 0, 0);
    }

    /** This budget with another time limit (0: none). */
    public Budget withTime(Duration time) {
        return new Budget(time, ocrPageTime, pixels, characters, cells);
    }

    /** This budget with another cell limit (0: none). */
    public Budget withCells(long cells) {
        return new Budget(time, ocrPageTime, pixels, characters, cells);
    }

    /** This budget with another limit on the characters of a text input (0: none). */
    public Budget withCharacters(long characters) {
        return new Budget(time, ocrPageTime, pixels, characters, cells);
    }

    /** This budget with another limit on the pixels read by OCR (0: none). */
    public Budget withPixels(long pixels) {
        return new Budget(time, ocrPageTime, pixels, characters, cells);
    }

    /** Begins the count for one document: its clock starts now. */
    public Deadline start() {
        return new Deadline(this);
    }

    /**
     * One document's count against its budget, passed along to every stage that can take long (reading text, OCR of
     * each page and of its phrases, grids, template matching, identities, writers). Each stage calls {@link #check} (a
     * clock read) or adds what it reads; the first to go over throws. Time is the CPU time of the threads that read the
     * document: the thread that started the deadline, and each task run through {@link #counted} while it runs (OCR runs
     * on the thread that calls it: Tesseract with {@code OMP_THREAD_LIMIT=1}, ONNX Runtime with one intra-op thread); the
     * clock's time is a backstop at {@value #WALL_TIMES} times the allowance. Where the JVM measures no thread's CPU time,
     * the clock's time is counted. Thread-safe: a document's pages read by OCR in parallel share one.
     */
    public static final class Deadline {
        /** A deadline that never passes: for callers that give none. */
        public static final Deadline NONE = unlimited().start();
        /** How many times its allowance a document may take on the clock, its threads waiting or not. */
        public static final int WALL_TIMES = 4;
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private static final boolean CPU = cpuMeasured();

        private final Budget budget;
        private final long start = System.nanoTime();
        /** The CPU time of the tasks that ended, and the threads at work now with their CPU time when they began. */
        private final AtomicLong cpuDone = new AtomicLong();
        private final java.util.concurrent.ConcurrentHashMap<Thread, Long> working = new java.util.concurrent.ConcurrentHashMap<>();
        private final AtomicLong allowedNanos;
        private final AtomicLong pixels = new AtomicLong(), cells = new AtomicLong();
        /** OCR pages whose time was added ahead ({@link #ocrPageAhead}), not to be added again when they are read. */
        private final AtomicInteger pagesAhead = new AtomicInteger();
        private volatile String source = "the document";

        private Deadline(Budget budget) {
            this.budget = budget;
            this.allowedNanos = new AtomicLong(budget.time().toNanos());
            if (CPU && !budget.time().isZero()) working.put(Thread.currentThread(), THREADS.getCurrentThreadCpuTime());
        }

        private static boolean cpuMeasured() {
            try {
                return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
            } catch (UnsupportedOperationException e) {
                return false;
            }
        }

        /**
         * The task, its thread's CPU time counted against this deadline while it runs: for work done for the document on
         * another thread (a page read by OCR in a pool).
         */
        public <T> java.util.concurrent.Callable<T> counted(java.util.concurrent.Callable<T> task) {
            if (!CPU || budget.time().isZero()) return task;
            return () -> {
                Thread me = Thread.currentThread();
                Long begun = THREADS.getCurrentThreadCpuTime();
                if (working.putIfAbsent(me, begun) != null) return task.call(); // already counted (the starting thread)
                try {
                    return task.call();
                } finally {
                    working.remove(me);
                    cpuDone.addAndGet(Math.max(0, THREADS.getCurrentThreadCpuTime() - begun));
                }
            };
        }

        /** The CPU time spent on the document so far: the tasks that ended and the threads at work now. */
        private long cpuSpent() {
            long spent = cpuDone.get();
            for (var w : working.entrySet()) {
                Thread t = w.getKey();
                long now = t == Thread.currentThread() ? THREADS.getCurrentThreadCpuTime() : THREADS.getThreadCpuTime(t.getId());
                if (now >= 0) spent += Math.max(0, now - w.getValue());
            }
            return spent;
        }

        /** The budget counted against. */
        public Budget budget() {
            return budget;
        }

        /** The time the document is allowed so far: its budget's time and each OCR page's added (zero: no limit). */
        public Duration allowed() {
            return budget.time().isZero() ? Duration.ZERO : Duration.ofNanos(allowedNanos.get());
        }

        /** Names the document in messages (its file name). */
        public Deadline source(String source) {
            if (source != null) this.source = source;
            return this;
        }

        /**
         * Throws when the document's time is spent.
         *
         * @param stage what was being done, for the message ("template matching", "OCR of page 3")
         * @throws BudgetExceededException past the deadline
         */
        public void check(String stage) {
            long allowed = allowedNanos.get();
            if (budget.time().isZero() || allowed <= 0) return;
            long wall = System.nanoTime() - start;
            long spent = CPU ? cpuSpent() : wall;
            if (spent > allowed || wall / WALL_TIMES > allowed) {
                String what = !CPU ? String.format("%.0f s spent", wall / 1e9) : spent > allowed ? String.format("%.0f s of CPU time spent", spent / 1e9)
                        : String.format("%.0f s spent on the clock, over %d times the budget", wall / 1e9, WALL_TIMES);
                throw new BudgetExceededException(Limit.TIME, String.format("%s: over its time budget of %d s (%s; %s, %s): not read;"
                                + " raise the limit (--max-seconds; 0 for none) if the document is worth it", source, Math.round(allowed / 1e9), stage, what,
                        budget.time().getSeconds() + " s" + (budget.ocrPageTime().isZero() ? "" : " + " + budget.ocrPageTime().getSeconds() + " s a page read by OCR")));
            }
        }

        /**
         * Adds a page's time to the budget: a page read by OCR takes seconds; the document's time is then checked. A
         * page whose time was added ahead ({@link #ocrPageAhead}) adds nothing more.
         */
        public void ocrPage(String stage) {
            boolean ahead = pagesAhead.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
            if (!budget.time().isZero() && !ahead) allowedNanos.addAndGet(budget.ocrPageTime().toNanos());
            check(stage);
        }

        /**
         * Adds a page's OCR time before the page is read: an image file's page, converted (decoded, stored) before the
         * document is read, is a page read by OCR, and a long scan must not be refused while its pages are converted,
         * before any of them is read. The next {@link #ocrPage} call (the page read) adds nothing; the document's time is
         * then checked.
         */
        public void ocrPageAhead(String stage) {
            if (!budget.time().isZero()) {
                allowedNanos.addAndGet(budget.ocrPageTime().toNanos());
                pagesAhead.incrementAndGet();
            }
            check(stage);
        }

        /**
         * Counts pixels about to be read by OCR.
         *
         * @throws BudgetExceededException when the document's pixels, these included, are over the limit, or its time is spent
         */
        public void pixels(long n, String stage) {
            long total = pixels.addAndGet(n);
            if (budget.pixels() > 0 && total > budget.pixels()) {
                throw new BudgetExceededException(Limit.PIXELS, String.format("%s: over its budget of %,d pixels read by OCR (%s brings it to %,d): not read;"
                        + " read fewer pages (--pages) or at a lower resolution (--ocr-dpi)", source, budget.pixels(), stage, total));
            }
            check(stage);
        }

        /**
         * Counts table cells read.
         *
         * @throws BudgetExceededException when the document's cells, these included, are over the limit, or its time is spent
         */
        public void cells(long n, String stage) {
            long total = cells.addAndGet(n);
            if (budget.cells() > 0 && total > budget.cells()) {
                throw new BudgetExceededException(Limit.CELLS, String.format("%s: more than %,d table cells (%s): not a disclosure's tables, or too many of them"
                        + " at once; not read (split it, or raise the limit: --max-cells, 0 for none)", source, budget.cells(), stage));
            }
            check(stage);
        }

        /**
         * Checks the size of a text input before it is read ({@code bytes}: at most four a character in any encoding read)
         * or after it is decoded ({@code characters}).
         *
         * @param bytes      its size in bytes, or -1 when only the characters are known
         * @param characters its length in characters, or -1 before it is decoded
         * @throws BudgetExceededException when the text is surely longer than the limit
         */
        public void text(long bytes, long characters) {
            long max = budget.characters();
            if (max <= 0) return;
            if (bytes > 4 * max || characters > max) {
                String size = characters >= 0 ? String.format("%,d characters", characters) : String.format("%,d bytes", bytes);
                throw new BudgetExceededException(Limit.CHARACTERS, String.format("%s: text of %s is over the budget of %,d characters (the OCR text of a"
                        + " whole disclosure is a few hundred thousand): not read (split it, or raise the limit: --max-characters, 0 for none)", source, size, max));
            }
        }
    }
}

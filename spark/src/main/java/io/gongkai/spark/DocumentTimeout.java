package io.gongkai.spark;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a document on a thread of its own and waits for it no longer than a time limit. Each calling thread (a Spark
 * task thread) keeps its reader thread, so the OCR engines a thread keeps (Tesseract's) serve its documents one after
 * another; a reader idle for a minute ends. Past the limit the reader is interrupted and left to end by itself (the
 * document's budget ends it at its next check, if the interrupt does not), and the caller's next document gets a new one.
 */
final class DocumentTimeout {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadLocal<ThreadPoolExecutor> READER = ThreadLocal.withInitial(DocumentTimeout::reader);

    private DocumentTimeout() {
    }

    /**
     * What {@code work} returns, if it returns within {@code limit}.
     *
     * @param limit zero for no limit
     * @throws TimeoutException     past the limit (the work is then abandoned)
     * @throws ExecutionException   what the work threw, as its cause
     * @throws InterruptedException when the caller is interrupted while it waits (Spark kills the task): the work is abandoned too
     */
    static <T> T call(Callable<T> work, Duration limit) throws TimeoutException, ExecutionException, InterruptedException {
        ThreadPoolExecutor reader = READER.get();
        Future<T> f = reader.submit(work);
        try {
            return limit.isZero() ? f.get() : f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            f.cancel(true);
            reader.shutdown();
            READER.remove();
            throw e;
        }
    }

    private static ThreadPoolExecutor reader() {
        ThreadPoolExecutor reader = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "gongkai-document-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        reader.allowCoreThreadTimeOut(true);
        return reader;
    }
}

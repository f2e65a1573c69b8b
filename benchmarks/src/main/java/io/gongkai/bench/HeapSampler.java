package io.gongkai.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The heap used (MB), sampled every 0.1 s on a thread of its own from {@link #start()} to {@link #close()}. */
final class HeapSampler implements AutoCloseable {
    private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread = new Thread(this::sample, "heap-sampler");

    private HeapSampler() {
    }

    /** Collects the garbage of what ran before, then samples. */
    static HeapSampler start() {
        System.gc();
        HeapSampler h = new HeapSampler();
        h.thread.setDaemon(true);
        h.thread.start();
        return h;
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            samples.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The sample taken at a fraction of the run (0.1: a tenth in); NaN when none was taken. */
    double at(double fraction) {
        synchronized (samples) {
            return samples.isEmpty() ? Double.NaN : samples.get((int) Math.min(samples.size() - 1, samples.size() * fraction));
        }
    }

    /** The largest sample; NaN when none was taken. */
    double max() {
        synchronized (samples) {
            return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}

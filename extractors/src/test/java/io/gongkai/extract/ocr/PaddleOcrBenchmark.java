package io.gongkai.extract.ocr;

import org.opencv.core.Mat;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times the paddle engine's parts on this machine, one thread (a main program, not a test):
 * {@code java -cp <test classpath> io.gongkai.extract.ocr.PaddleOcrBenchmark [page.png ...]}. Prints CPU ms of the
 * calling thread (ONNX Runtime runs on it, one intra-op thread), the median of several runs.
 */
public final class PaddleOcrBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PaddleOcrBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Runtime rt = Runtime.getRuntime();
        long rss0 = rss();
        PaddleOcr ocr = new PaddleOcr();
        ocr.recognize(List.of(RenderedText.line("0.00", 10.5, 200, 0.2)), null);
        ocr.read(RenderedText.blank(64, 64));
        ocr.upsideDown(List.of(RenderedText.line("0.00", 10.5, 200, 0.2)));
        System.gc();
        System.out.printf("after loading the three models: RSS %d MB (%d MB before), heap used %d MB%n",
                rss() / 1024, rss0 / 1024, (rt.totalMemory() - rt.freeMemory()) >> 20);

        for (String[] kind : new String[][]{{"12-character figure", "38,454,900.00"}, {"8-character label", "一般公共服务支出"}}) {
            for (int dpi : new int[]{200, 300}) {
                BufferedImage line = RenderedText.line(kind[1], 10.5, dpi, 0.2);
                for (int batch : new int[]{1, 2, 4, 8, 16}) {
                    for (int minWidth : new int[]{320, TextRecognizer.HEIGHT}) {
                        TextRecognizer rec = new TextRecognizer(batch, minWidth, 1600, 16);
                        PaddleOcr engine = new PaddleOcr(null, rec, null, new LineMargin(0.5));
                        List<BufferedImage> lines = new ArrayList<>();
                        for (int i = 0; i < 32; i++) lines.add(line);
                        double ms = median(() -> engine.recognize(lines, null), 5) / lines.size();
                        System.out.printf("recognition, %s (%dx%d at %d dpi), batch %d, min width %d: %.1f ms per line%n",
                                kind[0], line.getWidth(), line.getHeight(), dpi, batch, minWidth, ms);
                    }
                }
            }
        }
        List<BufferedImage> lines = new ArrayList<>();
        for (int i = 0; i < 32; i++) lines.add(RenderedText.line("一般公共服务支出", 10.5, 200, 0.2));
        System.out.printf("angle classifier: %.1f ms per line (batches of 4)%n", median(() -> ocr.upsideDown(lines), 5) / lines.size());

        List<BufferedImage> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int dpi : new int[]{200, 300}) {
            pages.add(MixedPage.make(dpi).image());
            names.add("rendered A4 page at " + dpi + " dpi");
        }
        for (String a : args) {
            pages.add(ImageIO.read(new File(a)));
            names.add(a);
        }
        TextDetector detector = new TextDetector(PaddleOcr.DETECTION_MAX_SIDE, DbPostProcess.PADDLE);
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage page = pages.get(i);
            Mat mat = io.gongkai.extract.image.OpenCv.mat(page);
            double detect = median(() -> detector.detect(mat), 5);
            mat.release();
            double read = median(() -> ocr.read(page), 3);
            System.out.printf("%s (%dx%d): detection %.0f ms, read (detection and recognition of %d lines) %.0f ms%n",
                    names.get(i), page.getWidth(), page.getHeight(), detect, ocr.read(page).size(), read);
        }
        System.gc();
        System.out.printf("at the end: RSS %d MB, heap used %d MB%n", rss() / 1024, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /** The median CPU milliseconds of the calling thread over runs (after one unmeasured run). */
    private static double median(Supplier<?> run, int runs) {
        run.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            run.get();
            ms[i] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    /** Resident set size in kB (Linux), or 0. */
    private static long rss() {
        try {
            for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D+", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return 0;
    }
}

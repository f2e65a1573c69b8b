package io.gongkai.bench;

import io.gongkai.grid.Glyph;
import io.gongkai.grid.GridBuilder;
import io.gongkai.grid.Segment;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JMH for the hot paths: reading a number cell (clean and OCR-damaged), normalizing a label, building a 40 × 18 grid.
 * {@code java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" org.openjdk.jmh.Main HotPaths}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class HotPaths {
    private List<Glyph> glyphs;
    private List<Segment> segments;
    private final GridBuilder builder = new GridBuilder();

    @Setup
    public void grid() {
        glyphs = new ArrayList<>();
        segments = new ArrayList<>();
        int rows = 40, cols = 18;
        for (int r = 0; r <= rows; r++) segments.add(new Segment(20, 20 + r * 15.6, 20 + cols * 44, 20 + r * 15.6));
        for (int c = 0; c <= cols; c++) segments.add(new Segment(20 + c * 44, 20, 20 + c * 44, 20 + rows * 15.6));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = 22 + c * 44, base = 20 + r * 15.6 + 11;
                for (int k = 0; k < 7; k++) glyphs.add(new Glyph("8", x + k * 5, base - 7, x + k * 5 + 5, base + 1, 9));
            }
        }
    }

    @Benchmark
    public Object cleanNumber() {
        return NumberParser.parse("103,266,640.20", 2);
    }

    @Benchmark
    public Object ocrNumber() {
        return NumberParser.parse("103, 266, 640. 20", 2);
    }

    @Benchmark
    public Object label() {
        return TextNormalizer.canonical("一般公共预算财政拨款收入支出决算表");
    }

    @Benchmark
    public Object gridOf720Cells() {
        return builder.lattice(1, glyphs, segments);
    }
}

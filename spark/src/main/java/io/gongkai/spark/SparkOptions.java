package io.gongkai.spark;

import io.gongkai.Options;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * How the Spark extraction reads each document. Every other setting is {@code gongkai batch}'s default (the native
 * engine, {@link io.gongkai.budget.Budget#defaults()}), so that both make the same dataset; OCR reads one page of a document at
 * a time (the executor's cores read documents in parallel, one each).
 *
 * @param ocr        the OCR engines for scanned pages: {@code BOTH} (PP-OCRv4, Tesseract corroborating), {@code PADDLE}
 *                   or {@code TESSERACT}, as {@code extract --ocr-engine}
 * @param docTimeout how long one document may take, wall clock, before it is given up and becomes a failures row
 *                   ({@code timeout after 300s}); zero for no limit (its budget still applies)
 * @since 0.1.0
 */
public record SparkOptions(Options.Ocr ocr, Duration docTimeout) implements Serializable {
    public SparkOptions {
        if (ocr == null || docTimeout == null || docTimeout.isNegative()) throw new IllegalArgumentException("an OCR engine and a timeout of 0 (none) or more");
    }

    /** Both OCR engines, 300 s a document. */
    public static SparkOptions defaults() {
        return new SparkOptions(Options.Ocr.BOTH, Duration.ofSeconds(300));
    }

    /** These options with another OCR engine. */
    public SparkOptions withOcr(Options.Ocr engine) {
        return new SparkOptions(engine, docTimeout);
    }

    /** These options with another time limit a document (zero: none). */
    public SparkOptions withDocTimeout(Duration limit) {
        return new SparkOptions(ocr, limit);
    }

    /** The library's options a document is read with. */
    Options options() {
        return Options.builder().ocr(ocr).ocrThreads(1).build();
    }

    /** The time limit as its failures say it: {@code 300s}, {@code 0.05s}. */
    String timeoutText() {
        return BigDecimal.valueOf(docTimeout.toNanos(), 9).stripTrailingZeros().toPlainString() + "s";
    }

    /**
     * A duration as the command line gives it: a number of seconds, or a number with a unit: {@code 300s},
     * {@code 5m}, {@code 1h}, {@code 500ms}, {@code 0.5s}.
     *
     * @throws IllegalArgumentException when it is none of these
     */
    public static Duration parseDuration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?").matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("not a duration: " + text + " (300s, 5m, 1h, 500ms)");
        BigDecimal n = new BigDecimal(m.group(1));
        long nanosPerUnit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> 1_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 1_000_000_000L;
        };
        return Duration.ofNanos(n.multiply(BigDecimal.valueOf(nanosPerUnit)).longValueExact());
    }
}

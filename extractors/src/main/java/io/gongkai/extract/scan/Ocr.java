package io.gongkai.extract.scan;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.PointerByReference;
import io.gongkai.EngineUnavailableException;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tesseract engines (tess4j's JNA mapping of the system's libtesseract), each initialized once and kept: tess4j's
 * {@code Tesseract} class loads the language model again on every call, which costs more than reading a table cell.
 * Engines are not thread-safe: one {@code Ocr} per thread. OpenMP inside Tesseract is switched off
 * (OMP_THREAD_LIMIT=1): on few cores it made OCR several times slower; parallelism comes from one engine per thread.
 */
final class Ocr {
    static final String PACKAGES = "apt-get install tesseract-ocr tesseract-ocr-chi-sim";
    /** What a figure is written with (look-alike letters are not in it, so Tesseract cannot read 1 as 工 or l). */
    static final String FIGURE_CHARS = "0123456789.,-";
    private static final Cleaner CLEANER = Cleaner.create();
    /** Engines not yet closed: closed when the JVM exits (else libtesseract reports its models as leaked on stderr). */
    private static final java.util.Set<Engine> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Engine::close), "gongkai-ocr-close"));
    }
    private static volatile boolean envSet;
    private final String data;
    private final TessAPI api;
    private final java.util.EnumMap<Mode, Engine> engines = new java.util.EnumMap<>(Mode.class);

    /** What an engine reads: a language model, a page segmentation mode, and for figures a character whitelist. */
    private enum Mode {
        LINE("chi_sim", ITessAPI.TessPageSegMode.PSM_SINGLE_LINE, null),
        BLOCK("chi_sim", ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK, null),
        SPARSE("chi_sim", ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT, null),
        // figures: Tesseract's English model, which reads lone digits better than the Chinese one (chi_sim if it is absent)
        FIGURE("eng", ITessAPI.TessPageSegMode.PSM_SINGLE_LINE, FIGURE_CHARS),
        FIGURE_CHINESE("chi_sim", ITessAPI.TessPageSegMode.PSM_SINGLE_LINE, FIGURE_CHARS);

        final String language;
        final int psm;
        final String whitelist;

        Mode(String language, int psm, String whitelist) {
            this.language = language;
            this.psm = psm;
            this.whitelist = whitelist;
        }
    }

    Ocr() {
        limitThreads();
        data = tessdata();
        api = api();
    }

    /** The engine of a mode, made on first use (each loads a model: a third of a second for Chinese). */
    private Engine engine(Mode mode) {
        return engines.computeIfAbsent(mode, m -> {
            String language = Files.isRegularFile(Path.of(data, m.language + ".traineddata")) ? m.language : "chi_sim";
            Engine e = new Engine(api, data, language, m.psm, m.whitelist);
            CLEANER.register(this, e::close);
            return e;
        });
    }

    /** A recognized line or word, its box in the image given, and Tesseract's confidence (0–100). */
    record Line(String text, Rectangle box, float confidence) {
    }

    /** The text lines of an image: one line ({@code singleLine}) or a block of several. */
    List<Line> lines(BufferedImage image, boolean singleLine) {
        return engine(singleLine ? Mode.LINE : Mode.BLOCK).read(image, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE);
    }

    /** The words of a page image (sparse text: a table's cells, the lines around it), each with its box. */
    List<Line> words(BufferedImage image) {
        return engine(Mode.SPARSE).read(image, ITessAPI.TessPageIteratorLevel.RIL_WORD);
    }

    /** A one-line image read as a figure (digits and separators only); null when nothing was read. */
    Line figure(BufferedImage image) {
        return figure(image, false);
    }

    /** As {@link #figure(BufferedImage)}, with the Chinese model ({@code chinese}) or the English one. */
    Line figure(BufferedImage image, boolean chinese) {
        List<Line> words = engine(chinese ? Mode.FIGURE_CHINESE : Mode.FIGURE).read(image, ITessAPI.TessPageIteratorLevel.RIL_WORD);
        if (words.isEmpty()) return null;
        String text = words.stream().map(Line::text).reduce("", String::concat);
        float conf = (float) words.stream().mapToDouble(Line::confidence).min().orElse(0);
        return new Line(text, words.get(0).box(), conf);
    }

    /** One initialized engine: a language, a page segmentation mode, optionally a character whitelist. */
    private static final class Engine {
        private final TessAPI api;
        private final ITessAPI.TessBaseAPI handle;
        private boolean closed;

        Engine(TessAPI api, String data, String language, int psm, String whitelist) {
            this.api = api;
            handle = api.TessBaseAPICreate();
            PointerByReference configs = new PointerByReference();
            configs.setPointer(new StringArray(new String[0]));
            if (api.TessBaseAPIInit1(handle, data, language, ITessAPI.TessOcrEngineMode.OEM_DEFAULT, configs, 0) != 0) {
                api.TessBaseAPIDelete(handle);
                throw new EngineUnavailableException("Tesseract could not load its '" + language + "' model from " + data + ": " + PACKAGES);
            }
            api.TessBaseAPISetPageSegMode(handle, psm);
            api.TessBaseAPISetVariable(handle, "user_defined_dpi", "300");
            api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null"); // Tesseract's progress notes ("Detected 245 diacritics") are not ours to print
            if (whitelist != null) api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist);
            LIVE.add(this);
        }

        synchronized List<Line> read(BufferedImage image, int level) {
            if (closed) throw new IllegalStateException("OCR engine closed");
            BufferedImage gray = image;
            if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY || ((DataBufferByte) gray.getRaster().getDataBuffer()).getData().length != gray.getWidth() * gray.getHeight()) {
                // another pixel format, or a sub-image sharing its parent's pixels: copied out as 8-bit gray
                gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
                gray.getGraphics().drawImage(image, 0, 0, null);
            }
            int w = gray.getWidth(), h = gray.getHeight();
            byte[] src = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
            ByteBuffer buf = ByteBuffer.allocateDirect(w * h);
            buf.put(src).flip();
            List<Line> out = new ArrayList<>();
            api.TessBaseAPISetImage(handle, buf, w, h, 1, w);
            try {
                if (api.TessBaseAPIRecognize(handle, null) != 0) return out;
                ITessAPI.TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
                if (ri == null) return out;
                ITessAPI.TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
                api.TessPageIteratorBegin(pi);
                IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
                do {
                    Pointer p = api.TessResultIteratorGetUTF8Text(ri, level);
                    if (p == null) continue;
                    String text = p.getString(0, "UTF-8").strip();
                    api.TessDeleteText(p);
                    float conf = api.TessResultIteratorConfidence(ri, level);
                    l.clear(); t.clear(); r.clear(); b.clear();
                    api.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
                    if (!text.isEmpty()) out.add(new Line(text, new Rectangle(l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0)), conf));
                } while (api.TessPageIteratorNext(pi, level) == ITessAPI.TRUE);
                api.TessResultIteratorDelete(ri);
                return out;
            } finally {
                api.TessBaseAPIClear(handle);
            }
        }

        synchronized void close() {
            if (closed) return;
            closed = true;
            LIVE.remove(this);
            api.TessBaseAPIEnd(handle);
            api.TessBaseAPIDelete(handle);
        }
    }

    private static TessAPI api() {
        try {
            quietLeptonica();
            return TessAPI.INSTANCE;
        } catch (LinkageError e) {
            throw new EngineUnavailableException("this page is a scan and needs Tesseract OCR, which cannot be loaded (" + e.getMessage() + "): " + PACKAGES);
        }
    }

    /** Where Tesseract's models are: the system property {@code gongkai.tessdata} if set (and nowhere else), else the usual places. */
    private static String tessdata() {
        String forced = System.getProperty("gongkai.tessdata");
        if (forced != null) {
            if (Files.isRegularFile(Path.of(forced, "chi_sim.traineddata"))) return forced;
            throw new EngineUnavailableException("this page is a scan and needs Tesseract OCR with Simplified Chinese (no chi_sim.traineddata in "
                    + forced + ", the folder gongkai.tessdata names; " + PACKAGES + ")");
        }
        String env = System.getenv("TESSDATA_PREFIX");
        for (String dir : new String[]{env, "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata"}) {
            if (dir != null && Files.isRegularFile(Path.of(dir, "chi_sim.traineddata"))) return dir;
        }
        throw new EngineUnavailableException("this page is a scan and needs Tesseract OCR with Simplified Chinese (chi_sim.traineddata not found; set TESSDATA_PREFIX or " + PACKAGES + ")");
    }

    private interface Lept extends Library {
        int setMsgSeverity(int severity);
    }

    /** Leptonica's complaints about empty crops ("box outside rectangle") are not ours to print either. */
    private static void quietLeptonica() {
        for (String name : new String[]{"leptonica", "lept"}) {
            try {
                Native.load(name, Lept.class).setMsgSeverity(6); // L_SEVERITY_NONE
                return;
            } catch (LinkageError e) {
                // not under this name
            }
        }
    }

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private static void limitThreads() {
        if (envSet) return;
        synchronized (Ocr.class) {
            if (envSet) return;
            try {
                Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
            } catch (LinkageError e) {
                // not a POSIX libc: Tesseract keeps its own threading
            }
            envSet = true;
        }
    }
}

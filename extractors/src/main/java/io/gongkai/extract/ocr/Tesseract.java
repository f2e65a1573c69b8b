package io.gongkai.extract.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.PointerByReference;
import io.gongkai.error.EngineUnavailableException;
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
 * Tesseract 5 (tess4j's JNA mapping of the system's libtesseract; Debian: tesseract-ocr, tesseract-ocr-chi-sim) as an
 * {@link OcrEngine}. Its engines are initialized once per thread and mode and kept: tess4j's own {@code Tesseract}
 * class loads the language model again on every call, which costs more than reading a table cell. Thread-safe: each
 * thread reads with engines of its own. OpenMP inside Tesseract is switched off (OMP_THREAD_LIMIT=1): on few cores it
 * made OCR several times slower; parallelism comes from one engine per thread.
 */
public final class Tesseract implements OcrEngine {
    static final String PACKAGES = "apt-get install tesseract-ocr tesseract-ocr-chi-sim";
    private static final Cleaner CLEANER = Cleaner.create();
    /** Engines not yet closed: closed when the JVM exits (else libtesseract reports its models as leaked on stderr). */
    private static final java.util.Set<Engine> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Engine::close), "gongkai-ocr-close"));
    }
    private static volatile boolean envSet;
    /** Each thread's engines, made on first use. */
    private static final ThreadLocal<Engines> ENGINES = ThreadLocal.withInitial(Engines::new);

    /** What an engine reads: a language model, a page segmentation mode, and for figures a character whitelist. */
    private enum Mode {
        LINE("chi_sim", ITessAPI.TessPageSegMode.PSM_SINGLE_LINE, null),
        SPARSE("chi_sim", ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT, null),
        // figures: Tesseract's English model, which reads lone digits better than the Chinese one (chi_sim if it is absent)
        FIGURE("eng", ITessAPI.TessPageSegMode.PSM_SINGLE_LINE, FIGURE_CHARACTERS);

        final String language;
        final int psm;
        final String whitelist;

        Mode(String language, int psm, String whitelist) {
            this.language = language;
            this.psm = psm;
            this.whitelist = whitelist;
        }
    }

    /** Tesseract; its models are loaded on first use, on each thread that reads. */
    public Tesseract() {
    }

    /**
     * Checks that Tesseract and its Chinese model can be loaded on this thread.
     *
     * @throws io.gongkai.error.EngineUnavailableException naming the packages to install when they cannot
     */
    public void check() {
        ENGINES.get().engine(Mode.LINE, null);
    }

    @Override
    public String name() {
        return "tesseract";
    }

    /** The words of an image (sparse text: a table's cells, the lines around it), each with its box. */
    @Override
    public List<TextLine> read(BufferedImage image) {
        return ENGINES.get().engine(Mode.SPARSE, null).read(image, ITessAPI.TessPageIteratorLevel.RIL_WORD);
    }

    /**
     * Each crop read as one line: the Chinese model, or with {@code allowed} the English model limited to those
     * characters (it reads lone digits better than the Chinese one; chi_sim where it is absent).
     */
    @Override
    public List<TextLine> recognize(List<BufferedImage> lines, String allowed) {
        Engine e = ENGINES.get().engine(allowed == null ? Mode.LINE : Mode.FIGURE, allowed);
        List<TextLine> out = new ArrayList<>(lines.size());
        for (BufferedImage img : lines) {
            List<TextLine> words = e.read(img, ITessAPI.TessPageIteratorLevel.RIL_WORD);
            Rectangle all = new Rectangle(0, 0, img.getWidth(), img.getHeight());
            if (words.isEmpty()) {
                out.add(new TextLine("", all, 0, List.of()));
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<TextLine.Char> chars = new ArrayList<>();
            for (TextLine w : words) {
                if (!text.isEmpty() && allowed == null && !(isHan(text.codePointBefore(text.length())) && isHan(w.text().codePointAt(0)))) text.append(' ');
                text.append(w.text());
                chars.addAll(w.chars());
            }
            double conf = words.stream().mapToDouble(TextLine::confidence).min().orElse(0);
            out.add(new TextLine(text.toString(), all, conf, chars));
        }
        return out;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** One thread's engines, by mode and whitelist. */
    private static final class Engines {
        private final String data;
        private final TessAPI api;
        private final java.util.Map<String, Engine> engines = new java.util.HashMap<>();

        Engines() {
            limitThreads();
            data = tessdata();
            api = api();
        }

        /** The engine of a mode, made on first use (each loads a model: a third of a second for Chinese). */
        Engine engine(Mode mode, String whitelist) {
            String w = mode.whitelist == null ? null : whitelist == null ? mode.whitelist : whitelist;
            return engines.computeIfAbsent(mode + "/" + w, k -> {
                String language = Files.isRegularFile(Path.of(data, mode.language + ".traineddata")) ? mode.language : "chi_sim";
                Engine e = new Engine(api, data, language, mode.psm, w);
                CLEANER.register(this, e::close);
                return e;
            });
        }
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

        synchronized List<TextLine> read(BufferedImage image, int level) {
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
            List<TextLine> out = new ArrayList<>();
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
                    // Tesseract's 0–100 as 0–1, never 1: what OCR read is always known as OCR's (below a text layer's 1)
                    double c = Math.max(0, Math.min(0.99, conf / 100.0));
                    if (!text.isEmpty()) out.add(new TextLine(text, new Rectangle(l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0)), c, List.of()));
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
        synchronized (Tesseract.class) {
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

package io.gongkai.extract.scan;

import com.sun.jna.Library;
import com.sun.jna.Native;
import io.gongkai.EngineUnavailableException;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One Tesseract engine (tess4j over the system's libtesseract). Engines are not thread-safe: one per thread.
 * OpenMP inside Tesseract is switched off (OMP_THREAD_LIMIT=1): on few cores it made OCR several times slower;
 * parallelism comes from one engine per thread instead.
 */
final class Ocr {
    static final String PACKAGES = "apt-get install tesseract-ocr tesseract-ocr-chi-sim";
    private static volatile boolean envSet;
    private final Tesseract line = new Tesseract(), block = new Tesseract(), sparse = new Tesseract();

    Ocr() {
        limitThreads();
        String data = tessdata();
        for (Tesseract t : List.of(line, block, sparse)) {
            t.setDatapath(data);
            t.setLanguage("chi_sim");
            t.setVariable("user_defined_dpi", "300");
        }
        line.setPageSegMode(ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        block.setPageSegMode(ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK);
        sparse.setPageSegMode(ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT);
    }

    /** A recognized line of text, its box in the image given, and Tesseract's confidence (0–100). */
    record Line(String text, java.awt.Rectangle box, float confidence) {
    }

    /** The text lines of an image: one line ({@code singleLine}) or a block of several. */
    List<Line> lines(BufferedImage image, boolean singleLine) {
        try {
            List<Word> words = (singleLine ? line : block).getWords(image, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE);
            return words.stream().map(w -> new Line(w.getText().strip(), w.getBoundingBox(), w.getConfidence())).filter(l -> !l.text().isEmpty()).toList();
        } catch (LinkageError e) {
            throw new EngineUnavailableException("this page is a scan and needs Tesseract OCR, which cannot be loaded (" + e.getMessage() + "): " + PACKAGES);
        }
    }

    /** The words of a page image (sparse text: a table's cells, the lines around it), each with its box. */
    List<Line> words(BufferedImage image) {
        try {
            List<Word> words = sparse.getWords(image, ITessAPI.TessPageIteratorLevel.RIL_WORD);
            return words.stream().map(w -> new Line(w.getText().strip(), w.getBoundingBox(), w.getConfidence())).filter(l -> !l.text().isEmpty()).toList();
        } catch (LinkageError e) {
            throw new EngineUnavailableException("this page is a scan and needs Tesseract OCR, which cannot be loaded (" + e.getMessage() + "): " + PACKAGES);
        }
    }

    private static String tessdata() {
        String env = System.getenv("TESSDATA_PREFIX");
        for (String dir : new String[]{env, "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata"}) {
            if (dir != null && Files.isRegularFile(Path.of(dir, "chi_sim.traineddata"))) return dir;
        }
        throw new EngineUnavailableException("this page is a scan and needs Tesseract OCR with Simplified Chinese (chi_sim.traineddata not found; set TESSDATA_PREFIX or " + PACKAGES + ")");
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

package io.gongkai.extract.ocr;

import io.gongkai.error.EngineUnavailableException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The models and dictionary as the class path gives them, and the error a missing native library gives. */
class PaddleModelsTest {

    @Test
    void theDictionaryHasTheBlankFirstTheSpaceLastAndEveryFigureCharacter() {
        List<String> chars = PaddleModels.characters();
        assertEquals(6625, chars.size());
        assertEquals("", chars.get(0));
        assertEquals(" ", chars.get(chars.size() - 1));
        for (char c : OcrEngine.FIGURE_CHARACTERS.toCharArray()) assertTrue(chars.contains(String.valueOf(c)), "no " + c);
        for (String c : List.of("财", "务", "收", "支", "预", "算", "总", "表")) assertTrue(chars.contains(c), "no " + c);
    }

    @Test
    void theSessionsAreMadeOnceAndShared() {
        assertTrue(PaddleModels.recognition() == PaddleModels.recognition());
        assertTrue(PaddleModels.detection() == PaddleModels.detection());
    }

    @Test
    void aNativeLibraryThatWillNotLoadGivesAnErrorAPersonCanActOn() {
        EngineUnavailableException e = PaddleModels.unavailable(new UnsatisfiedLinkError("no onnxruntime in java.library.path"));
        assertTrue(e.getMessage().contains(System.getProperty("os.arch")), e.getMessage());
        assertTrue(e.getMessage().contains("tesseract"), e.getMessage());
        assertTrue(e.getCause() instanceof UnsatisfiedLinkError);
    }
}

package io.gongkai.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@code Gongkai.extract} on PDF bytes: it returns a document or throws a GongkaiException, within
 * {@link FuzzProperty#BOUND} an input ({@link FuzzProperty}).
 *
 * <p>Regression mode (every {@code mvn test}): the seeds ({@link FuzzSeeds#pdf()}) and every input that ever failed,
 * kept in {@code src/test/resources/io/gongkai/fuzz/PdfFuzzTestInputs/extractPdf/}. Fuzzing: {@code JAZZER_FUZZ=1}
 * (CI, with -Pcorpus: {@code maxDuration}; longer: {@code scripts/fuzz}); a new failing input is written into that
 * directory. No JUnit {@code @Timeout}: under Jazzer it would also end the fuzzing run itself (one test invocation) by
 * interrupting it; the property bounds each input.
 */
class PdfFuzzTest {
    @MethodSource("io.gongkai.fuzz.FuzzSeeds#pdf")
    @DictionaryEntries({"%PDF-1.7", "obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref", "%%EOF",
            "/Type", "/Page", "/Pages", "/Kids", "/Count", "/Contents", "/Resources", "/Font", "/MediaBox", "/Rotate",
            "/Length", "/Filter", "/FlateDecode", "/Encrypt", "/ObjStm", "/XRef", "/XObject", "/Subtype", "/Image",
            "/Width", "/Height", "/BitsPerComponent", "/ToUnicode", "/CIDToGIDMap", "/W", "/Root", "/Prev", "/Size",
            " re", " m", " l", " S", " f", " cm", " Tf", " Td", " Tm", " Tj", " TJ", "BT", "ET", " q", " Q", " W n",
            " Do", "[", "]", "<<", ">>", "(", ")", " 0 R", "-1", "99999999", "1e308"})
    @FuzzTest(maxDuration = "25s")
    void extractPdf(byte[] input) throws Throwable {
        FuzzProperty.check(input, "fuzz.pdf");
    }
}

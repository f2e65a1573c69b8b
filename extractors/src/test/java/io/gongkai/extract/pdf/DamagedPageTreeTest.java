package io.gongkai.extract.pdf;

import io.gongkai.Gongkai;
import io.gongkai.InputException;
import io.gongkai.Options;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz finding (PdfFuzzTest, 2026-11): a PDF whose page tree is damaged — a {@code /Count} larger than its pages, a
 * page whose {@code /Type} is not {@code /Page} — made pdfbox's {@code PDDocument.getPage} throw an
 * IllegalStateException out of {@code Gongkai.extract}. It is an InputException that says so.
 */
class DamagedPageTreeTest {
    private static byte[] pdf(Consumer<PDDocument> damage) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            damage.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void assertInputException(byte[] pdf) {
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(new ByteArrayInputStream(pdf), "damaged.pdf",
                Options.builder().noOcr().build()));
        assertTrue(e.getMessage().contains("page tree"), e.getMessage());
    }

    @Test
    void countLargerThanItsPages() throws IOException {
        assertInputException(pdf(doc -> doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES).setInt(COSName.COUNT, 2)));
    }

    @Test
    void pageOfAnotherType() throws IOException {
        assertInputException(pdf(doc -> doc.getPage(0).getCOSObject().setName(COSName.TYPE, "Pagx")));
    }
}

package io.gongkai.extract.pdf;

import io.gongkai.Gongkai;
import io.gongkai.error.InputException;
import io.gongkai.Options;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import io.gongkai.model.Document;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz findings (PdfFuzzTest): damaged PDFs on which pdfbox throws an unchecked exception, which escaped
 * {@code Gongkai.extract}. Each is now an InputException that says what is damaged, or the pages that read are read
 * and the damaged one reported.
 * <ul>
 *   <li>a damaged page tree — a {@code /Count} larger than its pages, a page whose {@code /Type} is not {@code /Page}:
 *       IllegalStateException from {@code PDDocument.getPage};</li>
 *   <li>an encryption dictionary without its owner key {@code /O}: NullPointerException from {@code Loader.loadPDF}.</li>
 * </ul>
 * And one page whose content pdfbox cannot process (text drawn at a size a float cannot hold: IllegalArgumentException
 * from {@code Matrix.multiply}) is left out with a warning; the other pages are read.
 */
class FuzzFindingsTest {
    private static byte[] pdf(Consumer<PDDocument> damage) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            damage.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void assertInputException(byte[] pdf, String says) {
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(new ByteArrayInputStream(pdf), "damaged.pdf",
                Options.builder().noOcr().build()));
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void countLargerThanItsPages() throws IOException {
        // the page there is is read; the one /Count promises and the tree lacks is reported
        byte[] pdf = pdf(doc -> doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES).setInt(COSName.COUNT, 2));
        Document doc = Gongkai.extract(new ByteArrayInputStream(pdf), "count.pdf", Options.builder().noOcr().build());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.severity() == io.gongkai.model.Diagnostic.Severity.ERROR
                && d.message().contains("page tree")), doc.diagnostics().toString());
    }

    @Test
    void pageOfAnotherType() throws IOException {
        assertInputException(pdf(doc -> doc.getPage(0).getCOSObject().setName(COSName.TYPE, "Pagx")), "page tree");
    }

    @Test
    void encryptionWithoutOwnerKey() throws IOException {
        byte[] encrypted;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            encrypted = out.toByteArray();
        }
        String latin1 = new String(encrypted, StandardCharsets.ISO_8859_1);
        assertTrue(latin1.contains("/O <"), "the owner key as pdfbox writes it");
        // renamed in place (/O to /X): the byte offsets, and so the cross-reference table, still hold
        byte[] damaged = latin1.replace("/O <", "/X <").getBytes(StandardCharsets.ISO_8859_1);
        assertInputException(damaged, "damaged");
    }

    @Test
    void pageWhoseContentCannotBeProcessedIsLeftOut() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            // 1e30 as a PDF number (no exponent): scaled by it twice, the text's matrix overflows a float
            String huge = "1" + "0".repeat(30) + ".0";
            for (String size : new String[]{"10", huge}) {
                PDPage page = new PDPage();
                PDResources resources = new PDResources();
                String f = resources.add(font).getName();
                page.setResources(resources);
                String content = size + " 0 0 " + size + " 0 0 cm BT /" + f + " " + size + " Tf 0 0 Td (201) Tj ET";
                page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1))));
                doc.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        Document doc = Gongkai.extract(new ByteArrayInputStream(pdf), "huge-text.pdf", Options.builder().noOcr().build());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("page 2 of the PDF is damaged and not read")), doc.diagnostics().toString());
    }
}

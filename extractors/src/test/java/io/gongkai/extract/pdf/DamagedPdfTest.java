package io.gongkai.extract.pdf;

import io.gongkai.error.EncryptedDocumentException;
import io.gongkai.Gongkai;
import io.gongkai.error.InputException;
import io.gongkai.Options;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged PDFs, made here by damaging a PDF pdfbox writes, one kind of damage a test: the pages that read are read, the
 * damaged ones reported as errors of the document; a PDF nothing of which reads is an {@link InputException}.
 */
class DamagedPdfTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float W = 842, H = 595;

    /** Three pages, each one ruled table whose data rows' codes are 20101P1 and 20101P2 on page P. */
    private static PDDocument threeTables() throws IOException {
        PDDocument doc = new PDDocument();
        for (int p = 1; p <= 3; p++) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                String[][] rows = {{"Code", "Total", "Basic"}, {"20101" + p + "1", p + ",000", "400"}, {"20101" + p + "2", "2,000", "500"}};
                cs.beginText();
                cs.setFont(FONT, 16);
                cs.newLineAtOffset(300, H - 40);
                cs.showText("Table " + p);
                cs.endText();
                for (int r = 0; r <= rows.length; r++) {
                    cs.moveTo(50, H - (80 + 20 * r));
                    cs.lineTo(350, H - (80 + 20 * r));
                }
                for (int c = 0; c <= 3; c++) {
                    cs.moveTo(50 + 100 * c, H - 80);
                    cs.lineTo(50 + 100 * c, H - 140);
                }
                cs.stroke();
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        cs.beginText();
                        cs.setFont(FONT, 10);
                        cs.newLineAtOffset(55 + 100 * c, H - (80 + 20 * r + 14));
                        cs.showText(rows[r][c]);
                        cs.endText();
                    }
                }
            }
        }
        return doc;
    }

    private static Path save(PDDocument doc, Path file) throws IOException {
        try (doc) {
            doc.save(file.toFile());
        }
        return file;
    }

    /** The page's content replaced by {@code content}, as written (no filter). */
    private static void setContent(PDDocument doc, int page, String content) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream o = s.createRawOutputStream()) {
            o.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        doc.getPage(page - 1).getCOSObject().setItem(COSName.CONTENTS, s);
    }

    /** The 7-digit codes read anywhere in the document's tables (a row's key or label, a cell's text). */
    private static List<String> codes(Document doc) {
        StringBuilder all = new StringBuilder();
        doc.tables().forEach(t -> t.rows().forEach(r -> {
            all.append(' ').append(r.key().value()).append(' ').append(r.label());
            r.cells().forEach(c -> all.append(' ').append(c.raw()));
        }));
        return java.util.regex.Pattern.compile("\\b\\d{7}\\b").matcher(all).results().map(java.util.regex.MatchResult::group).distinct().toList();
    }

    private static List<Diagnostic> errors(Document doc) {
        return doc.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }

    @Test
    void aDamagedContentStreamLosesOnlyItsPage(@TempDir Path dir) throws IOException {
        PDDocument doc = threeTables();
        // a hex string that never closes: pdfbox's content parser gives up on the whole page
        setContent(doc, 2, "BT /F1 10 Tf 55 500 Td <4142 Tj ET 0 0 m 100 100 l S");
        Document read = Gongkai.extract(save(doc, dir.resolve("content.pdf")));
        List<String> codes = codes(read);
        assertEquals(List.of("2010111", "2010112", "2010131", "2010132"), codes, "pages 1 and 3 read, not 2");
        List<Diagnostic> errors = errors(read);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("page 2", errors.get(0).where());
        assertTrue(errors.get(0).message().contains("damaged") && errors.get(0).message().contains("hex string"), errors.get(0).message());
    }

    @Test
    void aDamagedFontLosesOnlyThePagesThatUseIt(@TempDir Path dir) throws IOException {
        PDDocument doc = threeTables();
        // a composite font whose descendant font is lost (pdfbox: "Missing descendant font array"), used on page 3 only
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "SimSun");
        font.setItem(COSName.ENCODING, COSName.getPDFName("Identity-H"));
        PDPage page3 = doc.getPage(2);
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F9"), font);
        page3.getResources().getCOSObject().setItem(COSName.FONT, fonts);
        setContent(doc, 3, "0 0 m 100 100 l S BT /F9 10 Tf 55 500 Td <00410042> Tj ET");
        Document read = Gongkai.extract(save(doc, dir.resolve("font.pdf")));
        List<String> codes = codes(read);
        assertEquals(List.of("2010111", "2010112", "2010121", "2010122"), codes, "pages 1 and 2 read, not 3");
        List<Diagnostic> errors = errors(read);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("page 3", errors.get(0).where());
        assertTrue(errors.get(0).message().contains("descendant font"), errors.get(0).message());
    }

    @Test
    void aLoopInThePageTreeKeepsThePagesBeforeIt(@TempDir Path dir) throws IOException {
        PDDocument doc = threeTables();
        // the root's third kid replaced by a /Pages node whose only kid is itself; /Count still says 3
        COSDictionary root = doc.getPages().getCOSObject();
        COSDictionary loop = new COSDictionary();
        loop.setItem(COSName.TYPE, COSName.PAGES);
        COSArray loopKids = new COSArray();
        loopKids.add(loop);
        loop.setItem(COSName.KIDS, loopKids);
        loop.setInt(COSName.COUNT, 1);
        loop.setItem(COSName.PARENT, root);
        ((COSArray) root.getDictionaryObject(COSName.KIDS)).set(2, loop);
        Document read = Gongkai.extract(save(doc, dir.resolve("loop.pdf")));
        List<String> codes = codes(read);
        assertEquals(List.of("2010111", "2010112", "2010121", "2010122"), codes, "pages 1 and 2 read, not 3");
        List<Diagnostic> errors = errors(read);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("page 3", errors.get(0).where());
        assertTrue(errors.get(0).message().contains("page tree lists 3 pages, but only 2"), errors.get(0).message());
    }

    @Test
    @Timeout(60)
    void aPageCountFarBeyondThePagesIsReadAsThePagesThereAre(@TempDir Path dir) throws IOException {
        PDDocument doc = threeTables();
        doc.getPages().getCOSObject().setLong(COSName.COUNT, 9_999_999_999L);
        Document read = Gongkai.extract(save(doc, dir.resolve("count.pdf")));
        assertEquals(3, read.tables().size());
        List<Diagnostic> errors = errors(read);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("page 4", errors.get(0).where());
    }

    /** The warnings about the file (its tables' own, such as their unit, left out: these tables print none). */
    /** The document's warnings of the PDF itself (these test pages name no department nor year: that warning aside). */
    private static List<Diagnostic> warnings(Document doc) {
        return doc.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING && !d.where().matches("T\\d+")
                && !d.message().startsWith("department and year not found")).toList();
    }

    @Test
    void aNegativePageCountIsRepairedAndSaid(@TempDir Path dir) throws IOException {
        // a new user's trial: a real budget whose root says /Count -5 read as an empty document, "no tables found"
        PDDocument doc = threeTables();
        doc.getPages().getCOSObject().setInt(COSName.COUNT, -5);
        Document read = Gongkai.extract(save(doc, dir.resolve("count-neg.pdf")));
        assertEquals(List.of("2010111", "2010112", "2010121", "2010122", "2010131", "2010132"), codes(read), "every page read");
        assertEquals(List.of(), errors(read));
        List<Diagnostic> warnings = warnings(read);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("the PDF's page tree is damaged: its /Count says -5, but it holds 3 pages; all 3 read", warnings.get(0).message());
    }

    @Test
    void aPageCountBelowThePagesIsRepairedAndSaid(@TempDir Path dir) throws IOException {
        PDDocument doc = threeTables();
        doc.getPages().getCOSObject().setInt(COSName.COUNT, 1);
        Document read = Gongkai.extract(save(doc, dir.resolve("count-one.pdf")));
        assertEquals(3, read.tables().size(), "pages 2 and 3, past the count, read too");
        assertTrue(warnings(read).stream().anyMatch(d -> d.message().contains("its /Count says 1, but it holds 3 pages")), read.diagnostics().toString());
    }

    @Test
    void aPageWhoseBoxHasNoAreaIsReadOnUsLetterAndSaid(@TempDir Path dir) throws IOException {
        // a new user's trial: a ruled table on a page with MediaBox [0 0 0 0] came out as one table of no rows, unsaid
        PDDocument doc = threeTables();
        COSArray zero = new COSArray();
        for (int i = 0; i < 4; i++) zero.add(org.apache.pdfbox.cos.COSInteger.ZERO);
        doc.getPage(1).getCOSObject().setItem(COSName.MEDIA_BOX, zero);
        Document read = Gongkai.extract(save(doc, dir.resolve("mediabox-zero.pdf")));
        assertEquals(List.of("2010111", "2010112", "2010121", "2010122", "2010131", "2010132"), codes(read), "page 2's table read too");
        assertEquals(List.of(), errors(read));
        List<Diagnostic> warnings = warnings(read);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("page 2: its MediaBox [0 0 0 0] has no area (the page is damaged); read on US Letter's (612 × 792 pt)", warnings.get(0).message());
    }

    @Test
    void aPdfWithNoPageThatReadsIsDamaged(@TempDir Path dir) throws IOException {
        PDDocument doc = threeTables();
        for (int p = 1; p <= 3; p++) setContent(doc, p, "BT /F1 10 Tf 55 500 Td <4142 Tj ET");
        Path f = save(doc, dir.resolve("all.pdf"));
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(f));
        assertTrue(e.getMessage().startsWith("all.pdf: the PDF is damaged: none of its pages can be read; page 1: "), e.getMessage());
        // one page asked for, and that one damaged: the same
        e = assertThrows(InputException.class, () -> Gongkai.extract(f, Options.builder().pages("2").build()));
        assertTrue(e.getMessage().startsWith("all.pdf: the PDF is damaged: page 2: "), e.getMessage());
    }

    @Test
    void aPdfCutShortIsDamaged(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(save(threeTables(), dir.resolve("whole.pdf")));
        // the end lost: the trailer, the page tree (written last) with it
        Path f = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 3));
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(f));
        assertTrue(e.getMessage().startsWith("cut.pdf: the PDF is damaged: "), e.getMessage());
    }

    @Test
    void aWrongPasswordIsSaidToBeWrong(@TempDir Path dir) throws IOException {
        PDDocument doc = threeTables();
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        Path f = save(doc, dir.resolve("locked.pdf"));
        EncryptedDocumentException none = assertThrows(EncryptedDocumentException.class, () -> Gongkai.extract(f));
        assertEquals("locked.pdf: the PDF is encrypted; give its password (--password)", none.getMessage());
        EncryptedDocumentException wrong = assertThrows(EncryptedDocumentException.class,
                () -> Gongkai.extract(f, Options.builder().password("guess").build()));
        assertEquals("locked.pdf: the password given does not open the PDF (a wrong password?)", wrong.getMessage());
        assertEquals(3, Gongkai.extract(f, Options.builder().password("secret").build()).tables().size());
    }
    @Test
    void pagesAskedForPastTheEndAreSaidSo(@TempDir Path dir) throws IOException {
        // a new user's trial: --pages 30-40 of a 24-page PDF read as "no tables found", nothing more
        Document read = Gongkai.extract(save(threeTables(), dir.resolve("three.pdf")), Options.builder().pages("30-40").build());
        assertTrue(read.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING
                && d.message().contains("no page asked for (--pages) is among the document's 3 pages")), read.diagnostics().toString());
        assertTrue(read.tables().isEmpty());
    }
}

package io.gongkai;

import io.gongkai.error.InputException;

import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input sniffing (issue 13, bad input): a PDF with junk before its header, UTF-16 with a byte-order mark, GBK text.
 * Each input is made here from the seed (its OCR text re-encoded) or with pdfbox.
 */
class InputFormatTest {

    private static String seedText() throws Exception {
        return Files.readString(Samples.seed());
    }

    private static boolean says(Document doc, String what) {
        return doc.diagnostics().stream().map(Diagnostic::message).anyMatch(m -> m.contains(what));
    }

    /**
     * Text re-encoded: read as it is, the same tables as from its UTF-8, and the document says which encoding it read.
     */
    private static void readsAsUtf8Does(Path dir, String name, String text, byte[] bytes, String encoding) throws Exception {
        Document utf8 = Gongkai.extract(Files.writeString(dir.resolve("utf8-" + name), text));
        assertTrue(utf8.tables().size() > 30);
        Document doc = Gongkai.extract(Files.write(dir.resolve(name), bytes));
        assertEquals(utf8.tables().size(), doc.tables().size());
        assertEquals(utf8.department(), doc.department());
        assertEquals(utf8.statusCounts(), doc.statusCounts());
        assertEquals(utf8.checkCounts(), doc.checkCounts());
        assertTrue(says(doc, "text read as " + encoding), doc.diagnostics().toString());
        assertTrue(!says(utf8, "text read as"), "plain UTF-8 is not remarked on");
    }

    @Test
    void utf16WithAByteOrderMarkIsTextNotBinary(@TempDir Path dir) throws Exception {
        String text = seedText();
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.write(new byte[]{(byte) 0xFF, (byte) 0xFE});
        le.write(text.getBytes(StandardCharsets.UTF_16LE));
        readsAsUtf8Does(dir, "seed-utf16le.txt", text, le.toByteArray(), "UTF-16LE (byte-order mark)");
        ByteArrayOutputStream be = new ByteArrayOutputStream();
        be.write(text.getBytes(StandardCharsets.UTF_16)); // Java's UTF-16 writes a big-endian mark
        assertEquals("UTF-16BE", InputFormat.decode(be.toByteArray()).encoding());
        assertEquals(text, InputFormat.decode(be.toByteArray()).text());
    }

    @Test
    void utf32WithAByteOrderMarkIsReadAsUtf32NotUtf16(@TempDir Path dir) throws Exception {
        // UTF-32LE's mark (FF FE 00 00) begins with UTF-16LE's (FF FE): it was read as UTF-16LE, tables of garbage
        String text = seedText();
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.write(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0});
        le.write(text.getBytes(Charset.forName("UTF-32LE")));
        readsAsUtf8Does(dir, "seed-utf32le.txt", text, le.toByteArray(), "UTF-32LE (byte-order mark)");
        ByteArrayOutputStream be = new ByteArrayOutputStream();
        be.write(new byte[]{0, 0, (byte) 0xFE, (byte) 0xFF});
        be.write(text.getBytes(Charset.forName("UTF-32BE")));
        InputFormat.Text t = InputFormat.decode(be.toByteArray());
        assertEquals("UTF-32BE", t.encoding());
        assertEquals(text, t.text());
        // UTF-16LE text whose first character is a NUL is still UTF-16LE
        byte[] nulFirst = {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, '\t', 0, 'b', 0, 'c', 0};
        assertEquals("UTF-16LE", InputFormat.decode(nulFirst).encoding());
        assertEquals("\0a\tbc", InputFormat.decode(nulFirst).text());
    }

    @Test
    void big5TextIsReadAsReadmeSays(@TempDir Path dir) throws Exception {
        // the seed as Big5 holds it, written as Windows (code page 950) and iconv write Big5: with the ETEN extensions
        // (恒 is F9DA), which Java's own Big5 does not decode; a character Big5 lacks becomes ?
        Charset cp950 = Charset.forName("x-windows-950");
        byte[] big5 = seedText().getBytes(cp950);
        String text = new String(big5, cp950);
        assertTrue(text.contains("恒"), "the seed holds an ETEN character");
        readsAsUtf8Does(dir, "seed-big5.txt", text, big5, "Big5");
        assertEquals(text, InputFormat.decode(big5).text());
        // traditional Chinese as Java's Big5 writes it
        byte[] plain = "部門收支總表\t本年收入\t本年支出\n一般公共預算財政撥款收入\t1,234.56\t1,234.56\n".repeat(40).getBytes(Charset.forName("Big5"));
        assertEquals("Big5", InputFormat.decode(plain).encoding());
    }

    @Test
    void gbkTextIsReadAsItIs(@TempDir Path dir) throws Exception {
        // the seed as GBK holds it (a character GBK lacks, as in 소(균), becomes ?)
        byte[] gbk = seedText().getBytes(Charset.forName("GBK"));
        String text = new String(gbk, Charset.forName("GBK"));
        readsAsUtf8Does(dir, "seed-gbk.txt", text, gbk, "GB18030");
        assertEquals(text, InputFormat.decode(gbk).text());
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\t', 'b'};
        assertEquals("a\tb", InputFormat.decode(bom).text());
    }

    @Test
    void binaryAndOtherEncodingsAreStillRefusedWithAHint() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        InputException e = assertThrows(InputException.class, () -> InputFormat.decode(junk));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        // Japanese in Shift_JIS is no encoding read: refused, with the converter's command
        byte[] sjis = "東京都の予算書、歳出の部。合計は千二百万円です。".repeat(20).getBytes(Charset.forName("Shift_JIS"));
        InputException s = assertThrows(InputException.class, () -> InputFormat.decode(sjis));
        assertTrue(s.getMessage().contains("iconv -f"), s.getMessage());
    }

    private static byte[] onePagePdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("A page of prose, no table.");
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfWithBytesBeforeItsHeaderIsReadAsAPdf(@TempDir Path dir) throws Exception {
        byte[] pdf = onePagePdf();
        for (int junk : new int[]{100, 1020}) {
            byte[] prefixed = new byte[junk + pdf.length];
            Arrays.fill(prefixed, 0, junk, (byte) 'x');
            for (int i = 80; i < junk; i += 81) prefixed[i] = '\n';
            System.arraycopy(pdf, 0, prefixed, junk, pdf.length);
            InputFormat.Sniffed s = InputFormat.of(prefixed);
            assertEquals(InputFormat.Kind.PDF, s.kind(), junk + " bytes before the header (the header may end past the first 1,024)");
            assertEquals(junk, s.pdfOffset());
            Document doc = Gongkai.extract(Files.write(dir.resolve("junk-" + junk + ".pdf"), prefixed));
            assertTrue(says(doc, junk + " bytes before the %PDF- header"), doc.diagnostics().toString());
            assertTrue(says(doc, "1 of 1 pages hold no ruled table"), "its page was read: " + doc.diagnostics());
        }
        byte[] far = new byte[1100 + pdf.length];
        Arrays.fill(far, 0, 1100, (byte) 'x');
        System.arraycopy(pdf, 0, far, 1100, pdf.length);
        assertEquals(InputFormat.Kind.TEXT, InputFormat.of(far).kind(), "past the first 1,024 bytes a header is not looked for, as readers do");
    }

    @Test
    void aFileNamedPdfWithoutAPdfsHeaderIsNoDocument(@TempDir Path dir) throws Exception {
        // a web page or a server's error saved under the PDF's name: read as OCR text it gave "no tables found" and a
        // document with department null (batch added it as a document of no table); it is an input that cannot be read
        Path junk = Files.writeString(dir.resolve("junk.PDF"), "<html><body>404 Not Found</body></html>\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.gongkai.error.InputException.class, () -> Gongkai.extract(junk));
        assertTrue(e.getMessage().contains("not a PDF"), e.getMessage());
        // the same bytes named as text are text
        Path text = Files.writeString(dir.resolve("junk.txt"), "<html><body>404 Not Found</body></html>\n");
        assertEquals(0, Gongkai.extract(text).tables().size());
        // pages asked for of a text: said, and the whole text read
        Document doc = Gongkai.extract(text, Options.builder().pages("2").build());
        assertTrue(says(doc, "text input has no pages"), doc.diagnostics().toString());
    }
}

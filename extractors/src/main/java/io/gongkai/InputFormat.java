package io.gongkai;

import io.gongkai.error.InputException;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.gongkai.extract.image.ImageDocument;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * What an input is, from its bytes: the one place Gongkai decides it (the facade, the review page and the batch ask
 * here). A PDF by its {@code %PDF-} header anywhere in the first 1,024 bytes (as PDF readers accept it, after a mail
 * or web server's junk); an image by its magic bytes; a known format that is not read (xlsx/docx/OFD, xls/doc, RTF) by
 * its signature; anything else is text, decoded by {@link #decode}: UTF-8, UTF-16 or UTF-32 with a byte-order mark, or what
 * ICU4J's {@link CharsetDetector} finds among the encodings Chinese text comes in (GB18030, which reads GBK and
 * GB2312, Big5, UTF-16 without a mark). Pure and thread-safe.
 *
 * @since 0.1.0
 */
public final class InputFormat {
    /** How far into a file its {@code %PDF-} header is looked for. */
    public static final int PDF_HEADER_WITHIN = 1024;
    /** Bytes of a file enough to tell its kind ({@link #of}). */
    public static final int HEAD = 8192;
    /** Encodings text is read in when it is not UTF-8 (ICU4J's names); others are refused with a hint. */
    private static final Set<String> DETECTED = Set.of("GB18030", "Big5", "UTF-16LE", "UTF-16BE");

    /**
     * The charsets a detected encoding is read in, first to last: Big5 as Java's Big5, else as Microsoft's code page 950
     * (Big5 with the ETEN extensions that files written on Windows and by iconv hold: 恒 F9DA, box drawing), else as
     * Big5-HKSCS (Hong Kong's supplement).
     */
    private static final java.util.Map<String, List<String>> READ_AS = java.util.Map.of("Big5", List.of("Big5", "x-windows-950", "Big5-HKSCS"));

    /** The names of files a folder is read for (by extension, in any case, whatever else the name holds: a newline too). */
    private static final java.util.regex.Pattern NAMES_READ = java.util.regex.Pattern.compile("(?is).*\\.(pdf|txt|md|jpe?g|png|tiff?|bmp)");

    private InputFormat() {
    }

    /**
     * Whether a file found under a folder is one to read, by its name: {@code .pdf}, {@code .txt}, {@code .md},
     * {@code .jpg}/{@code .jpeg}, {@code .png}, {@code .tif}/{@code .tiff}, {@code .bmp}, in any case ({@code gongkai
     * batch} and the Spark job pick their files so).
     *
     * @param fileName the file's name, without its folder
     * @since 0.1.0
     */
    public static boolean namedAsRead(String fileName) {
        return NAMES_READ.matcher(fileName).matches();
    }

    /** The kinds of input. */
    public enum Kind { PDF, IMAGE, TEXT, UNREAD }

    /**
     * What a file is.
     *
     * @param kind      its kind
     * @param pdfOffset where a PDF's {@code %PDF-} header begins (0 but for junk before it); 0 for other kinds
     * @param image     an image's format, or null
     * @param unread    a format not read, named for a message ("RTF"), or null
     */
    public record Sniffed(Kind kind, int pdfOffset, ImageDocument.Format image, String unread) {
    }

    /**
     * The kind of a file from its first bytes ({@link #HEAD} are enough; all of them will do).
     *
     * @param head the file's first bytes
     */
    public static Sniffed of(byte[] head) {
        ImageDocument.Format image = ImageDocument.sniff(head);
        if (image != null) return new Sniffed(Kind.IMAGE, 0, image, null);
        int pdf = pdfHeader(head);
        if (pdf >= 0) return new Sniffed(Kind.PDF, pdf, null, null);
        String unread = unreadFormat(head);
        if (unread != null) return new Sniffed(Kind.UNREAD, 0, null, unread);
        return new Sniffed(Kind.TEXT, 0, null, null);
    }

    /** Where {@code %PDF-} begins within the first {@link #PDF_HEADER_WITHIN} bytes (the header may end past them), or -1. */
    static int pdfHeader(byte[] b) {
        int n = Math.min(b.length, PDF_HEADER_WITHIN + 4);
        outer:
        for (int i = 0; i + 5 <= n && i < PDF_HEADER_WITHIN; i++) {
            for (int k = 0; k < 5; k++) if (b[i + k] != "%PDF-".charAt(k)) continue outer;
            return i;
        }
        return -1;
    }

    /**
     * The name of a known format that is not read, by its signature: a zip container (xlsx, docx, OFD), an OLE2 compound
     * file (xls, doc), RTF; null otherwise.
     */
    private static String unreadFormat(byte[] b) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) return "a zip container (xlsx, docx, OFD?)";
        if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
            return "an OLE2 office file (xls, doc?)";
        }
        if (b.length >= 5 && new String(b, 0, 5, StandardCharsets.ISO_8859_1).equals("{\\rtf")) return "RTF";
        return null;
    }

    /**
     * Text, and the encoding it was read in.
     *
     * @param text     the text, without a byte-order mark
     * @param encoding the encoding's name (UTF-8, UTF-16LE, GB18030, …)
     * @param how      how the encoding was known: "byte-order mark", "detected" (ICU4J, with its confidence) or "valid UTF-8"
     */
    public record Text(String text, String encoding, String how) {
        /** Whether the text was not UTF-8 (a document diagnostic then says which encoding was read). */
        public boolean notUtf8() {
            return !encoding.equals("UTF-8");
        }
    }

    /**
     * Decodes a text input: UTF-8 (with or without its byte-order mark); UTF-32 or UTF-16 with a byte-order mark; else the
     * encoding ICU4J's detector finds among GB18030 (GBK, GB2312), Big5 and UTF-16 without a mark, when the bytes decode
     * in it without error.
     *
     * @throws InputException when the input is binary (NUL bytes, no UTF-16) or in no encoding read, saying which
     *                        encoding it looks like and how to convert it
     */
    public static Text decode(byte[] bytes) {
        if (bytes.length == 0) throw new InputException("the input is empty");
        int b0 = bytes[0] & 0xff, b1 = bytes.length > 1 ? bytes[1] & 0xff : -1, b2 = bytes.length > 2 ? bytes[2] & 0xff : -1;
        int b3 = bytes.length > 3 ? bytes[3] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            String s = strict(bytes, 3, StandardCharsets.UTF_8);
            if (s != null) return new Text(s, "UTF-8", "byte-order mark");
        } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            // UTF-32's marks, before UTF-16's (FF FE 00 00 begins with UTF-16LE's): UTF-16LE text does not begin with a NUL
            String name = b0 == 0 ? "UTF-32BE" : "UTF-32LE";
            String s = (bytes.length - 4) % 4 == 0 ? strict(bytes, 4, Charset.forName(name)) : null;
            if (s != null) return new Text(s, name, "byte-order mark");
            if (b0 == 0) throw new InputException("the input begins with a " + name + " byte-order mark but is not " + name + " text");
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
            Charset cs = b0 == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            String s = strict(bytes, 2, cs);
            if (s != null) return new Text(s, cs.name(), "byte-order mark");
            throw new InputException("the input begins with a " + cs.name() + " byte-order mark but is not " + cs.name() + " text");
        }
        boolean nul = false;
        for (int i = 0; i < Math.min(bytes.length, HEAD) && !nul; i++) nul = bytes[i] == 0;
        if (!nul) {
            String s = strict(bytes, 0, StandardCharsets.UTF_8);
            if (s != null) return new Text(s, "UTF-8", "valid UTF-8");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
        CharsetMatch[] matches = detector.detectAll();
        String best = matches.length == 0 ? null : matches[0].getName();
        for (CharsetMatch m : matches) {
            // only the detector's best guess (or one as likely): Japanese or Korean text also decodes as GB18030, wrongly
            if (m.getConfidence() < matches[0].getConfidence()) break;
            if (!DETECTED.contains(m.getName()) || m.getConfidence() < 10) continue;
            if (nul != m.getName().startsWith("UTF-16")) continue; // NULs are UTF-16's; GB18030 and Big5 have none
            for (String cs : READ_AS.getOrDefault(m.getName(), List.of(m.getName()))) {
                String s = strict(bytes, 0, Charset.forName(cs));
                if (s != null) {
                    return new Text(s, m.getName(), "detected (ICU4J, confidence " + m.getConfidence() + ")" + (cs.equals(m.getName()) ? "" : "; read as " + cs));
                }
            }
        }
        if (nul) throw new InputException("the input is binary, not text (found NUL bytes, and it is not UTF-16)");
        throw new InputException("the input is not text in an encoding read (UTF-8, UTF-16, UTF-32 with a byte-order mark, GB18030/GBK, Big5)"
                + (best == null ? "" : "; it looks like " + best) + "; convert it to UTF-8 (e.g. iconv -f " + (best == null ? "GBK" : best) + " -t UTF-8)");
    }

    private static String strict(byte[] bytes, int from, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

package io.gongkai;

import io.gongkai.assemble.DocumentAssembler;
import io.gongkai.assemble.RawBlock;
import io.gongkai.extract.text.TextTableReader;
import io.gongkai.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The entry point: {@code Gongkai.extract(path)} reads a disclosure and returns its tables, typed and checked.
 *
 * <p>Inputs this version reads: text/markdown produced by other OCR tools (UTF-8, tab-separated table rows). PDF
 * input is reported with a clear {@link InputException} until the PDF extractors land. Thread-safe: every call is
 * independent.
 */
public final class Gongkai {
    private Gongkai() {
    }

    /** Reads a file with default options. */
    public static Document extract(Path path) {
        return extract(path, Options.defaults());
    }

    public static Document extract(Path path, Options options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + path);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return extract(bytes, path.getFileName().toString(), options);
    }

    /** Reads a stream (not closed) whose content is named {@code source} in the results. */
    public static Document extract(InputStream in, String source, Options options) {
        try {
            return extract(in.readAllBytes(), source, options);
        } catch (IOException e) {
            throw new InputException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static Document extract(byte[] bytes, String source, Options options) {
        if (bytes.length == 0) throw new InputException(source + ": the file is empty");
        if (bytes.length >= 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new InputException(source + ": PDF input is not supported by this version yet; "
                    + "give the text/markdown an OCR tool produced from it");
        }
        String text;
        try {
            text = TextTableReader.decode(bytes);
        } catch (InputException e) {
            throw new InputException(source + ": " + e.getMessage(), e);
        }
        List<RawBlock> blocks = new TextTableReader().read(text);
        return new DocumentAssembler(options.templates()).assemble(source, sha256(bytes), blocks, List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.gongkai.spark;

import io.gongkai.fixtures.FixtureGenerator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Folders of documents for the tests, made in target/: generated fixtures, the seed's text, a damaged and an encrypted PDF. */
final class Inputs {
    private Inputs() {
    }

    static Path samples() {
        return Path.of(System.getProperty("gongkai.samples", "../samples"));
    }

    static Path shared() {
        return Path.of(System.getProperty("gongkai.shared", "../../shared"));
    }

    /** A folder made anew (absolute: batch's paths are then Spark's without {@code file:}). */
    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        return Files.createDirectories(dir).toAbsolutePath();
    }

    /**
     * The generated fixtures (the seed's tables printed by pdfbox, LibreOffice, without rulings, in Shanghai's style),
     * the seed's text twice (a line apart) and once more as a copy, in a subfolder, a file of no kind read, a damaged
     * and an encrypted PDF.
     */
    static Path fixtures(Path dir) throws IOException {
        Path in = fresh(dir);
        for (FixtureGenerator.Fixture f : new FixtureGenerator().generate(samples().resolve("qujing-industry-2024-final.txt"), dir.resolveSibling(dir.getFileName() + "-fixtures"))) {
            Files.copy(f.pdf(), in.resolve(f.style() + ".pdf"));
        }
        String seed = Files.readString(samples().resolve("qujing-industry-2024-final.txt"), StandardCharsets.UTF_8);
        Path text = Files.createDirectories(in.resolve("text"));
        Files.writeString(text.resolve("seed-a.txt"), seed + "\n说明: a\n");
        Files.writeString(text.resolve("seed-b.txt"), seed + "\n说明: b\n");
        Files.writeString(text.resolve("seed-b copy [2].txt"), seed + "\n说明: b\n");
        Files.writeString(in.resolve("notes.json"), "{}");
        damaged(in.resolve("damaged.pdf"));
        encrypted(in.resolve("encrypted.pdf"));
        return in;
    }

    /** A PDF header and nothing a reader can use. */
    static void damaged(Path file) throws IOException {
        Files.write(file, "%PDF-1.4\n1 0 obj << /Type /Catalog garbage".getBytes(StandardCharsets.US_ASCII));
    }

    /** A one-page PDF that needs a password to be opened. */
    static void encrypted(Path file) throws IOException {
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(file.toFile());
        }
    }
}

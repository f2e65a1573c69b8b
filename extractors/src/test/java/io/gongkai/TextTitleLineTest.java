package io.gongkai;

import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A tab-separated table whose title is a plain line over it (as a PDF-to-text converter writes it): the table took the
 * line for its title, but the document's year and kind were read from titles the extractor had not yet chosen, and a
 * newcomer's 2025年部门“三公”经费和机关运行经费预算表 gave "year not found, kind not found".
 */
class TextTitleLineTest {
    @Test
    void aTitleLineOverATextTableNamesTheYearAndKind(@TempDir Path dir) throws Exception {
        String tsv = "2025年部门“三公”经费和机关运行经费预算表\n"
                + "编制部门：上海市普陀区商务委员会\t\t\t\t\t\t单位：万元\n"
                + "“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数\n"
                + "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t\n"
                + "\t\t\t小计\t购置费\t运行费\t\n"
                + "1.00\t\t1.00\t\t\t\t171.01\n";
        Path in = dir.resolve("three-public.tsv");
        Files.writeString(in, tsv, StandardCharsets.UTF_8);
        Document doc = Gongkai.extract(in);
        assertEquals("budget-three-public", doc.tables().get(0).templateId(), doc.tables().toString());
        assertEquals(2025, doc.year(), doc.diagnostics().toString());
        assertEquals(DocumentKind.BUDGET, doc.kind(), doc.diagnostics().toString());
    }
}

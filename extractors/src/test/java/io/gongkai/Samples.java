package io.gongkai;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the committed samples are (set by the build; falls back to the checkout layout). */
public final class Samples {
    private Samples() {
    }

    public static Path dir() {
        String p = System.getProperty("gongkai.samples");
        Path dir = p != null ? Path.of(p) : Path.of("..", "samples");
        if (!Files.isDirectory(dir)) throw new IllegalStateException("samples directory not found: " + dir.toAbsolutePath());
        return dir;
    }

    /**
     * Four pages of a real budget (上海市普陀区财政局部门25年预算, pages 9, 14, 19-20) printed and scanned by tools
     * Gongkai does not share code with (scripts/make-scanned-sample): 200 dpi gray JPEG.
     */
    public static Path scannedBudget() {
        return dir().resolve("putuo-finance-2025-budget-scanned.pdf");
    }

    /** The seed: OCR text of the 2024 部门决算 of 曲靖市工业和信息化局, 41 table instances. */
    public static Path seed() {
        return dir().resolve("qujing-industry-2024-final.txt");
    }
}

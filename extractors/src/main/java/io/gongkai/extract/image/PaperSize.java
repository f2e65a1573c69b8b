package io.gongkai.extract.image;

/**
 * Whether a scan's stated resolution gives its page a paper's size, and the resolution it is read at when it does not.
 *
 * <p>A scan's resolution is only what the program that wrote it said. Programs that know nothing write 72 or 96 dpi
 * (img2pdf and others size the page from them: a 300 dpi A4 scan becomes a page 49 inches tall), and some write the
 * scanner's pixels per centimetre as pixels per inch or the other way round (ImageMagick keeping pdftoppm's unit: 300
 * per centimetre, 762 dpi, for a 300 dpi scan: an A4 page 4.6 inches tall). Read at its stated resolution such a page
 * was shrunk to a third before OCR: a newcomer's 1-bit 300 dpi scan tagged 762 read 47 of 55 amounts and misread its
 * department's name, the same pixels tagged 300 read all 55. A disclosure is printed on A6 to A3 paper, and scanned a
 * page or a spread (two pages side by side) at a time; a page that the stated resolution makes smaller than A6, or larger
 * than two A3 pages side by side, is read as A4, the paper a disclosure is printed on, and the result says so.
 */
public final class PaperSize {
    /** A4's longer side, in inches: the page a scan without a usable resolution is taken to show. */
    public static final double A4_LONG_INCHES = 297 / 25.4;
    /** The smallest paper a table is printed on: A6's longer side (148 mm), in inches. */
    static final double MIN_LONG_INCHES = 148 / 25.4;
    /**
     * The largest: two A3 pages side by side (840 mm), in inches (a book's spread, scanned at once: a newcomer's spread
     * of two A4 pages at 200 dpi, 23.8 inches with the dark margins, had been read as one A4 page at 407 dpi).
     */
    static final double MAX_LONG_INCHES = 2 * 420 / 25.4;

    private PaperSize() {
    }

    /**
     * Whether an image of {@code width} × {@code height} pixels at {@code dpiX} × {@code dpiY} pixels per inch is a page
     * of paper: its longer side between A6's and two A3 pages' side by side, and not over 14 inches at under 100 dpi (72 and 96 dpi are what
     * programs write when they know nothing; a real 72 dpi scan of an A4 page is 842 pixels tall, and stays A4).
     */
    public static boolean paper(int width, int height, double dpiX, double dpiY) {
        if (!(dpiX > 0) || !(dpiY > 0)) return false;
        double inches = Math.max(width / dpiX, height / dpiY);
        if (inches < MIN_LONG_INCHES || inches > MAX_LONG_INCHES) return false;
        return !(Math.min(dpiX, dpiY) < 100 && inches > 14);
    }

    /**
     * The factor that makes the page of {@code width} × {@code height} pixels at {@code dpiX} × {@code dpiY} an A4 page
     * (both resolutions are multiplied by it, so that a fax's ratio between them is kept); the resolution of an image
     * with none is {@code max(width, height) / A4_LONG_INCHES}.
     */
    public static double toA4(int width, int height, double dpiX, double dpiY) {
        return Math.max(width / dpiX, height / dpiY) / A4_LONG_INCHES;
    }
}

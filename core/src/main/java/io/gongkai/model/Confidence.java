package io.gongkai.model;

/**
 * What a reading's confidence (0–1, on glyphs, raw cells and cells) means, in one place.
 *
 * <ul>
 *   <li>{@link #TEXT_LAYER} (1): read from a PDF's text layer — the characters are what the file says.</li>
 *   <li>{@link #CORROBORATED} and above (below 1): read by OCR and corroborated — two independent readings (two OCR
 *       engines) gave the same text.</li>
 *   <li>below {@link #CORROBORATED}: read by OCR once; at most {@link #ONE_READING} however sure the engine says it is
 *       (engines are sometimes sure and wrong: a blurred 6 read as 8).</li>
 * </ul>
 * An OCR figure must be verified by an identity, or it is flagged ({@code ocr-unverified}): corroborated or not (two
 * engines can fail alike). Corroboration weighs where an identity must choose which reading to trust.
 */
public final class Confidence {
    /** A text layer's reading. */
    public static final double TEXT_LAYER = 1.0;
    /** The least confidence of an OCR reading that two independent readings agree on. */
    public static final double CORROBORATED = 0.95;
    /**
     * Below this an OCR reading of text is flagged ({@code ocr-illegible}): on the newcomer's scans the text cells
     * read as garbage measured 0.04–0.35, those read right 0.67 and more. (Figures: see {@link #MENDED}.)
     */
    public static final double LEGIBLE = 0.5;
    /**
     * The most confidence a figure is given that an extractor read otherwise than the OCR engines did, from its glyphs
     * (a 1-bit scan's 1 with a 4's crossbar dot beside its stem, read 4). A figure at most this sure is in doubt
     * ({@code ocr-illegible}: its value left for the identities to confirm or give), and its 1s and 4s each may be the
     * other where they solve for it. OCR's own figures this unsure are garbage; those read at 0.3–0.5 stand as read (on
     * a photocopy such totals were right, and anchored the sums that put their parts right).
     */
    public static final double MENDED = 0.3;

    /** Whether a figure's reading is at most {@link #MENDED} sure: read otherwise than the engines read it, or garbage. */
    public static boolean mended(double confidence) {
        return confidence <= MENDED;
    }
    /** The most confidence one OCR reading is given. */
    public static final double ONE_READING = 0.9;

    private Confidence() {
    }

    /** Whether a reading came from OCR and was not corroborated by a second, independent one. */
    public static boolean uncorroboratedOcr(double confidence) {
        return confidence < CORROBORATED;
    }
}

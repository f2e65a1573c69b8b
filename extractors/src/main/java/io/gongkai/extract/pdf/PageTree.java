package io.gongkai.extract.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.ArrayList;
import java.util.List;

/**
 * A PDF's page tree and page boxes as PDF readers take them when they are damaged, checked before the pages are read
 * and repaired in memory (the file is not changed), each repair said in one line:
 * <ul>
 *   <li>a root {@code /Count} lower than the pages its leaves hold ({@code /Count -5} over 24 pages, 0, 3): pdfbox finds
 *       no page past the count (a negative one: none at all, and the document read as empty); the pages the tree holds
 *       are read, in order;</li>
 *   <li>a page whose {@code /MediaBox} has no area ({@code [0 0 0 0]}, or not four numbers): pdfbox takes it as it is,
 *       and every position on the page comes out relative to nothing; it is read on its parent's box when that has an
 *       area, else on US Letter's (612 × 792 pt), as pdf.js does.</li>
 * </ul>
 * A {@code /Count} higher than the pages there are (a loop, a count that lies) is not repaired here: the pages missing
 * are reported as damaged by {@link PdfTableReader}, since they may really be lost.
 */
final class PageTree {
    private PageTree() {
    }

    /** The page count the page tree's root gives (its /Count), 0 when it cannot be read or is negative. */
    static int listed(PDDocument doc) {
        try {
            return Math.max(0, doc.getNumberOfPages());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * How many pages the page tree's leaves hold, walked with pdfbox's own guard against loops: the last page there
     * can be, whatever /Count claims (a /Count of 9,999,999,999 over one page, a /Kids that points back up the tree).
     */
    static int reachable(PDDocument doc) {
        int n = 0;
        try {
            for (var it = doc.getPages().iterator(); it.hasNext(); it.next()) n++;
        } catch (RuntimeException | StackOverflowError e) {
            // counted up to the damage
        }
        return n;
    }

    /**
     * When the root's /Count is lower than the pages its leaves hold, the root is made to list those pages, in order,
     * with their number as its /Count (each page keeps its /Parent, and what it inherits from it).
     *
     * @return what was repaired, one line, or null when the count was not lower
     */
    static String repairCount(PDDocument doc) {
        try {
            return repairCountOf(doc);
        } catch (RuntimeException | StackOverflowError e) {
            return null; // a tree too damaged to walk: its pages are read, or reported, as they are
        }
    }

    private static String repairCountOf(PDDocument doc) {
        COSDictionary root = doc.getPages().getCOSObject();
        COSBase said = root.getDictionaryObject(COSName.COUNT);
        int reachable = reachable(doc);
        long count = said instanceof COSNumber n ? n.longValue() : -1;
        if (reachable == 0 || count >= reachable) return null;
        List<COSDictionary> leaves = new ArrayList<>(reachable);
        try {
            for (PDPage page : doc.getPages()) leaves.add(page.getCOSObject());
        } catch (RuntimeException | StackOverflowError e) {
            return null; // the walk that counted them cannot be repeated: left as it is
        }
        COSArray kids = new COSArray();
        leaves.forEach(kids::add);
        root.setItem(COSName.KIDS, kids);
        root.setInt(COSName.COUNT, leaves.size());
        return "the PDF's page tree is damaged: its /Count says " + (said instanceof COSNumber ? String.valueOf(count) : "nothing")
                + ", but it holds " + leaves.size() + " page" + (leaves.size() == 1 ? "" : "s") + "; all " + leaves.size() + " read";
    }

    /** US Letter, in points: the page a PDF reader takes when a page's box is unusable. */
    static final PDRectangle DEFAULT_BOX = PDRectangle.LETTER;

    /**
     * When a page's MediaBox (where everything on it is placed) has no area or is not an array of four
     * numbers, the page is given its parent's box, or {@link #DEFAULT_BOX} when the parent's is no better.
     *
     * @return what was repaired, one line without the page's number ("its MediaBox [0 0 0 0] has no area …"), or null
     *         when the box was usable
     */
    static String repairBox(PDPage page) {
        COSDictionary dict = page.getCOSObject();
        COSBase own = dict.getDictionaryObject(COSName.MEDIA_BOX);
        if (usable(own)) return null;
        COSBase inherited = null;
        COSBase parent = dict.getDictionaryObject(COSName.PARENT);
        for (int depth = 0; parent instanceof COSDictionary p && depth < 64 && inherited == null; depth++) {
            COSBase box = p.getDictionaryObject(COSName.MEDIA_BOX);
            if (usable(box)) inherited = box;
            parent = p.getDictionaryObject(COSName.PARENT);
        }
        if (own == null && inherited != null) return null; // inherited as the format says
        PDRectangle box = inherited instanceof COSArray a ? new PDRectangle(a) : DEFAULT_BOX;
        page.setMediaBox(box);
        if (!usable(dict.getDictionaryObject(COSName.CROP_BOX))) dict.removeItem(COSName.CROP_BOX);
        String wrong = own == null ? "it has no MediaBox" : "its MediaBox " + text(own) + (numbers(own) ? " has no area" : " is not four numbers");
        return String.format("%s (the page is damaged); read on %s (%.0f × %.0f pt)", wrong,
                inherited != null ? "its parent's box" : "US Letter's", box.getWidth(), box.getHeight());
    }

    /** Whether a box is an array of four finite numbers. */
    private static boolean numbers(COSBase box) {
        if (!(box instanceof COSArray a) || a.size() != 4) return false;
        for (int i = 0; i < 4; i++) {
            if (!(a.getObject(i) instanceof COSNumber n) || !Float.isFinite(n.floatValue())) return false;
        }
        return true;
    }

    /** Whether a box is an array of four finite numbers spanning an area of at least a point each way. */
    private static boolean usable(COSBase box) {
        if (!numbers(box)) return false;
        COSArray a = (COSArray) box;
        float[] v = new float[4];
        for (int i = 0; i < 4; i++) v[i] = ((COSNumber) a.getObject(i)).floatValue();
        return Math.abs(v[2] - v[0]) >= 1 && Math.abs(v[3] - v[1]) >= 1;
    }

    /** A box as the PDF writes it, e.g. {@code [0 0 0 0]}. */
    private static String text(COSBase box) {
        if (!(box instanceof COSArray a)) return String.valueOf(box);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.size(); i++) {
            COSBase v = a.getObject(i);
            if (i > 0) b.append(' ');
            if (v instanceof COSNumber n) b.append(stripZeros(n.floatValue()));
            else if (v instanceof org.apache.pdfbox.cos.COSString str) b.append('(').append(str.getString()).append(')');
            else if (v instanceof COSName name) b.append('/').append(name.getName());
            else b.append(v == null ? "null" : v.getClass().getSimpleName());
        }
        return b.append(']').toString();
    }

    private static String stripZeros(float f) {
        return f == Math.rint(f) && Math.abs(f) < 1e9 ? String.valueOf((long) f) : String.valueOf(f);
    }
}

package io.gongkai.extract.image;

import io.gongkai.grid.Segment;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the text of a page is: runs of ink on one text line, no wider gap inside than about half a character
 * (a phrase: a cell's figure, a label, a title), found from the ink without the rulings. A phrase never crosses a
 * vertical ruling (two cells' texts stay apart even when they nearly touch the line between them). Pure.
 */
public final class TextBoxes {
    private TextBoxes() {
    }

    /**
     * @param text    ink without the ruling lines, 255 = ink
     * @param rulings the page's rulings (vertical ones cut phrases)
     * @param dpi     resolution
     * @return phrase boxes in pixels, top to bottom then left to right
     */
    public static List<Rectangle> phrases(Mat text, List<Segment> rulings, float dpi) {
        Mat clean = withoutSpecks(text, dpi);
        try {
            return phrasesOf(clean, rulings, dpi);
        } finally {
            clean.release();
        }
    }

    /**
     * The ink without specks: a blob smaller than a 9 pt full stop's square (a fiftieth of an inch across) that stands
     * apart from every larger blob — toner dust, sensor noise — is not text. A full stop or a comma stands beside its
     * digits and stays.
     */
    static Mat withoutSpecks(Mat text, float dpi) {
        int side = Math.max(2, Math.round(dpi * 0.02f)), near = Math.max(2, Math.round(dpi * 0.025f));
        Mat labels = new Mat(), stats = new Mat(), centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(text, labels, stats, centroids, 8, CvType.CV_32S);
        int[] st = new int[5];
        boolean[] small = new boolean[n];
        int smallCount = 0;
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, st);
            small[i] = st[2] <= side && st[3] <= side;
            if (small[i]) smallCount++;
        }
        Mat out = text.clone();
        if (smallCount > 0) {
            // the larger blobs, grown by the distance a full stop keeps from its digits
            int w = text.cols(), h = text.rows();
            int[] lab = new int[w * h];
            labels.get(0, 0, lab);
            byte[] big = new byte[w * h];
            for (int i = 0; i < lab.length; i++) if (lab[i] > 0 && !small[lab[i]]) big[i] = (byte) 255;
            Mat bigMask = new Mat(h, w, CvType.CV_8UC1);
            bigMask.put(0, 0, big);
            Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(2 * near + 1, 2 * near + 1));
            Imgproc.dilate(bigMask, bigMask, k);
            byte[] grown = new byte[w * h];
            bigMask.get(0, 0, grown);
            boolean[] keep = new boolean[n];
            for (int i = 0; i < lab.length; i++) if (lab[i] > 0 && small[lab[i]] && grown[i] != 0) keep[lab[i]] = true;
            byte[] px = new byte[w * h];
            out.get(0, 0, px);
            for (int i = 0; i < lab.length; i++) if (lab[i] > 0 && small[lab[i]] && !keep[lab[i]]) px[i] = 0;
            out.put(0, 0, px);
            bigMask.release();
            k.release();
        }
        labels.release();
        stats.release();
        centroids.release();
        return out;
    }

    private static List<Rectangle> phrasesOf(Mat text, List<Segment> rulings, float dpi) {
        // characters of one phrase joined: a horizontal gap of up to ~0.8 of a 10 pt character (what follows 、 or ：,
        // which sit in a corner of their square); lines kept apart
        int joinX = Math.max(3, Math.round(dpi * 0.11f));
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(joinX, 1));
        Mat joined = new Mat();
        Imgproc.dilate(text, joined, kernel);
        kernel.release();
        int cut = Math.max(1, Math.round(dpi / 100f));
        for (Segment s : rulings) {
            if (!s.vertical()) continue;
            Imgproc.line(joined, new Point(s.x0(), s.y0()), new Point(s.x1(), s.y1()), new Scalar(0), 2 * cut + 1);
        }
        Mat labels = new Mat(), stats = new Mat(), centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(joined, labels, stats, centroids, 8, CvType.CV_32S);
        int minSide = Math.max(2, Math.round(dpi * 0.012f)), speck = Math.max(4, Math.round(dpi * dpi * 0.00012f));
        List<Rectangle> out = new ArrayList<>();
        int[] st = new int[5];
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, st);
            Rectangle r = new Rectangle(st[0], st[1], st[2], st[3]);
            if (r.width < minSide && r.height < minSide) continue;
            // the phrase's own ink (the dilation widened it): tight box, and specks of noise are not phrases; the box
            // looked at reaches past the cut a rule made, for a glyph that touches the rule (the rule itself is not ink
            // here, so nothing beyond it is taken)
            int x0 = Math.max(0, r.x - cut - 1), x1 = Math.min(text.cols(), r.x + r.width + cut + 1);
            r = new Rectangle(x0, r.y, x1 - x0, r.height);
            Mat roi = text.submat(r.y, r.y + r.height, r.x, r.x + r.width);
            int inkPixels = Core.countNonZero(roi);
            if (inkPixels < speck) {
                roi.release();
                continue;
            }
            Rectangle tight = tight(roi, r);
            roi.release();
            if (tight != null) out.add(tight);
        }
        joined.release();
        labels.release();
        stats.release();
        centroids.release();
        List<Rectangle> merged = mergeFragments(out, rulings, joinX, typicalHeight(out, dpi));
        // what stays far smaller than the page's text in both directions is a mark, not a phrase (dust next to ink, a
        // speck two specks make): a lone full stop carries nothing, a dash is wider
        int typical = typicalHeight(merged, dpi);
        merged.removeIf(r -> Math.max(r.width, r.height) < 0.4 * typical);
        merged.sort(Comparator.comparingInt((Rectangle r) -> r.y).thenComparingInt(r -> r.x));
        return merged;
    }

    /** The least height of printed text's ink, points: a 5 pt figure's (what a disclosure prints is 7 pt and more). */
    static final double LEAST_TEXT_PT = 3.0;

    /**
     * The height of a page's text: the median height of its phrases at least as tall as the least printed text's ink
     * ({@link #LEAST_TEXT_PT}), or of them all when none is. Marks flatter than any character are no measure of the
     * text: a fax's row rules, scanned at 98 lines an inch and stretched to square pixels, leave more ragged pieces
     * beside their fit than the page has phrases (a newcomer's fax of a real budget: a median of 4 pixels, its text
     * 23–28), and every test scaled by the text's height then took the pieces for text: they were read as "+", "T",
     * "丰" and joined the figures and codes of the cells beside them.
     *
     * @param boxes phrase boxes, pixels
     * @param dpi   their resolution
     * @return pixels; 0 when there are no boxes
     */
    public static int typicalHeight(List<Rectangle> boxes, float dpi) {
        double least = LEAST_TEXT_PT * dpi / 72;
        int[] text = boxes.stream().mapToInt(r -> r.height).filter(h -> h >= least).sorted().toArray();
        int[] all = text.length > 0 ? text : boxes.stream().mapToInt(r -> r.height).sorted().toArray();
        return all.length == 0 ? 0 : all[all.length / 2];
    }

    /**
     * Pieces of one text line put together: a character whose strokes stand apart one above the other (元's top
     * stroke, 二, 三, 六) makes separate blobs where nothing beside it joins them; an enumerator (一、, 1., (三))
     * stands apart from its text. Two boxes are joined when they overlap or nearly touch across (or one is a short
     * piece on the other's line, up to a line's height away), and together are no taller than a line of their text
     * (1.2 × {@code typical}, the page's text height ({@link #typicalHeight}), or the taller of the two) or one is a
     * flat stroke of the other ({@link #strokeOf}), with no ruling between them.
     */
    static List<Rectangle> mergeFragments(List<Rectangle> boxes, List<Segment> rulings, int joinX, int typical) {
        if (boxes.size() < 2) return new ArrayList<>(boxes);
        List<Rectangle> work = new ArrayList<>(boxes);
        boolean changed = true;
        while (changed) {
            changed = false;
            work.sort(Comparator.comparingInt((Rectangle r) -> r.x));
            outer:
            for (int i = 0; i < work.size(); i++) {
                Rectangle a = work.get(i);
                for (int j = i + 1; j < work.size(); j++) {
                    Rectangle b = work.get(j);
                    int tall = Math.max(typical, Math.max(a.height, b.height));
                    if (b.x > a.x + a.width + Math.max(joinX, tall)) break; // sorted by x: nothing further is near
                    Rectangle u = a.union(b);
                    int line = (int) Math.ceil(1.2 * tall);
                    if ((u.height > line || u.height >= a.height + b.height + line / 2) && !strokeOf(a, b, u) && !strokeOf(b, a, u)) continue;
                    boolean across = b.x <= a.x + a.width + joinX && a.x <= b.x + b.width + joinX;
                    // an enumerator (一、 1. (三)) stands up to an em before its text: a short piece on the same line
                    int gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
                    boolean sameLine = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) >= 0.5 * Math.min(a.height, b.height);
                    boolean shortPiece = Math.min(a.width, b.width) <= 1.6 * tall; // one or two characters
                    // (only inside a ruled cell: without rules, a figure and the label of the next column can stand as close)
                    if (!across && !(sameLine && shortPiece && gap <= tall && ruledOnBothSides(u, rulings))) continue;
                    if (crossesRule(u, rulings)) continue;
                    work.set(i, u);
                    work.remove(j);
                    changed = true;
                    break outer;
                }
            }
        }
        return work;
    }

    /**
     * Whether {@code piece} is a flat stroke of the character {@code glyph} that stood apart from the rest of it: the
     * glyph one character (no wider than 1.5 of its height: a phrase of figures a seal's ring cut across leaves flat
     * pieces over it that are no strokes of its, and read with them it lost digits), the piece at most a third of its
     * height, over or under it within its width, less than half its height away, and the two no taller than 1.6 of it
     * (元's top stroke 7 pixels above the rest: 4 pixels over 16, 23 together). The test of a
     * line's height cannot tell it: a table page's text height is its figures' (a newcomer's 1-bit scan: 17 pixels),
     * and a Han character is taller (24); 元 was read as a dash and 元, 单位：— 元 gave no unit, and the 95 amounts of the
     * table were flagged for it.
     */
    static boolean strokeOf(Rectangle piece, Rectangle glyph, Rectangle union) {
        int gap = Math.max(piece.y - (glyph.y + glyph.height), glyph.y - (piece.y + piece.height));
        int slack = Math.max(2, glyph.height / 8);
        return 2 * glyph.width <= 3 * glyph.height && 3 * piece.height <= glyph.height && piece.x >= glyph.x - slack && piece.x + piece.width <= glyph.x + glyph.width + slack
                && 2 * gap < glyph.height && union.height <= 1.6 * glyph.height;
    }

    /** Whether vertical rules stand left and right of a box, across its height: it lies in a ruled table's cell. */
    private static boolean ruledOnBothSides(Rectangle r, List<Segment> rulings) {
        boolean left = false, right = false;
        for (Segment s : rulings) {
            if (!s.vertical() || s.y0() > r.y || s.y1() < r.y + r.height) continue;
            if (s.x0() <= r.x) left = true;
            if (s.x0() >= r.x + r.width) right = true;
        }
        return left && right;
    }

    /** Whether a ruling runs through the inside of a box (two cells' texts are never one phrase). */
    private static boolean crossesRule(Rectangle r, List<Segment> rulings) {
        for (Segment s : rulings) {
            if (s.horizontal() && s.y0() > r.y && s.y0() < r.y + r.height && s.x0() < r.x + r.width && s.x1() > r.x) return true;
            if (s.vertical() && s.x0() > r.x && s.x0() < r.x + r.width && s.y0() < r.y + r.height && s.y1() > r.y) return true;
        }
        return false;
    }

    private static Rectangle tight(Mat roi, Rectangle at) {
        Mat pts = new Mat();
        Core.findNonZero(roi, pts);
        if (pts.empty()) {
            pts.release();
            return null;
        }
        org.opencv.core.Rect b = Imgproc.boundingRect(pts);
        pts.release();
        return new Rectangle(at.x + b.x, at.y + b.y, b.width, b.height);
    }
}

package io.gongkai.extract.scan;

import io.gongkai.extract.ocr.TextLine;

import java.awt.Rectangle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase the recognizer read as a figure and a name side by side — two cells set closer than the phrase finder
 * parts words (a right-aligned amount a fifth of an em from the next column's left-aligned name, no column rule
 * between: a two-sided 总表 ruled across only, as Chromium or a word processor prints it) — parted where its characters
 * part, by the recognizer's own placing of them (PP-OCRv4's: each character's columns in the crop). Read as one phrase,
 * {@code 371,514,655.00一、一般公共服务支出} was one cell: the table lost its columns, and was left out (a newcomer's
 * scans of such a 总表 at 150–300 dpi). A figure here is an amount printed with its separators or its decimals (digits
 * alone may be a classification code, printed with its name in one cell). Two figures read as one phrase with a space
 * between are parted so too: figures set flush left in narrow columns stand closer than the phrase finder parts words,
 * and {@code 6,958,414 6,958,414} (合计 and 人员经费) was one word reaching over both columns, which the table then read
 * as one (a newcomer's scan of a borderless table printed by LibreOffice Writer). Pure but for reading the page's pixels.
 */
final class FigureBesideName {
    /** An amount, then a name (Han first), or the other way round: the whole phrase, spaces aside. */
    private static final Pattern FIGURE_THEN_NAME = Pattern.compile("^(-?\\d{1,3}(?:[,，]\\d{3})+(?:[.．]\\d{1,2})?|-?\\d+[.．]\\d{2})\\s*(\\p{IsHan}.*)$"),
            NAME_THEN_FIGURE = Pattern.compile("^(.*\\p{IsHan})\\s*(-?\\d{1,3}(?:[,，]\\d{3})+(?:[.．]\\d{1,2})?|-?\\d+[.．]\\d{2})$"),
            /*
             * An amount, then a space the recognizer read and digits with separators, once or more: as many columns'
             * figures (the later ones perhaps misread, 3,580,522 3,580,52; each one's own second look reads it again).
             * No space, no parting: a long figure's groups may themselves read as two amounts (12,345 678,901).
             */
            FIGURES = Pattern.compile("^(?:-?\\d{1,3}(?:[,，]\\d{3})+(?:[.．]\\d{2})?|-?\\d+[.．]\\d{2})(?:\\s+-?\\d[\\d,，.．]*\\d)+$"),
            WORD = Pattern.compile("\\S+");

    /** One of the two cells: its text, and its box in the page's pixels. */
    record Part(String text, Rectangle box) {
    }

    private FigureBesideName() {
    }

    /**
     * The cells a phrase's reading holds (two, or as many figures as it reads), or an empty list when it is one (or the
     * recognizer placed no characters).
     *
     * @param line     the phrase's reading, its characters placed in its crop's pixels
     * @param box      the phrase's ink box, page pixels
     * @param cropLeft the page's x of the crop's left edge ({@link PageReading#cropLeft})
     * @param page     the page read (8-bit gray, paper light), where the gap between the two is looked for
     */
    static List<Part> parts(TextLine line, Rectangle box, int cropLeft, org.opencv.core.Mat page) {
        String text = line.text();
        if (line.chars().isEmpty() || text.codePointCount(0, text.length()) != line.chars().size()) return List.of();
        // the cells' texts and, for each but the first, the char index where it begins
        List<String> texts = new java.util.ArrayList<>();
        List<Integer> begins = new java.util.ArrayList<>();
        Matcher m = FIGURE_THEN_NAME.matcher(text);
        if (!m.matches()) m = NAME_THEN_FIGURE.matcher(text);
        if (m.matches()) {
            texts.add(m.group(1).strip());
            texts.add(m.group(2).strip());
            begins.add(text.codePointCount(0, m.end(1)));
        } else if (FIGURES.matcher(text).matches()) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                if (!texts.isEmpty()) begins.add(text.codePointCount(0, word.start()));
                texts.add(word.group());
            }
        } else {
            return List.of();
        }
        List<Part> out = new java.util.ArrayList<>();
        int left = box.x;
        for (int k = 0; k < begins.size(); k++) {
            int firstChars = begins.get(k);
            while (firstChars > 0 && line.chars().get(firstChars - 1).text().isBlank()) firstChars--;
            // where the next cell's first character begins, not a space's
            int at = begins.get(k);
            while (at < line.chars().size() && line.chars().get(at).text().isBlank()) at++;
            if (at >= line.chars().size() || firstChars == 0) return List.of();
            // the recognizer places a character from one column of its output to the next: the first cell's last
            // character ends where the next one's first begins. The gap between them is the page's: of the runs of
            // columns without ink (over the middle of the phrase's height: a row's rule may touch its top or bottom)
            // from the last character's middle to half a character past the next one's first, the one nearest the
            // recognizer's boundary; none (touching), a pixel at that boundary
            TextLine.Char last = line.chars().get(firstChars - 1), next = line.chars().get(at);
            int from = Math.max(left, cropLeft + (last.x0() + last.x1()) / 2), to = Math.min(box.x + box.width, cropLeft + next.x1() + (next.x1() - next.x0()) / 2);
            if (to - from < 2) return List.of();
            int[] gap = blankNearest(page, from, to, box.y + box.height / 5, box.y + box.height - box.height / 5, cropLeft + last.x1());
            int end = gap == null ? cropLeft + last.x1() : gap[0], start = gap == null ? end + 1 : gap[1];
            if (end <= left || start >= box.x + box.width || start <= end) return List.of();
            out.add(new Part(texts.get(k), new Rectangle(left, box.y, end - left, box.height)));
            left = start;
        }
        out.add(new Part(texts.get(texts.size() - 1), new Rectangle(left, box.y, box.x + box.width - left, box.height)));
        return out;
    }

    /** Darker than this (gray, paper 255) a pixel is ink. */
    private static final int INK = 160;

    /**
     * The run of pixel columns in {@code [from, to)} holding no ink over rows {@code [top, bottom)} nearest column
     * {@code at} (holding it, or the first of the nearest): its first column and the one after its last; null when
     * every column holds ink.
     */
    private static int[] blankNearest(org.opencv.core.Mat page, int from, int to, int top, int bottom, int at) {
        if (bottom <= top || to <= from || from < 0 || to > page.cols() || top < 0 || bottom > page.rows()) return null;
        org.opencv.core.Mat band = page.submat(top, bottom, from, to), least = new org.opencv.core.Mat();
        org.opencv.core.Core.reduce(band, least, 0, org.opencv.core.Core.REDUCE_MIN);
        byte[] m = new byte[to - from];
        least.get(0, 0, m);
        band.release();
        least.release();
        int[] best = null;
        for (int k = 0; k < m.length; ) {
            if ((m[k] & 0xff) < INK) { k++; continue; }
            int j = k;
            while (j < m.length && (m[j] & 0xff) >= INK) j++;
            int[] run = {from + k, from + j};
            if (best == null || off(run, at) < off(best, at)) best = run;
            k = j;
        }
        return best;
    }

    /** How far column {@code at} stands from the run {@code [run[0], run[1])}: 0 inside it. */
    private static int off(int[] run, int at) {
        return at < run[0] ? run[0] - at : at >= run[1] ? at - run[1] + 1 : 0;
    }
}

package io.gongkai.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Test pages: A4 portrait, 8-bit gray. {@link #make} is a budget's opening: a 16 pt title, header lines at 10.5 pt,
 * then rows of a label and a figure at 9 and 12 pt, in reading order. {@link #table} is a ruled table whose figures
 * sit flush against the rule on their right, with a label right after it, and whose labels start with 一 close to
 * the rule on their left (as budget tables print them).
 */
final class MixedPage {
    static final List<String> TEXTS = List.of("2025年部门财务收支预算总表", "编制部门：上海市普陀区财政局", "单位：元",
            "一般公共预算财政拨款支出预算表", "38,454,900.00", "住房保障支出", "1,234,567.89", "2080501", "0.00", "财务收支预算总表",
            "社会保障和就业支出");
    static final double[] SIZES = {16, 10.5, 10.5, 12, 12, 9, 9, 9, 9, 12, 10.5};

    private MixedPage() {
    }

    static RenderedText.Page make(int dpi) {
        List<RenderedText.Placed> texts = new ArrayList<>();
        texts.add(new RenderedText.Placed(TEXTS.get(0), SIZES[0], at(2.4, dpi), at(0.8, dpi)));
        texts.add(new RenderedText.Placed(TEXTS.get(1), SIZES[1], at(0.8, dpi), at(1.3, dpi)));
        texts.add(new RenderedText.Placed(TEXTS.get(2), SIZES[2], at(6.6, dpi), at(1.3, dpi)));
        double y = 1.8;
        for (int i = 3; i < TEXTS.size(); i += 2) {
            texts.add(new RenderedText.Placed(TEXTS.get(i), SIZES[i], at(0.8, dpi), at(y, dpi)));
            if (i + 1 < TEXTS.size()) texts.add(new RenderedText.Placed(TEXTS.get(i + 1), SIZES[i + 1], at(5.2, dpi), at(y, dpi)));
            y += 0.45;
        }
        return RenderedText.page(at(8.27, dpi), at(11.69, dpi), dpi, texts, new int[0], new int[0]);
    }

    static final List<String> TABLE_TEXTS = List.of("31,214,205.80", "一、一般公共服务支出", "22,186,440.80",
            "3,508,644.00", "二、社会保障和就业支出", "782,164.00", "一般行政管理事务", "100,000.00", "4,736,957.00");

    /** Three rows of three cells: a figure flush right, a label flush left, a figure flush right. */
    static RenderedText.Page table(int dpi) {
        double pt = 10.5, px = RenderedText.pixels(pt, dpi);
        int[] columns = {at(0.5, dpi), at(2.3, dpi), at(5.2, dpi), at(7.0, dpi)};
        int rowHeight = (int) Math.round(2 * px), top = at(1, dpi);
        int[] rows = {top, top + rowHeight, top + 2 * rowHeight, top + 3 * rowHeight};
        List<RenderedText.Placed> texts = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            int y = rows[r] + (int) Math.round(0.55 * px);
            String left = TABLE_TEXTS.get(3 * r), label = TABLE_TEXTS.get(3 * r + 1), right = TABLE_TEXTS.get(3 * r + 2);
            texts.add(new RenderedText.Placed(left, pt, columns[1] - 1 - RenderedText.ink(left, RenderedText.font(px)).width, y));
            texts.add(new RenderedText.Placed(label, pt, columns[1] + 6, y));
            texts.add(new RenderedText.Placed(right, pt, columns[3] - 1 - RenderedText.ink(right, RenderedText.font(px)).width, y));
        }
        return RenderedText.page(at(8.27, dpi), at(4, dpi), dpi, texts, rows, columns);
    }

    private static int at(double inches, int dpi) {
        return (int) Math.round(inches * dpi);
    }
}

package io.gongkai.extract.ocr;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Boxes in reading order: top to bottom, and left to right among boxes on the same row. Two boxes are on the same row
 * when their vertical centres are less than half the smaller one's height apart (for a table row whose cells' text
 * sits a few pixels higher or lower, unlike PaddleOCR's fixed 10 pixels).
 */
final class ReadingOrder {
    private ReadingOrder() {
    }

    /** The items sorted by their boxes in reading order (a new list). */
    static <T> List<T> sort(List<T> items, Function<T, Rectangle> box) {
        List<T> byTop = new ArrayList<>(items);
        byTop.sort(Comparator.comparingDouble((T t) -> box.apply(t).getCenterY()).thenComparingInt(t -> box.apply(t).x));
        List<T> out = new ArrayList<>(items.size());
        List<T> row = new ArrayList<>();
        Rectangle first = null;
        for (T t : byTop) {
            Rectangle b = box.apply(t);
            if (first != null && Math.abs(b.getCenterY() - first.getCenterY()) >= Math.min(b.height, first.height) / 2.0) {
                flush(row, box, out);
                first = null;
            }
            if (first == null) first = b;
            row.add(t);
        }
        flush(row, box, out);
        return out;
    }

    private static <T> void flush(List<T> row, Function<T, Rectangle> box, List<T> out) {
        row.sort(Comparator.comparingInt(t -> box.apply(t).x));
        out.addAll(row);
        row.clear();
    }
}

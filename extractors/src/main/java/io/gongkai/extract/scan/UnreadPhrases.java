package io.gongkai.extract.scan;

import io.gongkai.model.Box;
import io.gongkai.model.Confidence;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;

import java.util.ArrayList;
import java.util.List;

/**
 * The phrases of a page read by OCR that the engine read as nothing: ink the phrase finder took for a line of text (not
 * a rule's piece, not a dash) of which the recognizer made no character. What they print is not known, and a cell that
 * holds one is not known to be blank: a figure circled by hand in pen (the ring and the figure one phrase, read as
 * nothing) came out an empty cell, status empty, no identity over it, exit 0. Immutable, thread-safe.
 *
 * @param boxes the phrases' boxes, points from the page's top-left corner
 */
public record UnreadPhrases(List<Box> boxes) {
    public UnreadPhrases {
        boxes = List.copyOf(boxes);
    }

    /** No phrase left unread. */
    public static final UnreadPhrases NONE = new UnreadPhrases(List.of());

    /** The share of an unread phrase's box a cell's box holds for the phrase to be the cell's. */
    static final double HELD = 0.5;

    /**
     * Rows with each cell that holds an unread phrase ({@link #HELD} of its box or more) put in doubt: a blank read there
     * is read with confidence 0 (below {@link Confidence#LEGIBLE}: not known to be blank), any other reading with
     * {@link Confidence#MENDED} at most (a part of it may be what was not read) — flagged, the identities to confirm or
     * give it. Cells without a box are as read.
     */
    public List<RawRow> marked(List<RawRow> rows) {
        if (boxes.isEmpty()) return rows;
        List<RawRow> out = new ArrayList<>(rows.size());
        for (RawRow r : rows) {
            List<RawCell> cells = new ArrayList<>(r.cells().size());
            boolean changed = false;
            for (RawCell c : r.cells()) {
                if (c.box() == null || !holdsOne(c.box())) {
                    cells.add(c);
                    continue;
                }
                boolean blank = c.text() == null || c.text().isBlank();
                cells.add(new RawCell(c.text(), c.box(), blank ? 0 : Math.min(c.confidence(), Confidence.MENDED)));
                changed = true;
            }
            out.add(changed ? new RawRow(r.line(), cells) : r);
        }
        return out;
    }

    private boolean holdsOne(Box cell) {
        for (Box b : boxes) {
            double w = Math.min(cell.x() + cell.width(), b.x() + b.width()) - Math.max(cell.x(), b.x());
            double h = Math.min(cell.y() + cell.height(), b.y() + b.height()) - Math.max(cell.y(), b.y());
            if (w > 0 && h > 0 && w * h >= HELD * b.width() * b.height()) return true;
        }
        return false;
    }
}

package io.gongkai.assemble;

import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.NumberReading;
import io.gongkai.normalize.TextNormalizer;

import java.util.List;
import java.util.Set;

/** Turns a raw cell into a typed cell with a status. Pure and thread-safe. */
public final class CellReader {
    /** Repairs that only undo typography; the value is certain afterwards. */
    static final Set<RepairKind> CERTAIN_REPAIRS = Set.of(RepairKind.FULL_WIDTH, RepairKind.SPACED_SEPARATORS, RepairKind.DECIMAL_COMMA, RepairKind.DOT_SEPARATORS,
            RepairKind.POINT_GLYPH, RepairKind.SPACE_SEPARATORS, RepairKind.WRAPPED_FIGURE);

    private CellReader() {
    }

    public static Cell read(RawCell raw, String column, Column.Kind kind) {
        String text = raw == null || raw.text() == null ? "" : raw.text();
        double conf = raw == null ? 1 : raw.confidence();
        var box = raw == null ? null : raw.box();
        if (kind == Column.Kind.TEXT) {
            String norm = TextNormalizer.normalize(text);
            if (norm.isEmpty()) return new Cell(column, null, norm, text, CellStatus.EMPTY, conf, box, List.of());
            // text no identity can check: what OCR could hardly read is flagged, not passed on as read
            if (conf < io.gongkai.model.Confidence.LEGIBLE) {
                return new Cell(column, null, norm, text, CellStatus.SUSPECT, conf, box,
                        List.of(new Repair(RepairKind.OCR_ILLEGIBLE, text, String.format(java.util.Locale.ROOT, "read by OCR with confidence %.2f", conf))));
            }
            return new Cell(column, null, norm, text, CellStatus.OK, conf, box, List.of());
        }
        NumberReading r = NumberParser.parse(text, kind == Column.Kind.MONEY ? 2 : kind == Column.Kind.COUNT ? 0 : -1, NumberParser.ocrReading(text, conf));
        return switch (r.kind()) {
            // a blank or a dash read where the reading is in doubt (ink over the cell: an opaque seal's) is not known to
            // be one: what was printed there may be hidden
            case BLANK -> conf < io.gongkai.model.Confidence.LEGIBLE ? hidden(column, "", text, conf, box, r.repairs())
                    : new Cell(column, null, "", text, CellStatus.EMPTY, conf, box, r.repairs());
            case DASH -> conf < io.gongkai.model.Confidence.LEGIBLE ? hidden(column, "-", text, conf, box, r.repairs())
                    : new Cell(column, null, "-", text, CellStatus.EMPTY, conf, box, r.repairs());
            case TEXT -> {
                String norm = TextNormalizer.normalize(text);
                yield new Cell(column, null, norm, text, CellStatus.SUSPECT, conf, box,
                        append(r.repairs(), new Repair(RepairKind.NOT_A_NUMBER, text, norm)));
            }
            case NUMBER, PERCENT -> {
                if (io.gongkai.model.Confidence.mended(conf)) {
                    // a figure an extractor read otherwise than OCR did (a 1 with a 4's crossbar beside it), or one OCR
                    // hardly read: in doubt, its value is left for the identities to confirm or give (a figure OCR read
                    // at 0.45 stands as read: on a photocopy such totals were right, and the sums over them held)
                    yield new Cell(column, r.value(), r.value().toPlainString(), text, CellStatus.SUSPECT, conf, box,
                            append(r.repairs(), new Repair(RepairKind.OCR_ILLEGIBLE, text, String.format(java.util.Locale.ROOT, "read by OCR with confidence %.2f", conf))));
                }
                boolean certain = r.certain() && r.repairs().stream().allMatch(x -> CERTAIN_REPAIRS.contains(x.kind()));
                CellStatus status = !certain ? CellStatus.SUSPECT : r.repairs().isEmpty() ? CellStatus.OK : CellStatus.REPAIRED;
                // the confidence stays the reading's (Confidence: text layer, corroborated OCR or one OCR reading); how
                // certain the number is, the status says
                yield new Cell(column, r.value(), r.value().toPlainString(), text, status, conf, box, r.repairs());
            }
        };
    }

    /** A blank or dash whose reading is in doubt: suspect, with nothing as its value. */
    private static Cell hidden(String column, String norm, String text, double conf, io.gongkai.model.Box box, List<Repair> repairs) {
        return new Cell(column, null, norm, text, CellStatus.SUSPECT, conf, box, append(repairs, new Repair(RepairKind.OCR_ILLEGIBLE, text,
                String.format(java.util.Locale.ROOT, "read %s with confidence %.2f: what is printed under the ink over it is not known", norm.isEmpty() ? "blank" : "a dash", conf))));
    }

    /**
     * Value cells with a cell that holds several numbers ("8,678,903.17 8,678,903.17": two columns an extractor ran
     * together) split into one cell per number, so the columns after it do not shift.
     */
    static List<RawCell> splitJoined(List<RawCell> cells) {
        List<RawCell> out = new java.util.ArrayList<>(cells.size());
        for (RawCell c : cells) {
            String t = c.text() == null ? "" : c.text().strip();
            String[] parts = t.split("\\s+");
            // each part a whole number of its own: "17, 560, 320" (a separator before a space) is one number spaced
            boolean several = parts.length > 1 && java.util.Arrays.stream(parts).allMatch(p -> {
                NumberReading r = NumberParser.parse(p, -1);
                return r.kind() == NumberReading.Kind.NUMBER && (p.contains(",") || p.contains(".")) && !p.endsWith(",") && !p.endsWith(".")
                        || r.kind() == NumberReading.Kind.DASH;
            });
            // (a figure its narrow cell wrapped, 371,514,65 | 5.00, is one: NumberParser joins it)
            if (!several || NumberParser.parse(t, -1).repairs().stream().anyMatch(r -> r.kind() == RepairKind.WRAPPED_FIGURE)) {
                out.add(c);
                continue;
            }
            for (String p : parts) out.add(new RawCell(p, c.box(), c.confidence() * 0.9));
        }
        return out;
    }

    /** The template's columns read from {@code cells} starting at {@code first}; columns past the row's end are absent. */
    static List<Cell> readColumns(List<RawCell> cells, int first, List<io.gongkai.template.TemplateColumn> columns) {
        List<Cell> out = new java.util.ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            var col = columns.get(c);
            int idx = first + c;
            out.add(idx < cells.size() ? read(cells.get(idx), col.key(), col.kind()) : absent(col.key()));
        }
        return out;
    }

    /** A cell the template expects but the source row does not have at all. */
    public static Cell absent(String column) {
        return new Cell(column, null, "", "", CellStatus.EMPTY, 1, null, List.of());
    }

    private static List<Repair> append(List<Repair> list, Repair r) {
        List<Repair> all = new java.util.ArrayList<>(list);
        all.add(r);
        return all;
    }
}

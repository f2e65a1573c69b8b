package io.gongkai.write;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a document as an Excel workbook: one worksheet a table (headers as printed, merged where they span, amounts
 * as numbers, doubtful cells highlighted: suspect pink, recovered blue, contradicted orange), a "checks" worksheet with
 * every identity, and a "cells" legend. Streamed ({@code SXSSFWorkbook}: a hundred rows in memory at a time, the rest in a
 * compressed temporary file), so that memory does not grow with the cells (in-memory XSSF took 12 KB a cell: 1.2 GB for
 * 100,000). Thread-safe.
 */
public final class XlsxWriter implements DocumentWriter {

    /** Writes the document as a workbook at {@code target}. */
    @Override
    public void write(Document doc, java.nio.file.Path target) throws IOException {
        try (OutputStream out = Targets.bytes(target)) {
            write(doc, out);
        }
    }

    /** Writes the document as a workbook to {@code out} (not closed). */
    public void write(Document doc, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        try (wb) {
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle suspect = fill(wb, number, IndexedColors.ROSE);
            CellStyle recovered = fill(wb, number, IndexedColors.PALE_BLUE);
            CellStyle contradicted = fill(wb, number, IndexedColors.LIGHT_ORANGE);
            CellStyle bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table t : doc.tables()) {
                Sheet ws = wb.createSheet(sheetName(wb, t));
                int depth = t.columns().stream().mapToInt(c -> c.path().size()).max().orElse(1);
                depth = Math.max(1, depth);
                put(ws, 0, 0, t.title() == null ? t.ref() : t.title(), bold);
                put(ws, 1, 0, (t.printedNumber() == null ? "" : t.printedNumber() + "  ") + "template " + t.templateId() + "  " + unit(t), null);
                int top = 3;
                put(ws, top, 0, "row", bold);
                put(ws, top, 1, "name", bold);
                for (int level = 0; level < depth; level++) {
                    int c = 0;
                    while (c < t.columns().size()) {
                        List<String> path = t.columns().get(c).path();
                        String h = level < path.size() ? path.get(level) : (level == 0 ? t.columns().get(c).key() : "");
                        int span = 1;
                        while (c + span < t.columns().size() && level < path.size() - 1 && samePrefix(t.columns().get(c + span).path(), path, level)) span++;
                        put(ws, top + level, 2 + c, h, bold);
                        if (span > 1) ws.addMergedRegion(new CellRangeAddress(top + level, top + level, 2 + c, 1 + c + span));
                        c += span;
                    }
                }
                int r = top + depth;
                for (Row row : t.rows()) {
                    put(ws, r, 0, row.key().value(), null);
                    put(ws, r, 1, row.label(), null);
                    for (int c = 0; c < t.columns().size(); c++) {
                        Column col = t.columns().get(c);
                        var cell = row.cell(col.key());
                        if (cell.isEmpty()) continue;
                        Cell v = cell.get();
                        org.apache.poi.ss.usermodel.Cell x = at(ws, r, 2 + c);
                        if (v.number() != null) x.setCellValue(v.number().doubleValue());
                        else x.setCellValue(v.text());
                        x.setCellStyle(v.status() == CellStatus.SUSPECT ? suspect : v.verdict() == io.gongkai.model.Verdict.CONTRADICTED ? contradicted
                                : v.status() == CellStatus.RECOVERED ? recovered : number);
                    }
                    r++;
                }
                ws.createFreezePane(2, top + depth);
            }
            Sheet checks = wb.createSheet("checks");
            String[] head = {"identity", "status", "description", "expected", "actual", "difference"};
            for (int c = 0; c < head.length; c++) put(checks, 0, c, head[c], bold);
            int r = 1;
            for (Check c : doc.allChecks()) {
                put(checks, r, 0, c.identity(), null);
                put(checks, r, 1, c.status().id(), c.status() == CheckStatus.FAIL ? contradicted : null);
                put(checks, r, 2, c.description(), null);
                if (c.expected() != null) at(checks, r, 3).setCellValue(c.expected().doubleValue());
                if (c.actual() != null) at(checks, r, 4).setCellValue(c.actual().doubleValue());
                if (c.difference() != null) at(checks, r, 5).setCellValue(c.difference().doubleValue());
                r++;
            }
            Sheet legend = wb.createSheet("legend");
            put(legend, 0, 0, "pink: suspect (do not use without checking the source)", suspect);
            put(legend, 1, 0, "blue: recovered (lost in the source, pinned by identities)", recovered);
            put(legend, 2, 0, "orange: contradicted by a failing identity", contradicted);
            wb.write(out);
        } finally {
            wb.dispose(); // its temporary files
        }
    }

    /** Rows of a sheet kept in memory while it is written (a header spans a few; rows are written in order). */
    private static final int WINDOW = 100;

    private static boolean samePrefix(List<String> a, List<String> b, int level) {
        if (a.size() <= level || b.size() <= level) return false;
        for (int i = 0; i <= level; i++) if (!a.get(i).equals(b.get(i))) return false;
        return true;
    }

    private static String sheetName(Workbook wb, Table t) {
        String base = (t.ref() + " " + (t.templateId() == null ? "table" : t.templateId())).replaceAll("[\\\\/?*\\[\\]:]", "-");
        return base.length() > 31 ? base.substring(0, 31) : base;
    }

    private static CellStyle fill(Workbook wb, CellStyle base, IndexedColors color) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private static org.apache.poi.ss.usermodel.Cell at(Sheet ws, int r, int c) {
        org.apache.poi.ss.usermodel.Row row = ws.getRow(r) == null ? ws.createRow(r) : ws.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void put(Sheet ws, int r, int c, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell x = at(ws, r, c);
        x.setCellValue(text == null ? "" : text);
        if (style != null) x.setCellStyle(style);
    }

    /** The sheet's unit line: as printed, or inferred and how, or unknown (its amounts are then filled pink, suspect). */
    private static String unit(Table t) {
        if (t.unitSource().printed()) return "unit " + t.unit().label();
        if (t.unit().known()) return "unit " + t.unit().label() + " (inferred, " + t.unitSource().kind().id() + ": " + t.unitSource().detail() + ")";
        return t.amountCount() == 0 ? "unit not printed" : "unit UNKNOWN (元 or 万元): every amount is suspect; " + t.unitSource().detail();
    }
}

package io.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One value of a table.
 *
 * @param column     the column key (栏次) the cell belongs to
 * @param number     the numeric value, or null for text and empty cells
 * @param text       the normalized text (for text cells; for numbers the normalized number text)
 * @param raw        the string exactly as the source gave it
 * @param status     how far the value can be trusted
 * @param confidence 0..1; 1 for a clean text layer
 * @param box        where the cell sits on its page, null when unknown (text input)
 * @param repairs    every change made to get from {@code raw} to the value
 */
public record Cell(String column, BigDecimal number, String text, String raw, CellStatus status,
                   double confidence, Box box, List<Repair> repairs) {

    public Cell {
        repairs = List.copyOf(repairs);
    }

    public Optional<BigDecimal> value() {
        return Optional.ofNullable(number);
    }

    public boolean isNumeric() {
        return number != null;
    }

    public Cell withColumn(String newColumn) {
        return new Cell(newColumn, number, text, raw, status, confidence, box, repairs);
    }

    /** This cell with a value recovered or rejected by validation; the repair is appended. */
    public Cell revised(BigDecimal newNumber, CellStatus newStatus, Repair repair) {
        List<Repair> all = new java.util.ArrayList<>(repairs);
        if (repair != null) all.add(repair);
        String newText = newNumber != null ? newNumber.toPlainString() : text;
        return new Cell(column, newNumber, newText, raw, newStatus, confidence, box, all);
    }
}

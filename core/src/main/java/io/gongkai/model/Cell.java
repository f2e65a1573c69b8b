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
 * @param verdict    what the document's identities say of it, decided once by validation ({@link Verdict#UNCHECKED}
 *                   until then)
 * @param identities the ids of the identities that read it (those that decided the verdict among them)
 */
public record Cell(String column, BigDecimal number, String text, String raw, CellStatus status,
                   double confidence, Box box, List<Repair> repairs, Verdict verdict, List<String> identities) {

    public Cell {
        repairs = List.copyOf(repairs);
        verdict = verdict == null ? Verdict.UNCHECKED : verdict;
        identities = List.copyOf(identities);
    }

    /** A cell no identity has yet been checked over ({@link Verdict#UNCHECKED}). */
    public Cell(String column, BigDecimal number, String text, String raw, CellStatus status, double confidence, Box box, List<Repair> repairs) {
        this(column, number, text, raw, status, confidence, box, repairs, Verdict.UNCHECKED, List.of());
    }

    /**
     * Whether the cell is flagged: {@code suspect}, or contradicted by an identity. A value not flagged is verified, read
     * from a text layer, or read by OCR where nothing doubts it; a flagged one is to be checked against the page.
     */
    public boolean flagged() {
        return status == CellStatus.SUSPECT || verdict == Verdict.CONTRADICTED;
    }

    /** This cell with the identities' verdict on it. */
    public Cell decided(Verdict newVerdict, List<String> byIdentities) {
        return new Cell(column, number, text, raw, status, confidence, box, repairs, newVerdict, byIdentities);
    }

    public Optional<BigDecimal> value() {
        return Optional.ofNullable(number);
    }

    public boolean isNumeric() {
        return number != null;
    }

    public Cell withColumn(String newColumn) {
        return new Cell(newColumn, number, text, raw, status, confidence, box, repairs, verdict, identities);
    }

    /** This cell with a value recovered or rejected by validation; the repair is appended (the verdict is to be decided anew). */
    public Cell revised(BigDecimal newNumber, CellStatus newStatus, Repair repair) {
        List<Repair> all = new java.util.ArrayList<>(repairs);
        if (repair != null) all.add(repair);
        String newText = newNumber != null ? newNumber.toPlainString() : text;
        return new Cell(column, newNumber, newText, raw, newStatus, confidence, box, all);
    }
}

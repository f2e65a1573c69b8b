package io.gongkai.model;

/**
 * One change made while reading a value, kept on the cell so that nothing is silently altered.
 *
 * @param kind   what kind of change ({@link RepairKind}; the outputs write its id, e.g. {@code spaced-separators})
 * @param before the text or value before
 * @param after  the text or value after
 */
public record Repair(RepairKind kind, String before, String after) {
    public Repair {
        java.util.Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return kind.id() + ": " + before + " -> " + after;
    }
}

package io.gongkai.model;

/**
 * What the document's identities say about a cell, decided once when the document is validated
 * ({@link io.gongkai.validate.Verification}) and stored on the {@link Cell}: every writer, view and dataset reads it.
 */
public enum Verdict {
    /** An identity that holds over some non-zero amount vouches for the value (see Verification for what counts). */
    VERIFIED,
    /** An identity over the cell fails: the value, or another in that identity, is wrong. */
    CONTRADICTED,
    /** No identity decides: the value stands on its reading alone. */
    UNCHECKED;

    /** The verdict's name in the outputs: {@code verified}, {@code contradicted}, {@code unchecked}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package io.gongkai.model;

/** Outcome of one arithmetic identity. */
public enum CheckStatus {
    /** Holds exactly. */
    PASS,
    /** Holds within the rounding tolerance of a table printed in rounded units (e.g. 万元). */
    ROUNDING,
    /** Does not hold: the source (or our reading of it) is inconsistent. */
    FAIL,
    /** Cannot be decided: a cell it needs is missing or unreadable. */
    UNVERIFIABLE;

    public boolean holds() { return this == PASS || this == ROUNDING; }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}

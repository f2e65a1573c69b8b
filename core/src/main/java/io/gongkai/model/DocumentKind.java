package io.gongkai.model;

/** Kind of fiscal disclosure. */
public enum DocumentKind {
    /** 决算: final accounts. */
    FINAL,
    /** 预算: budget. */
    BUDGET,
    UNKNOWN;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}

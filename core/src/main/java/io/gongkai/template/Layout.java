package io.gongkai.template;

/** How a template's rows sit on the page; chooses the row parser. */
public enum Layout {
    /** Two tables side by side, each row keyed by 行次 (收入 left, 支出 right), e.g. 收入支出决算表. */
    TWO_SIDED,
    /**
     * Two tables side by side without 行次, rows keyed by label: "label | values | label | values", e.g. a budget's
     * 财务收支预算总表. Enumerations (一、 1. (一)) give each row its outline level.
     */
    TWO_SIDED_LABELED,
    /** One row of amounts under a header, e.g. a budget's "三公"经费预算表. */
    SINGLE_ROW,
    /** Rows keyed by function code (类/款/项) with a 合计 row, e.g. 支出决算表. */
    CODED,
    /** Repeated (code, name, amount) groups across the page, keyed by economic code, e.g. 基本支出决算表. */
    ECONOMIC_GRID,
    /** Rows keyed by 行次 with a label in front, e.g. "三公"经费情况表. */
    LINE_ITEMS,
    /** Rows keyed by label with a 合计 row, e.g. 国有资产使用情况表. */
    LABELED,
    /** A performance self-evaluation of the whole department: funds block and indicators. */
    PERFORMANCE_DEPARTMENT,
    /** A project performance self-evaluation: project, funds, indicators, score. */
    PERFORMANCE_PROJECT,
    /** Narrative sections (label, text), e.g. 部门整体支出绩效自评情况. */
    REPORT,
    /**
     * A list of words, not a fiscal table: each row under the header kept as text, in the template's columns, keyed by
     * its 序号; nothing to add up. E.g. 部门决算单位构成 (序号 | 单位名称 | 备注).
     */
    LIST
}

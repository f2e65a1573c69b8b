package io.gongkai.error;

import io.gongkai.budget.Budget;

/**
 * A document needs more than its {@link Budget} allows: more time, more pixels to read by OCR, more characters of text
 * or more table cells. The message names the limit, the amount reached and how to raise it; the document is not read.
 *
 * @since 0.1.0
 */
public class BudgetExceededException extends GongkaiException {
    private final Budget.Limit limit;

    public BudgetExceededException(Budget.Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    /** Which limit was exceeded. */
    public Budget.Limit limit() {
        return limit;
    }
}

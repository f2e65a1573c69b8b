package io.gongkai.model;

import java.util.List;

/**
 * Why a table was given its template.
 *
 * @param templateId the template chosen, or null when none fits
 * @param score      0..1, how well the best template fits
 * @param reasons    the evidence, e.g. {@code number 05}, {@code title 0.93}, {@code layout 16 columns}
 */
public record Identification(String templateId, double score, List<String> reasons) {
    public Identification {
        reasons = List.copyOf(reasons);
    }

    public static Identification none(String why) {
        return new Identification(null, 0, List.of(why));
    }
}

package io.gongkai.model;

import java.util.List;

/**
 * Why a table was given its template.
 *
 * @param templateId the template chosen, or null when none fits
 * @param variant    which variant of it (e.g. {@code shanghai}: another publisher's layout of the same table), or null
 * @param score      0..1, how well the best template fits
 * @param reasons    the evidence, e.g. {@code number 05}, {@code title 0.93}, {@code layout 16 columns}
 */
public record Identification(String templateId, String variant, double score, List<String> reasons) {
    public Identification {
        reasons = List.copyOf(reasons);
    }

    public Identification(String templateId, double score, List<String> reasons) {
        this(templateId, null, score, reasons);
    }

    public static Identification none(String why) {
        return new Identification(null, 0, List.of(why));
    }

    /** The catalogue key of the template used: its id, with {@code @variant} for a variant. */
    public String templateKey() {
        return templateId == null ? null : variant == null ? templateId : templateId + "@" + variant;
    }
}

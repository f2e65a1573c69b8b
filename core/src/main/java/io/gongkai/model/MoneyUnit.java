package io.gongkai.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit in which a table prints its amounts: 元, 万元, or {@link #UNKNOWN} when the table does not print it and no
 * identity establishes it (see {@link UnitSource}). Never guessed from another table or from the document.
 */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000)),
    /** Neither printed with the table nor established by an identity: its amounts cannot be put in 元, and are flagged. */
    UNKNOWN("unknown", null);

    /**
     * A money-unit label: 单位：元, 金额单位:万元, 单位,元 (OCR), (单位：万元). Not a publisher's label (编制单位：, 预算单位：,
     * 填报单位：, 实施单位 …, whose name may begin with 元 or 万: 元谋县, 万里街道), and not a unit this model has no factor
     * for (千元, 亿元, 百万元): those read as no unit at all.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(编\\s*制|预\\s*算|填\\s*报|实\\s*施|主\\s*管|申\\s*报|执\\s*行|报\\s*送|所\\s*属|事\\s*业|附\\s*属|下\\s*属)?\\s*[单單]\\s*位\\s*(?:[:：,，;；]|为|是)?\\s*[(（]?\\s*(?:人民币)?\\s*([万萬]\\s*元|元)");

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    /** The unit as printed, {@code 元} or {@code 万元}; {@code unknown} for {@link #UNKNOWN}. */
    public String label() { return label; }

    /** Whether the unit is 元 or 万元 (not {@link #UNKNOWN}). */
    public boolean known() { return yuan != null; }

    /** How many 元 one unit is (1 or 10,000); empty for {@link #UNKNOWN}. */
    public Optional<BigDecimal> inYuan() { return Optional.ofNullable(yuan); }

    /** Published amounts in 万元 are rounded to 0.01 万元, so sums of them carry rounding differences. */
    public boolean rounded() { return this == WAN_YUAN; }

    /**
     * Reads the money unit out of a header line such as {@code 编制部门：上海市普陀区财政局	单位：元} or
     * {@code 金额单位:万元} (normalized text); empty when the line prints none (a blank {@code 金额单位:}, 千元, a
     * publisher's {@code 编制单位：…}). Never {@link #UNKNOWN}.
     */
    public static Optional<MoneyUnit> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) continue;
            return Optional.of(m.group(2).length() > 1 ? WAN_YUAN : YUAN);
        }
        return Optional.empty();
    }
}

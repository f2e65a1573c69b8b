package io.gongkai.template;

import io.gongkai.normalize.TextNormalizer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a disclosure's tables that every reader of them goes by, in one place: the printed table label
 * (公开NN表) and the notes printed with a table (注：…). The text, PDF and scan readers and the assembler all read them
 * here. Pure.
 */
public final class Vocabulary {
    /**
     * A table's printed label, 公开NN表 (the number its catalogue gives it; spaces between the characters as OCR and
     * text layers leave them, 表 read 老 by OCR), group 1 its number. It is a hint: a table is identified by its title,
     * header and layout.
     */
    public static final Pattern TABLE_LABEL = Pattern.compile("公\\s*开\\s*(\\d{1,2})\\s*[表老]?");

    /** A note: 注：, 注1：, 说明：, 备注： at the start of a line (with a colon: a 备注 column's header is no note). */
    public static final Pattern NOTE = Pattern.compile("^(注\\s*\\d{0,2}|说明|备注)\\s*[:：]");

    /**
     * A sign-off line's field, printed under a table by the unit that fills it in: 单位负责人：, 财务负责人：, 填表人：,
     * 制表人：, 审核人：, 经办人：, 填报日期：, 报出日期： (the national 部门决算 forms' and their WPS and Calc prints').
     */
    public static final Pattern SIGN_OFF = Pattern.compile("(负\\s*责\\s*人|填\\s*表\\s*人|制\\s*表\\s*人|审\\s*核\\s*人|经\\s*办\\s*人|复\\s*核\\s*人|(填\\s*报|报\\s*出)\\s*日\\s*期)\\s*[:：]");

    private Vocabulary() {
    }

    /** The number of a printed 公开NN表 label as two digits ({@code 公开5表} → 05), or null where none is read. */
    public static String tableNumber(String printed) {
        if (printed == null) return null;
        Matcher m = TABLE_LABEL.matcher(TextNormalizer.normalize(printed));
        return m.find() ? String.format("%02d", Integer.parseInt(m.group(1))) : null;
    }

    /** Whether a line is a note ({@link #NOTE}), its text normalized first. */
    public static boolean isNote(String line) {
        return line != null && NOTE.matcher(TextNormalizer.normalize(line)).find();
    }

    /**
     * Whether a line is a sign-off line ({@link #SIGN_OFF}): no row of the table above it, though its fields stand apart
     * as cells do; the 填报单位：/编制单位： it may print names who publishes.
     */
    public static boolean isSignOff(String line) {
        return line != null && SIGN_OFF.matcher(TextNormalizer.normalize(line)).find();
    }

    /**
     * A note that says its table is empty: 故本表为空表, 本部门2024年无政府性基金预算…, 本单位没有…, 故本表无数据, 此表为空 —
     * the 空表说明 the disclosure rules ask of a table with nothing to show.
     */
    public static final Pattern EMPTY_TABLE = Pattern.compile("空表|[本此]表(?:无|为空)|本(?:部门|单位)[^，,。]{0,12}(?:无|没有)");

    /** Whether a note says its table is empty ({@link #EMPTY_TABLE}), its text normalized first. */
    public static boolean saysEmpty(String note) {
        return note != null && EMPTY_TABLE.matcher(TextNormalizer.normalize(note)).find();
    }

    /**
     * Whether a table is empty as its note says: a note of it says so ({@link #saysEmpty}: 本部门无…，故本表为空表) and it
     * holds no amount. Such a table was read whole: it is neither unreadable nor a table left out.
     */
    public static boolean emptyAsNoted(io.gongkai.model.Table t) {
        return t.amountCount() == 0 && t.notes().stream().anyMatch(Vocabulary::saysEmpty);
    }

    /**
     * Whether a line names a table as a title does: it ends with 表, holds four Han characters or more, and is no note
     * (注…) and no sentence (。，；: "本表反映…；…表" under a table names none). Its text is normalized first. The one test
     * of a title a grid prints as its first row and of one left at the foot of a page for the table on the next.
     */
    public static boolean namesTable(String line) {
        if (line == null) return false;
        String s = TextNormalizer.normalize(line).replace(" ", "");
        return s.endsWith("表") && !startsNote(s) && TextNormalizer.hanCount(s) >= 4 && !s.matches(".*[。，；,;].*");
    }

    /** Whether a line starts as a note does (注…): never a table's title, whatever follows. */
    public static boolean startsNote(String line) {
        return line != null && line.strip().startsWith("注");
    }
}

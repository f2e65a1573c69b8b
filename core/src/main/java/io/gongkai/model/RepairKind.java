package io.gongkai.model;

/**
 * The kinds of {@link Repair}: every change the reader makes to a value, a code or a label is of one of these (the one
 * list of them; README → Cell statuses and repairs says what each does). Code compares and makes repairs by these
 * constants; the outputs write each kind's {@link #id()}.
 */
public enum RepairKind {
    /** Repair kind class-from-above: see README → Cell statuses and repairs. */
    CLASS_FROM_ABOVE("class-from-above"),
    /** Repair kind class-from-context: see README → Cell statuses and repairs. */
    CLASS_FROM_CONTEXT("class-from-context"),
    /** Repair kind code-from-other-table: see README → Cell statuses and repairs. */
    CODE_FROM_OTHER_TABLE("code-from-other-table"),
    /** Repair kind decimal-comma: see README → Cell statuses and repairs. */
    DECIMAL_COMMA("decimal-comma"),
    /** Repair kind dot-separators: see README → Cell statuses and repairs. */
    DOT_SEPARATORS("dot-separators"),
    /** Repair kind full-width: see README → Cell statuses and repairs. */
    FULL_WIDTH("full-width"),
    /** Repair kind glyph-confusion: see README → Cell statuses and repairs. */
    GLYPH_CONFUSION("glyph-confusion"),
    /** Repair kind identity-confirmed: see README → Cell statuses and repairs. */
    IDENTITY_CONFIRMED("identity-confirmed"),
    /** Repair kind identity-conflict: see README → Cell statuses and repairs. */
    IDENTITY_CONFLICT("identity-conflict"),
    /** Repair kind identity-contradicts-print: see README → Cell statuses and repairs. */
    IDENTITY_CONTRADICTS_PRINT("identity-contradicts-print"),
    /** Repair kind identity-recovered: see README → Cell statuses and repairs. */
    IDENTITY_RECOVERED("identity-recovered"),
    /** Repair kind identity-unconfirmed: see README → Cell statuses and repairs. */
    IDENTITY_UNCONFIRMED("identity-unconfirmed"),
    /** Repair kind irregular-grouping: see README → Cell statuses and repairs. */
    IRREGULAR_GROUPING("irregular-grouping"),
    /** Repair kind irregular-row: see README → Cell statuses and repairs. */
    IRREGULAR_ROW("irregular-row"),
    /** Repair kind junk-glyph: see README → Cell statuses and repairs. */
    JUNK_GLYPH("junk-glyph"),
    /** Repair kind label-from-template: see README → Cell statuses and repairs. */
    LABEL_FROM_TEMPLATE("label-from-template"),
    /** Repair kind leading-zero-restored: see README → Cell statuses and repairs. */
    LEADING_ZERO_RESTORED("leading-zero-restored"),
    /** Repair kind not-a-number: see README → Cell statuses and repairs. */
    NOT_A_NUMBER("not-a-number"),
    /** Repair kind spaced-separators: see README → Cell statuses and repairs. */
    SPACED_SEPARATORS("spaced-separators"),
    /** Repair kind split-cell-joined: see README → Cell statuses and repairs. */
    SPLIT_CELL_JOINED("split-cell-joined"),
    /** Repair kind split-code: see README → Cell statuses and repairs. */
    SPLIT_CODE("split-code"),
    /** Repair kind split-code-duplicated-digit: see README → Cell statuses and repairs. */
    SPLIT_CODE_DUPLICATED_DIGIT("split-code-duplicated-digit"),
    /** Repair kind code-missing: a row of a coded table whose code was not printed or not read. */
    CODE_MISSING("code-missing"),
    /** Repair kind code-from-row-above: a 类 or 款 printed once above its rows, taken for each of them. */
    CODE_FROM_ROW_ABOVE("code-from-row-above"),
    /** A point OCR wrote as another dot between digits ({@code 22,186,440。80}, {@code 1666600·00}): typography, the value is certain. */
    POINT_GLYPH("point-glyph"),
    /**
     * A decimal point OCR lost, a space left in its place between a grouped integer and two digits
     * ({@code 82.096.797 42}: a 1-bit scan's or a fax's point is a speck): the value is uncertain until an identity
     * confirms it.
     */
    POINT_LOST("point-lost"),
    /**
     * A blank no identity checks in a row where a cell of amounts is no number (figures run together, "98950260
     * 98950260"; OCR's "4334861] 4334861"): the blank's figure may be among them. Suspect.
     */
    BLANK_UNPLACED("blank-unplaced"),
    /** Spaces as thousands separators in money ({@code 16 231 840.80}), where no split into two figures fits: the value is certain. */
    SPACE_SEPARATORS("space-separators"),
    /** Digits lost at the right edge of a value; {@code after} shows each lost digit as '?'. */
    TRUNCATED("truncated"),
    /** A cell of a row the source cuts off: its value is unknowable, and is never recovered. */
    CUT_OFF("cut-off"),
    /** A row's 行次, misread by OCR, taken from the rows around it (the count of its column). */
    LINE_FROM_SEQUENCE("line-from-sequence"),
    /** A row label's enumeration (一、 二、), lost by OCR, put back from the labels around it. */
    ENUMERATION_FROM_SEQUENCE("enumeration-from-sequence"),
    /**
     * An OCR-read row label put back to the one row name it is a damaged reading of (a thin 一 a photocopy lost:
     * 般公共服务支出 → 一般公共服务支出), so the row gets its key; the names are the template's rows and the
     * classifications' 类. The row's figures are read as before.
     */
    LABEL_FROM_NAME("label-from-name"),
    /** A classification code not in the classification, put right: one OCR digit confusion from a code whose name the row prints. */
    CODE_MISREAD("code-misread"),
    /** A classification code taken from the row's name: the code was lost, or the printed one names something else. */
    CODE_FROM_NAME("code-from-name"),
    /** A classification code completed from the 类/款 rows above it: {@code 7 | 11 | 02} under 21011 is 2101102. */
    CODE_FROM_PARENT_ROWS("code-from-parent-rows"),
    /** A classification code taken as the one code between its neighbours' that the row's (misread) name is close to. */
    CODE_FROM_NEIGHBOURS("code-from-neighbours"),
    /**
     * A row whose code is not in the classification, or does not fit its name or the rows above it, and could not be
     * put right: on the row and on each of its amounts, which are suspect and never verified ({@code after} says why).
     */
    CODE_DOUBTFUL("code-doubtful"),
    /**
     * An OCR-read row label of a two-sided summary (收支总表) that is none of the names such a table prints and no known
     * name explains (住房保障支非): the row's key may be misread, so, as under {@link #CODE_DOUBTFUL}, its amounts are
     * suspect and never verified.
     */
    LABEL_DOUBTFUL("label-doubtful"),
    /**
     * An amount of a table whose unit (元 or 万元) is neither printed nor established by an identity: flagged suspect.
     * {@code before} is the cell's status before ({@code ok}, {@code repaired}, {@code recovered}, {@code suspect}): the
     * figure itself is as good as that; only its unit is not known.
     */
    UNIT_UNKNOWN("unit-unknown"),
    /**
     * An OCR figure with one digit misread for a look-alike (a photocopy's broken 4 read as 1), put right because with
     * the other digit at least two identities that failed hold and none breaks; {@code after} names them. Never for a
     * text layer's figure.
     */
    OCR_DIGIT("ocr-digit"),
    /**
     * A cell OCR read with less than {@link Confidence#LEGIBLE} confidence: flagged suspect, its text kept as read (a
     * 120 dpi photocopy's 项目性质 read {@code *“ J项目淡别会} at 0.12; a table read sideways, every cell). A figure so
     * read keeps its value for the identities to confirm or give (a 1-bit scan's 1 read as 4 from the crossbar's dot
     * beside its stem comes in at 0.3).
     */
    OCR_ILLEGIBLE("ocr-illegible"),
    /** An OCR figure no identity verifies: flagged suspect ({@link Confidence}). */
    OCR_UNVERIFIED("ocr-unverified"),
    /**
     * A blank where an identity needs a figure: taken as 0 (the tables' convention) the identity fails, so a figure was
     * lost in reading (or the table breaks the convention). The blank is flagged, its value unknown.
     */
    BLANK_CONTRADICTED("blank-contradicted"),
    /**
     * A row whose name cell ends in a figure (死亡抚恤 191.28): the rule between the name and the first amount column
     * was not seen, so the name took the first amount and the others may stand a column off. Every cell of the row,
     * blanks too, is flagged suspect.
     */
    NAME_HOLDS_FIGURE("name-holds-figure");

    private final String id;

    RepairKind(String id) {
        this.id = id;
    }

    /** The kind as the outputs write it, e.g. {@code spaced-separators}. */
    public String id() {
        return id;
    }

    /**
     * The kind of that id.
     *
     * @throws IllegalArgumentException for an id that is no kind
     */
    public static RepairKind of(String id) {
        for (RepairKind k : values()) if (k.id.equals(id)) return k;
        throw new IllegalArgumentException("no repair kind " + id);
    }

    /** The {@link #id()}: what a repair's kind reads as in a message. */
    @Override
    public String toString() {
        return id;
    }
}

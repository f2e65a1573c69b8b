package io.gongkai.model;

/**
 * The kinds of {@link Repair}: every change the reader makes to a value, a code or a label is of one of these (the one
 * list of them; README → Cell statuses and repairs says what each does). Code compares and makes repairs by these
 * constants; the outputs write each kind's {@link #id()}.
 */
public enum RepairKind {
    /** A 款 printed alone ({@code | 01}) under a 类 printed once above it in its own column, taken with that 类: 301 | 01 → 30101. */
    CLASS_FROM_ABOVE("class-from-above"),
    /** A 类 lost (a mark in its place: {@code $\vdash$ | 80505}) put back from the rows around it: 2080505. */
    CLASS_FROM_CONTEXT("class-from-context"),
    /** A code lost in one table found on the same row of another table of the document (05 → 02). */
    CODE_FROM_OTHER_TABLE("code-from-other-table"),
    /** A comma written for the decimal point ({@code 1, 300, 000, 00}): typography, the value is certain. */
    DECIMAL_COMMA("decimal-comma"),
    /** Dots written for thousands separators ({@code 1. 030. 000. 00}): typography, the value is certain. */
    DOT_SEPARATORS("dot-separators"),
    /** Full-width digits or separators read as ASCII: the value is certain. */
    FULL_WIDTH("full-width"),
    /** Letters or marks OCR wrote for digits in a figure ({@code 1O0.00}, {@code (0).00)}) read as the digits they stand for: a guess, uncertain until an identity confirms it. */
    GLYPH_CONFUSION("glyph-confusion"),
    /** An uncertain reading that an identity confirms: the cell becomes {@code repaired}. */
    IDENTITY_CONFIRMED("identity-confirmed"),
    /** A value the identities recovered that a failing identity contradicts: suspect. */
    IDENTITY_CONFLICT("identity-conflict"),
    /**
     * The identities give an OCR figure read in doubt (illegible, or two engines at odds) a value other than the one read:
     * the identities' value is shown, suspect, the reading kept in {@code raw} and in the repair. Measured on the scan
     * matrix's black-and-white, photocopy and ring conditions (13 real budgets, 2 pages each): of 26 such cells the
     * identities' value was the printed one in 22, the reading in none. A text layer's figure is never replaced.
     */
    IDENTITY_CONTRADICTS_PRINT("identity-contradicts-print"),
    /** A blank, truncated or unreadable amount pinned to one value by the identities (naming them): {@code recovered}. */
    IDENTITY_RECOVERED("identity-recovered"),
    /** A value only one identity gives, with no second one to confirm it: suspect. */
    IDENTITY_UNCONFIRMED("identity-unconfirmed"),
    /** Thousands separators in irregular places ({@code 1,23,456}): read without them, uncertain until an identity confirms the value. */
    IRREGULAR_GROUPING("irregular-grouping"),
    /** A row of a project performance table whose cells could not be placed in its columns with certainty: its cells are suspect. */
    IRREGULAR_ROW("irregular-row"),
    /** Specks before or after a figure (toner dust, a rule's bits read as dashes or dots) left out of it: uncertain until an identity confirms the value. */
    JUNK_GLYPH("junk-glyph"),
    /** A row printed without a name given its template's name for it. */
    LABEL_FROM_TEMPLATE("label-from-template"),
    /** A code part printed without its leading 0 ({@code 301 | 2}, a spreadsheet that stored it as a number): 30102. */
    LEADING_ZERO_RESTORED("leading-zero-restored"),
    /** Text where an amount belongs (figures run together, a rule's remnants among them): the cell is suspect, its text kept. */
    NOT_A_NUMBER("not-a-number"),
    /** Spaces after the separators of a figure ({@code 103, 266, 640. 20}): typography, the value is certain. */
    SPACED_SEPARATORS("spaced-separators"),
    /** A figure split over two cells of a performance table ({@code 1 | 2,300.00}) joined back: suspect. */
    SPLIT_CELL_JOINED("split-cell-joined"),
    /** A code printed over two or three cells ({@code 201045 | 0}, {@code 201 | 04 | 50}), or with its last part in the name's: joined. */
    SPLIT_CODE("split-code"),
    /** A code split over two cells with the 类's last digit repeated ({@code 201 | 10450}): 2010450. */
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
     * A point OCR read inside the last group of a comma-grouped figure ({@code 12,121,16.4}: a speck, or a piece of a
     * 4 the scan broke), where without it the group has its three digits and the figure no decimals: read without it
     * (12,121,164), uncertain until an identity confirms the value.
     */
    STRAY_POINT("stray-point"),
    /**
     * A 1 OCR read among a figure's digits that is a stroke beside or through it (a seal's arc, a rule's remnant, a
     * pen's tick): a group after the first has four digits, and without one of its 1s every group has three
     * ({@code 2,302,8151} where a seal's ring crosses the cell's edge, {@code 5,668,4116} where it crosses the figure):
     * read without it (2,302,815), uncertain until an identity confirms the value. A first group of four or more digits
     * is a lost comma ({@code 1827,156}), read as the digits stand. Never for a text layer's figure.
     */
    STRAY_ONE("stray-one"),
    /**
     * A figure its cell wrapped onto two lines, read back as one ({@code 371,514,65 5.00}, {@code 21,601,733 .00}: a
     * narrow column of a Word or Writer table): the two parts joined make one regularly grouped figure, which neither
     * is alone. Certain: the printed digits are all there, in order.
     */
    WRAPPED_FIGURE("wrapped-figure"),
    /**
     * A blank no identity checks in a row where a cell of amounts is no number (figures run together, "98950260
     * 98950260"; OCR's "4334861] 4334861"): the blank's figure may be among them. Suspect.
     */
    BLANK_UNPLACED("blank-unplaced"),
    /** Spaces as thousands separators in money ({@code 16 231 840.80}), where no split into two figures fits: the value is certain. */
    SPACE_SEPARATORS("space-separators"),
    /** Digits lost at the right edge of a value; {@code after} shows each lost digit as '?'. */
    TRUNCATED("truncated"),
    /**
     * A whole-元 figure OCR read among figures with 分, to which the identities give 分: printed rounded to 1 元 (the
     * identities hold within it) or its 分 not read — the page cannot tell which; the figure stands as read, suspect.
     */
    WHOLE_OR_CUT("whole-or-cut"),
    /** A cell of a row the source cuts off: its value is unknowable, and is never recovered. */
    CUT_OFF("cut-off"),
    /**
     * A cell of a template column the table does not print (its headers name every column it prints, and none this
     * one: 公开05表's 本年支出 基本支出 小计 where only 人员经费 and 公用经费 are printed): no value, and never recovered.
     */
    NOT_PRINTED("not-printed"),
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
     * A figure of a table without a ruled grid, read by text alignment (its column placed by where its text stands),
     * that no identity verifies, in a table most of whose figures the identities do verify: kept, flagged suspect.
     */
    ALIGNMENT_UNCONFIRMED("alignment-unconfirmed"),
    /**
     * A cell of a grid that prints more columns of amounts than its template reads, read by position into a template
     * column whose name its printed header does not say (上年结转 read as 财政拨款收入): its column may be another's.
     * Suspect; {@code before} is the printed header, {@code after} the template column.
     */
    COLUMN_HEADER_DIFFERS("column-header-differs"),
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

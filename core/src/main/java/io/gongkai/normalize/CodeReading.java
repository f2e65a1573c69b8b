package io.gongkai.normalize;

import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;

import java.util.List;

/**
 * A classification code read from the code cells of a row.
 *
 * @param code           the full code when it could be read (3, 5 or 7 digits), else null
 * @param tail           when the 类 part was lost: the known 款项 digits (4), else null
 * @param classLastDigit when the 类 part was lost: its last digit, duplicated at the split, else -1
 * @param repairs        changes made (split joined, duplicated digit dropped)
 */
public record CodeReading(String code, String tail, int classLastDigit, List<Repair> repairs) {
    public CodeReading {
        repairs = List.copyOf(repairs);
    }

    public static final CodeReading NONE = new CodeReading(null, null, -1, List.of());

    public boolean present() {
        return code != null;
    }

    public boolean classLost() {
        return code == null && tail != null;
    }

    /** Completes a code whose 类 was lost with a 类 chosen from context. */
    public CodeReading withClass(String classCode, String why) {
        java.util.List<Repair> all = new java.util.ArrayList<>(repairs);
        all.add(new Repair(RepairKind.CLASS_FROM_CONTEXT, "?" + classLastDigit + tail, classCode + tail + " (" + why + ")"));
        return new CodeReading(classCode + tail, null, -1, all);
    }
}

package io.gongkai.assemble;

import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KnownLabelsTest {
    private final TemplateCatalog catalog = TemplateCatalog.builtIn();

    private KnownLabels side(String side) {
        return KnownLabels.of(catalog.get("budget-summary").orElseThrow(), side);
    }

    @Test
    void aNameThatLostAThinStrokeIsPutBack() {
        // a photocopy drops 一: 一般公共服务支出 read 般公共服务支出, 一般公共预算资金 read 般公共预算资金
        assertEquals(Optional.of("一般公共服务支出"), side("expenditure").restore("般公共服务支出"));
        assertEquals(Optional.of("一般公共预算资金"), side("income").restore("般公共预算资金"));
        // a look-alike read for its character: 住房保障文出
        assertEquals(Optional.of("住房保障支出"), side("expenditure").restore("住房保障文出"));
        // a 类 by its former name, one character misread: 医疗型生与计划生育支出
        assertEquals(Optional.of("医疗卫生与计划生育支出"), side("expenditure").restore("医疗型生与计划生育支出"));
        // a black-and-white fax's 全 read 企 and 卫 read 世 (a newcomer's scans of 司法局26 p8 and 社会福利院24)
        assertEquals(Optional.of("公共安全支出"), side("expenditure").restore("公共安企支出"));
        assertEquals(Optional.of("卫生健康支出"), side("expenditure").restore("世生健康支出"));
        // a fax's 住 read 什 (the top of 主 lost) and 卫 read 可 (newcomers' faxes of 万里街道23 and 财政局25)
        assertEquals(Optional.of("住房保障支出"), side("expenditure").restore("什房保障支出"));
        assertEquals(Optional.of("卫生健康支出"), side("expenditure").restore("可生健康支出"));
        // a grey copy's 健 and 保 without their 亻 (a newcomer's copy of 司法局26)
        assertEquals(Optional.of("卫生健康支出"), side("expenditure").restore("卫生建康支出"));
        assertEquals(Optional.of("住房保障支出"), side("expenditure").restore("住房呆障支出"));
        // a fax's 住 read 作 (its 主 read 乍: a newcomer's 200 × 100 dpi fax of 商务委员会25 and of 财政局25)
        assertEquals(Optional.of("住房保障支出"), side("expenditure").restore("作房保障支出"));
    }

    @Test
    void aNameReadWholeWithStrayMarksBesideItIsTheName() {
        // a rule's remnant read as letters before the name (a newcomer's fax of 财政局25): the row is 卫生健康支出's
        assertEquals(Optional.of("卫生健康支出"), side("expenditure").marked("LS卫生健康支出"));
        assertEquals(Optional.of("卫生健康支出"), side("expenditure").marked("|卫生健康支出"));
        // the name as printed, or another way of printing it, is no repair
        assertEquals(Optional.empty(), side("expenditure").marked("卫生健康支出"));
        assertEquals(Optional.empty(), side("expenditure").marked("卫生 健康支出"));
        assertEquals(Optional.empty(), side("expenditure").marked("卫生健康"));
    }

    @Test
    void aNameIsNeverTakenForAnotherThatDiffersInMeaning() {
        // 收 is no reading of 支: 事业收入 is not 事业支出 (and the income side's name is not restored to the other side's)
        assertEquals(Optional.empty(), side("expenditure").restore("事业收入"));
        // a name already known, a name too short to tell, one far from every name: left as read
        assertEquals(Optional.empty(), side("income").restore("事业收入"));
        assertEquals(Optional.empty(), side("expenditure").restore("外交"));
        assertEquals(Optional.empty(), side("expenditure").restore("年末结转和结余"));
    }
}

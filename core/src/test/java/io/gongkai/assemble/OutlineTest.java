package io.gongkai.assemble;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutlineTest {
    @Test
    void numbersReadBothWays() {
        assertEquals(1, Outline.number("一、财政拨款收入"));
        assertEquals(12, Outline.number("十二、农林水支出"));
        assertEquals(21, Outline.number("二十一、国有资本经营预算支出"));
        assertEquals(0, Outline.number("一般公共服务支出"));
        assertEquals("十二", Outline.numeral(12));
        assertEquals("二十一", Outline.numeral(21));
    }

    @Test
    void aSidesFirstHeadingWhose一WasReadAsOneIsItsFirstHeading() {
        // a phone photo of 上海市财政局25 p8: 一、一般公共服务支出 read 1 一般公共服务支出, over 二、社会保障和就业支出
        assertEquals(List.of("一、一般公共服务支出", "二、社会保障和就业支出", "三、卫生健康支出"),
                Outline.restoreLost(List.of("1 一般公共服务支出", "二、社会保障和就业支出", "三、卫生健康支出")));
        assertEquals("一、一般公共服务支出", Outline.restoreLost(List.of("1、一般公共服务支出", "", "二、外交支出")).get(0));
        // below the table's header rows and a blank row, as the side's labels come
        assertEquals("一、一般公共服务支出", Outline.restoreLost(List.of("本年支出", "项目", "", "1 一般公共服务支出", "二、社会保障和就业支出")).get(3));
        // a 1、 under an unnumbered line is that line's first item (the line is the heading that lost its 一、), and a
        // run of 1、 2、 stays a run
        assertEquals(List.of("一、财政拨款收入", "1、一般公共预算资金", "二、事业收入"),
                Outline.restoreLost(List.of("财政拨款收入", "1、一般公共预算资金", "二、事业收入")));
        List<String> items = List.of("1、一般公共预算资金", "2、政府性基金", "二、事业收入");
        assertEquals(items, Outline.restoreLost(items));
    }

    @Test
    void anEnumerationOcrLostIsPutBackFromItsNeighbours() {
        // 财政拨款收入支出决算总表 of the blank national template, scanned noisy: 一、 lost, or only its 、 left
        assertEquals(List.of("一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"),
                Outline.restoreLost(List.of("一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款")));
        assertEquals(List.of("一、一般公共服务支出", "二、外交支出"), Outline.restoreLost(List.of("、一般公共服务支出", "二、外交支出")));
        assertEquals(List.of("一、外交支出", "二、国防支出", "三、公共安全支出"), Outline.restoreLost(List.of("一、外交支出", "、国防支出", "三、公共安全支出")));
        // past its own 1. 2. items
        assertEquals("一、财政拨款收入", Outline.restoreLost(List.of("财政拨款收入", "1.一般公共预算资金", "2.政府性基金", "二、事业收入")).get(0));
        // numeral and 、 both lost where the run skips a number (a fax of 万里街道 2024's 收支总表): the one line there
        assertEquals(List.of("四、科学技术支出", "五、文化旅游体育与传媒支出", "六、社会保障和就业支出"),
                Outline.restoreLost(List.of("四、科学技术支出", "文化旅游体育与传媒支出", "六、社会保障和就业支出")));
        assertEquals(List.of("四、科学技术支出", "五、文化旅游体育与传媒支出", "六、社会保障和就业支出"),
                Outline.restoreLost(List.of("四、科学技术支出", "丘、文化旅游体育与传媒支出", "六、社会保障和就业支出")));
        // not where two unnumbered lines stand in the gap, nor where the run skips none
        List<String> two = List.of("四、科学技术支出", "其中：基础研究", "文化旅游体育与传媒支出", "六、社会保障和就业支出");
        assertEquals(two, Outline.restoreLost(two));
        List<String> none = List.of("四、科学技术支出", "其中：基础研究", "五、社会保障和就业支出");
        assertEquals(none, Outline.restoreLost(none));
        // the same fax: 一、 of 财政拨款收入 lost, and the 1. of the run under it read 一、
        assertEquals(List.of("一、财政拨款收入", "1.一般公共预算资金", "2.政府性基金", "3.国有资本经营预算", "二、事业收入"),
                Outline.restoreLost(List.of("财政拨款收入", "一、一般公共预算资金", "2.政府性基金", "3.国有资本经营预算", "二、事业收入")));
        // or read as a letter, the 一 after it lost, and the headings' numerals lost with only their 、 left
        assertEquals(List.of("项目", "一、财政拨款收入", "1.般公共预算资金", "2.政府性基金", "3.国有资本经营预算", "二、事业收入", "三、事业单位经营收入", "四、其他收入", "收入总计"),
                Outline.restoreLost(List.of("项目", "、财政拨款收入", "I. 般公共预算资金", "2.政府性基金", "3.国有资本经营预算", "、事业收入", "、事业单位经营收入", "四、其他收入", "收入总计")));
    }

    @Test
    void numeralsLostInARunAreEachPutBackFromTheOneRestoredBesideThem() {
        // a photocopied 收支总表: 一、二、三、 all lost (一 and 二 are thin strokes; the first 、 read as a quote), 四、 left
        assertEquals(List.of("项目", "一、般公共服务支出", "二、社会保障和就业支出", "三、医疗卫生与计划生育支出", "四、住房保障支出", "支出总计"),
                Outline.restoreLost(List.of("项目", "\"、般公共服务支出", "、社会保障和就业支出", "、医疗卫生与计划生育支出", "四、住房保障支出", "支出总计")));
    }

    @Test
    void numeralsReadWithAStrokeLostArePutBackWhereTheRunThenCounts() {
        // 财政拨款收支总表 scanned at 150 dpi (a newcomer's scan): 一、 lost, 二 read 一, 三 read 二; 四 whole
        assertEquals(List.of("项目", "一、一般公共服务支出", "二、社会保障和就业支出", "三、卫生健康支出", "四、住房保障支出", "支出总计"),
                Outline.restoreLost(List.of("项目", "一般公共服务支出", "一、社会保障和就业支出", "二、卫生健康支出", "四、住房保障支出", "支出总计")));
        // a 150 dpi photocopy of another: 一、 and 三、 lost whole, 二 lost with only its 、 left
        assertEquals(List.of("一、一般公共服务支出", "二、社会保障和就业支出", "三、卫生健康支出", "四、住房保障支出", "支出总计"),
                Outline.restoreLost(List.of("一般公共服务支出", "、社会保障和就业支出", "卫生健康支出", "四、住房保障支出", "支出总计")));
        // within a run numbered from 一: 三 read 二
        assertEquals(List.of("一、外交支出", "二、国防支出", "三、公共安全支出", "四、教育支出"),
                Outline.restoreLost(List.of("一、外交支出", "二、国防支出", "二、公共安全支出", "四、教育支出")));
        // a run that counts as read stays, and so does its heading; a misreading no lost stroke explains (五 for 三) too
        List<String> heading = List.of("年初财政拨款结转和结余", "一、一般公共预算财政拨款", "二、政府性基金预算财政拨款");
        assertEquals(heading, Outline.restoreLost(heading));
        List<String> other = List.of("一、外交支出", "二、国防支出", "五、公共安全支出", "四、教育支出");
        assertEquals(other, Outline.restoreLost(other));
        // the run starts above: a line of its own between 一、 and 二、 is none of them
        List<String> between = List.of("一、财政拨款收入", "其中：上级补助", "二、事业收入");
        assertEquals(between, Outline.restoreLost(between));
    }

    @Test
    void anUnnumberedLineThatIsNotOneOfThemStaysAsPrinted() {
        // 年初财政拨款结转和结余 heads its own 一、二、 (they start again at 一); totals stand after the items
        List<String> labels = List.of("一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "年初财政拨款结转和结余", "一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "收入总计");
        assertEquals(labels, Outline.restoreLost(labels));
        // a 、 with nothing to number it from stays
        assertEquals(List.of("、其他"), Outline.restoreLost(List.of("、其他")));
        // a numeral read as a Latin letter (七 as E on a fax) between its neighbours; not where they do not tell it
        assertEquals(List.of("六、社会保障和就业支出", "七、卫生健康支出", "八、城乡社区支出"),
                Outline.restoreLost(List.of("六、社会保障和就业支出", "E、卫生健康支出", "八、城乡社区支出")));
        assertEquals(List.of("A、甲"), Outline.restoreLost(List.of("A、甲")));
    }

    @Test
    void theFirstItemOfANumberedRunThatLostItsNumeralIsItsFirst() {
        // 上海市普陀区社会福利院24 预算 p7, 1-bit at 200 dpi: 一 of 一、 and the 1 of 1、 (against the table's left rule)
        // lost; read as the run's first they are 1、 under 一、, not 一、 over 2、 and 3、
        assertEquals(List.of("一、财政拨款收入", "1、一般公共预算资金", "2、政府性基金", "3、国有资本经营预算", "二、事业收入", "三、事业单位经营收入", "四、其他收入"),
                Outline.restoreLost(List.of("、财政拨款收入", "、一般公共预算资金", "2、政府性基金", "3、国有资本经营预算", "、事业收入", "三、事业单位经营收入", "四、其他收入")));
        assertEquals(List.of("(一)基本支出", "（二）项目支出"), Outline.restoreLost(List.of("、基本支出", "（二）项目支出")));
        // the same page read otherwise: 1、一般 as "1 般" (the 、 and the 一 lost, the 1 kept): a 1 before a name is the
        // run's first item, and the 一、 is the line's above
        List<String> read = Outline.restoreLost(List.of("、财政拨款收入", "1 般公共预算资金", "2、政府性基金", "3、国有资本经营预算", "、事业收入", "三、事业单位经营收入"));
        assertEquals(List.of("一、财政拨款收入", "1 般公共预算资金", "2、政府性基金", "3、国有资本经营预算", "二、事业收入", "三、事业单位经营收入"), read);
        assertEquals(2, Outline.level("1 般公共预算资金"));
        assertEquals("般公共预算资金", Outline.key("1 般公共预算资金"));
        assertEquals(0, Outline.level("2024 年预算"), "a year is no enumeration");
        // a label whose numeral is lost before a run's third item is no first item
        assertEquals(List.of("、其他", "3、政府性基金"), Outline.restoreLost(List.of("、其他", "3、政府性基金")));
    }
}

package io.gongkai.write;

import io.gongkai.assemble.CellReader;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Identification;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TidyCsvWriterTest {
    /** The tidy CSV's records of a one-row 万元 table whose cells are read from {@code raw} under {@code cols}. */
    private static List<CSVRecord> written(List<Column> cols, String... raw) throws Exception {
        List<io.gongkai.model.Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < cols.size(); i++) cells.add(CellReader.read(RawCell.of(raw[i]), cols.get(i).key(), cols.get(i).kind()));
        Row row = new Row(RowKey.total(), "合计", cells, List.of(), 0);
        Table t = new Table("T01", null, null, "某表", MoneyUnit.WAN_YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：万元"), List.of(1), cols,
                List.of(row), List.of(), new Identification(null, 0, List.of()), List.of(), List.of(), 0);
        Document doc = new Document("test", "", "部门", 2024, DocumentKind.FINAL, MoneyUnit.WAN_YUAN, List.of(t), List.of(), List.of());
        StringWriter out = new StringWriter();
        new TidyCsvWriter().write(doc, out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.toString())).getRecords();
    }

    @Test
    void onlyAnAmountCarriesTheTablesUnit() throws Exception {
        // a table in 万元 with a count of persons (人数) and a text column beside its amounts: 人数 is no 万元
        List<CSVRecord> records = written(List.of(new Column("1", List.of("金额"), Column.Kind.MONEY), new Column("2", List.of("人数"), Column.Kind.COUNT),
                new Column("3", List.of("备注"), Column.Kind.TEXT)), "12.50", "35", "含2名借调");
        assertEquals(List.of("万元", "", ""), records.stream().map(r -> r.get("unit")).toList());
        assertEquals(List.of("12.50", "35", "含2名借调"), records.stream().map(r -> r.get("value")).toList());
    }

    @Test
    void aRowOfCountsInAColumnOfAmountsCarriesNoMoneyUnit() throws Exception {
        // a 决算 三公 table (公开11表) in 元: its 相关统计数 rows print counts in the 决算数 column of amounts — a newcomer's
        // Chromium print gave 公务用车保有量(辆) 10 as 10 元, status ok
        Column col = new Column("3", List.of("决算数"), Column.Kind.MONEY);
        Row amount = new Row(RowKey.line(7), "3. 公务接待费", List.of(CellReader.read(RawCell.of("79,860.00"), "3", Column.Kind.MONEY)), List.of(), 7);
        Row vehicles = new Row(RowKey.line(15), "4. 公务用车保有量（辆）", List.of(CellReader.read(RawCell.of("10"), "3", Column.Kind.COUNT)), List.of(), 15);
        Row people = new Row(RowKey.line(17), "6. 国内公务接待人次(人)", List.of(CellReader.read(RawCell.of("1,335"), "3", Column.Kind.COUNT)), List.of(), 17);
        Table t = new Table("T01", "three-public", null, "一般公共预算财政拨款“三公”经费情况表", MoneyUnit.YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：元"),
                List.of(1), List.of(col), List.of(amount, vehicles, people), List.of(), new Identification("three-public", 1, List.of()), List.of(), List.of(), 0);
        Document doc = new Document("test", "", "部门", 2024, DocumentKind.FINAL, MoneyUnit.YUAN, List.of(t), List.of(), List.of());
        StringWriter out = new StringWriter();
        new TidyCsvWriter().write(doc, out);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.toString())).getRecords();
        assertEquals(List.of("元", "", ""), records.stream().map(r -> r.get("unit")).toList());
        assertEquals(List.of("79860.00", "10", "1335"), records.stream().map(r -> r.get("value")).toList());
        assertEquals(java.util.Optional.of("辆"), vehicles.countUnit());
        assertEquals(java.util.Optional.empty(), amount.countUnit());
    }

    @Test
    void aDashOrABlankInAColumnOfAmountsHasNoValueAsInTheJson() throws Exception {
        // a 项目支出 printed "-" (nothing): the JSON's value is null; the CSV had given "-" as the value, raw and value alike
        List<CSVRecord> records = written(List.of(new Column("1", List.of("基本支出"), Column.Kind.MONEY), new Column("2", List.of("项目支出"), Column.Kind.MONEY),
                new Column("3", List.of("备注"), Column.Kind.TEXT)), "12.50", "-", "-");
        assertEquals(List.of("12.50", "", "-"), records.stream().map(r -> r.get("value")).toList());
        assertEquals(List.of("12.50", "-", "-"), records.stream().map(r -> r.get("raw")).toList());
        assertEquals("empty", records.get(1).get("status"));
    }
}

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
    void aDashOrABlankInAColumnOfAmountsHasNoValueAsInTheJson() throws Exception {
        // a 项目支出 printed "-" (nothing): the JSON's value is null; the CSV had given "-" as the value, raw and value alike
        List<CSVRecord> records = written(List.of(new Column("1", List.of("基本支出"), Column.Kind.MONEY), new Column("2", List.of("项目支出"), Column.Kind.MONEY),
                new Column("3", List.of("备注"), Column.Kind.TEXT)), "12.50", "-", "-");
        assertEquals(List.of("12.50", "", "-"), records.stream().map(r -> r.get("value")).toList());
        assertEquals(List.of("12.50", "-", "-"), records.stream().map(r -> r.get("raw")).toList());
        assertEquals("empty", records.get(1).get("status"));
    }
}

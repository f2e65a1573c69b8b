package io.gongkai.write;

import io.gongkai.assemble.CellReader;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Identification;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import io.gongkai.raw.RawCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every output behind the one interface: each writes its target, folders made, from the document alone. */
class DocumentWriterTest {

    private static Document document() {
        List<Column> cols = List.of(new Column("1", List.of("合计"), Column.Kind.MONEY), new Column("2", List.of("基本支出"), Column.Kind.MONEY));
        Row row = new Row(RowKey.functionCode("201"), "一般公共服务支出", List.of(CellReader.read(RawCell.of("1,250.00"), "1", Column.Kind.MONEY),
                CellReader.read(RawCell.of("1,250.00"), "2", Column.Kind.MONEY)), List.of(), 0);
        Table t = new Table("T01", null, null, "支出预算表", MoneyUnit.YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：元"), List.of(1), cols,
                List.of(row), List.of(), new Identification(null, 0, List.of()), List.of(), List.of(), 0);
        return new Document("budget.pdf", "ab12", "某局", 2025, DocumentKind.BUDGET, MoneyUnit.YUAN, List.of(t), List.of(), List.of());
    }

    @Test
    void eachWriterWritesItsTargetInFoldersItMakes(@TempDir Path dir) throws Exception {
        Document doc = document();
        Path out = dir.resolve("a/b");
        new JsonWriter().write(doc, out.resolve("d.json"));
        assertTrue(Files.readString(out.resolve("d.json")).contains("\"value\" : 1250.00"), Files.readString(out.resolve("d.json")));
        new TidyCsvWriter().write(doc, out.resolve("d.csv"));
        String csv = Files.readString(out.resolve("d.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFsource,"), "a byte order mark, then the header");
        assertEquals(3, csv.strip().split("\n").length, "a line a cell");
        new WideCsvWriter().write(doc, out.resolve("d-tables"));
        assertTrue(Files.readString(out.resolve("d-tables/T01.csv")).contains("201,一般公共服务支出,1250.00,1250.00,"), "the figures, then the row's doubtful cells (none)");
        new XlsxWriter().write(doc, out.resolve("d.xlsx"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("d.xlsx")))) {
            assertTrue(wb.getNumberOfSheets() >= 2, "the table's sheet and the checks");
        }
        new ReviewPage().write(doc, out.resolve("d.html"));
        assertTrue(Files.readString(out.resolve("d.html")).contains("一般公共服务支出"));
        DuckDbDataset.ADD.write(doc, out.resolve("d.duckdb"));
        try (var db = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("d.duckdb").toAbsolutePath());
             ResultSet r = db.createStatement().executeQuery("SELECT count(*), sum(value) FROM cells")) {
            r.next();
            assertEquals(2, r.getInt(1));
            assertEquals(0, new java.math.BigDecimal("2500").compareTo(r.getBigDecimal(2)));
        }
    }
}

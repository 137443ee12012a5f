package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as clerks make them, through the whole job into PostgreSQL. */
class FormatsEndToEndTest {

  @TempDir Path tmp;

  @Test
  void gbkCsvWithATitleRowAndAnXlsxWithDateCellsLoad() throws Exception {
    String db = TestDatabase.fresh();
    Township t = new Township(tmp.resolve("inbox")).orgUnits();
    String a = id("19700101", 11);
    String b = id("19800202", 22);
    t.write("TS-002_2026Q1.csv", Charset.forName("GB18030"), List.of(
        "二社区党支部 2026年第一季度 党员及发展对象名册,,,,,,,,,,,,,,,,,,",
        Township.HEADER, member(a, "王一"), member(b, "李二")));
    writeXlsx(t.inbox().resolve("TS-001_2026Q1.xlsx"), id("19900303", 33), false);
    writeXlsx(t.inbox().resolve("TS-003_2026Q1.xlsx"), id("19900404", 43), true);

    var result = Cli.consolidate(t.inbox(), db, tmp.resolve("data"));

    assertThat(result.exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      var files = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.KIND.eq("branch")).orderBy(SUBMISSION.FILE_NAME).fetch();
      assertThat(files).extracting(f -> f.getFileName() + " " + f.getStatus() + " " + f.getEncoding())
          .containsExactly("TS-001_2026Q1.xlsx accepted XLSX", "TS-002_2026Q1.csv accepted GB18030",
              "TS-003_2026Q1.xlsx rejected XLSX");
      var xlsxRow = w.dsl.selectFrom(PERSON_SNAPSHOT).where(PERSON_SNAPSHOT.SUBMISSION_ID.eq(files.get(0).getId()))
          .fetchOne();
      assertThat(xlsxRow.getProbationOn()).isEqualTo(LocalDate.of(2015, 7, 1));
      assertThat(xlsxRow.getFullOn()).isEqualTo(LocalDate.of(2016, 7, 2));
      assertThat(xlsxRow.getRowNo()).isEqualTo(3); // title row 1, header row 2
      var gbkNames = w.dsl.select(PERSON_SNAPSHOT.NAME).from(PERSON_SNAPSHOT)
          .where(PERSON_SNAPSHOT.SUBMISSION_ID.eq(files.get(1).getId())).fetch(r -> r.value1());
      assertThat(gbkNames).containsExactlyInAnyOrder("王一", "李二");
      assertThat(w.dsl.select(FILE_ISSUE.CODE).from(FILE_ISSUE).where(FILE_ISSUE.SUBMISSION_ID.eq(files.get(2).getId()))
          .fetch(r -> r.value1())).contains("ID_NUMERIC_CELL");
    }
  }

  /** A clerk's workbook: a title row, the header, one member with real date cells. */
  private static void writeXlsx(Path file, String idNumber, boolean idAsNumber) throws Exception {
    try (var wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet("人员");
      sheet.createRow(0).createCell(0).setCellValue("一村党支部 2026年第一季度 党员名册");
      String[] header = Township.HEADER.split(",");
      var h = sheet.createRow(1);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      var dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      var r = sheet.createRow(2);
      if (idAsNumber) {
        r.createCell(0, CellType.NUMERIC).setCellValue(Double.parseDouble(idNumber.substring(0, 17) + "0"));
      } else {
        r.createCell(0).setCellValue(idNumber);
      }
      String[] values = {null, "陈三", "男", "汉族", "大学本科", "专业技术人员", "是", "2013-01-05", "2013-07-01",
          "2014-07-01"};
      for (int i = 1; i < values.length; i++) {
        r.createCell(i).setCellValue(values[i]);
      }
      r.createCell(10).setCellValue("是");
      r.createCell(11).setCellValue("张三、李四");
      r.createCell(12).setCellValue("张三、李四");
      var probation = r.createCell(13);
      probation.setCellValue(LocalDate.of(2015, 7, 1));
      probation.setCellStyle(dateStyle);
      var full = r.createCell(14);
      full.setCellValue(LocalDate.of(2016, 7, 2));
      full.setCellStyle(dateStyle);
      wb.write(out);
    }
  }
}

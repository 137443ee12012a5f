package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings, XLSX, header detection, skipped rows and unreadable files. */
class FileFormatTest {

  @TempDir
  Path dir;

  private static final String HEADER = "身份证号,姓名,性别,学历,工作岗位,一线,入党日期,转正日期";

  private String line(String birth, String name) {
    return TestRows.id(birth, false) + "," + name + ",女,高中,工人,是,1998-06-18,1999-06-20";
  }

  private Path write(String name, String text, Charset cs, boolean bom) throws Exception {
    Path f = dir.resolve(name);
    byte[] body = text.getBytes(cs);
    try (OutputStream out = Files.newOutputStream(f)) {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.write(body);
    }
    return f;
  }

  @Test
  void gbkCsvWithTitleRowReads() throws Exception {
    String text = "和平村党支部党员名册,,,\r\n" + HEADER + "\r\n" + line("19700101", "李秀英") + "\r\n";
    var c = SampleInboxTest.read(write("a.csv", text, Charset.forName("GBK"), false), TestRows.PERIOD);
    assertThat(c.summary().encoding()).isEqualTo("GB18030");
    assertThat(c.issues()).isEmpty();
    assertThat(c.rows()).extracting(PersonRow::name, PersonRow::rowNo)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("李秀英", 3));
  }

  @Test
  void utf8WithAndWithoutBom() throws Exception {
    String text = " 身份证号 ,\u3000姓名,性别,学历,工作岗位,一线,入党日期,转正日期\n" + line("19700101", "李秀英") + "\n";
    var bom = SampleInboxTest.read(write("b.csv", text, StandardCharsets.UTF_8, true), TestRows.PERIOD);
    var plain = SampleInboxTest.read(write("c.csv", text, StandardCharsets.UTF_8, false), TestRows.PERIOD);
    assertThat(bom.summary().encoding()).isEqualTo("UTF-8-BOM");
    assertThat(plain.summary().encoding()).isEqualTo("UTF-8");
    assertThat(bom.issues()).isEmpty();
    assertThat(plain.rows()).hasSize(1);
  }

  @Test
  void quotedFieldsAndLineBreaks() throws Exception {
    String text = HEADER + ",备注\n" + line("19700101", "\"李,秀英\"") + ",\"两行\n备注 \"\"引号\"\"\"\n"
        + line("19710101", "王芳") + ",\n";
    var c = SampleInboxTest.read(write("d.csv", text, StandardCharsets.UTF_8, false), TestRows.PERIOD);
    assertThat(c.issues()).isEmpty();
    assertThat(c.rows()).extracting(PersonRow::name).containsExactly("李,秀英", "王芳");
    assertThat(c.rows().get(0).remark()).isEqualTo("两行\n备注 \"引号\"");
    assertThat(c.rows().get(1).rowNo()).isEqualTo(3);
  }

  @Test
  void headerProblems() throws Exception {
    String text = "身份证号,姓名,性别,学历,学历,一线,入党日期,籍贯\n" + TestRows.id("19700101", false) + ",李,女,高中,高中,是,1998-06-18,浙江\n";
    var c = SampleInboxTest.read(write("e.csv", text, StandardCharsets.UTF_8, false), TestRows.PERIOD);
    assertThat(TestRows.codes(c)).containsExactlyInAnyOrder("DUPLICATE_COLUMN", "UNKNOWN_COLUMN", "MISSING_COLUMN",
        "PROBATION_OVERDUE");
    assertThat(c.issues()).filteredOn(i -> i.code().equals("MISSING_COLUMN")).extracting(Issue::column)
        .containsExactly("工作岗位");
  }

  @Test
  void noHeaderAndEmptyFiles() throws Exception {
    var noHeader = SampleInboxTest.read(write("f.csv", "a,b\n1,2\n", StandardCharsets.UTF_8, false), TestRows.PERIOD);
    assertThat(TestRows.codes(noHeader)).containsExactly("NO_HEADER");
    var empty = SampleInboxTest.read(write("g.csv", HEADER + "\n,,,\n", StandardCharsets.UTF_8, false), TestRows.PERIOD);
    assertThat(TestRows.codes(empty)).containsExactly("ROWS_SKIPPED", "EMPTY_FILE");
  }

  @Test
  void blankAndNoteRowsAreSkippedAndListedOnce() throws Exception {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append(line("19700101", "李秀英")).append('\n');
    text.append("填表说明：日期写成2023-05-12,,,,\n");
    for (int i = 0; i < 1000; i++) {
      text.append(",,,,,,,\n");
    }
    var c = SampleInboxTest.read(write("h.csv", text.toString(), StandardCharsets.UTF_8, false), TestRows.PERIOD);
    assertThat(TestRows.codes(c)).containsExactly("ROWS_SKIPPED", "ROWS_SKIPPED");
    assertThat(c.summary().rowsSkipped()).isEqualTo(1001);
    assertThat(c.summary().rowsTotal()).isEqualTo(1);
    assertThat(c.issues().get(0).rowNo()).isEqualTo(3);
  }

  @Test
  void xlsxWithTitleRowDateCellsNumericIdAndNotes() throws Exception {
    Path f = dir.resolve("X-1_2026Q2.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表说明");
      Sheet s = wb.createSheet("人员");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      s.createRow(0).createCell(0).setCellValue("和平村党支部党员名册");
      Row h = s.createRow(1);
      String[] header = HEADER.split(",");
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row ok = s.createRow(2);
      ok.createCell(0).setCellValue(TestRows.id("19700101", false));
      ok.createCell(1).setCellValue("李秀英");
      ok.createCell(2).setCellValue("女");
      ok.createCell(3).setCellValue("高中");
      ok.createCell(4).setCellValue("工人");
      ok.createCell(5).setCellValue(true);
      ok.createCell(6).setCellValue(LocalDate.of(1998, 6, 18));
      ok.getCell(6).setCellStyle(dateStyle);
      ok.createCell(7).setCellValue(19990620);
      Row numeric = s.createRow(3);
      numeric.createCell(0).setCellValue(330106197001011240d);
      numeric.createCell(1).setCellValue("王芳");
      numeric.createCell(2).setCellValue(2);
      numeric.createCell(3).setCellValue("高中");
      numeric.createCell(4).setCellValue("工人");
      numeric.createCell(5).setCellValue(1);
      numeric.createCell(6).setCellValue("1998.06");
      numeric.createCell(7).setCellValue("1999年6月");
      s.createRow(6).createCell(0).setCellValue("填表说明：身份证号列请设为文本格式");
      try (OutputStream out = Files.newOutputStream(f)) {
        wb.write(out);
      }
    }
    var c = SampleInboxTest.read(f, TestRows.PERIOD);
    assertThat(c.summary().encoding()).isEqualTo("XLSX");
    assertThat(c.rows()).hasSize(1);
    PersonRow p = c.rows().get(0);
    assertThat(p.rowNo()).isEqualTo(3);
    assertThat(p.probationOn()).isEqualTo("1998-06-18");
    assertThat(p.fullOn()).isEqualTo("1999-06-20");
    assertThat(p.frontline()).isTrue();
    assertThat(c.issues()).extracting(Issue::code, Issue::rowNo).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ID_NUMERIC_CELL", 4),
        org.assertj.core.groups.Tuple.tuple("ROWS_SKIPPED", 5),
        org.assertj.core.groups.Tuple.tuple("ROWS_SKIPPED", 7));
    assertThat(c.issues().get(0).value()).contains("****");
    assertThat(c.issues().get(0).message()).contains("文本");
  }

  @Test
  void corruptXlsxIsOneFileIssue() throws Exception {
    Path f = dir.resolve("X-1_2026Q2.xlsx");
    Files.writeString(f, "this is not a zip");
    var c = SampleInboxTest.read(f, TestRows.PERIOD);
    assertThat(TestRows.codes(c)).containsExactly("UNREADABLE_FILE");
    assertThat(c.issues().get(0).rowNo()).isNull();
  }
}

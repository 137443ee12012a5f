package org.dangstat.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedCopyTest {

  static final List<String> HEADER = List.of("身份证号", "姓名", "sex", " 学 历 ", "工作岗位", "一线",
      "入党申请日期", "积极分子日期", "培养联系人", "推优", "联系电话");

  @TempDir
  Path dir;

  @Test
  void commentsSitOnExactlyTheBadCellsAndTheSummaryComesFirst() throws Exception {
    Path clerk = clerkFile();
    People.Sink sink = TemplateWorkbookTest.read(clerk);
    Path target = AnnotatedCopy.targetFor(clerk, dir);

    AnnotatedCopy.write(clerk, sink.issues, target);

    assertThat(target.getFileName().toString()).isEqualTo("XS-009_2026Q2.批注.xlsx");
    try (XSSFWorkbook wb = TemplateWorkbookTest.open(target)) {
      assertThat(wb.getSheetName(0)).isEqualTo("问题汇总");
      assertThat(wb.getSheetName(1)).isEqualTo("说明");
      assertThat(wb.getSheetName(2)).isEqualTo("人员");
      XSSFSheet sheet = wb.getSheet("人员");
      assertThat(commented(sheet)).isEqualTo(Set.of(
          "K2", // 联系电话: unknown column (warning)
          "A4", // check digit
          "C5", // 男 with a woman's ID number
          "D6", // 学历 大学
          "J6", // 推优 missing for a 22-year-old activist (warning)
          "A7")); // ID typed as a number
      assertThat(fill(sheet, "A4")).isEqualTo(IssueMarks.ERROR_RGB);
      assertThat(fill(sheet, "D6")).isEqualTo(IssueMarks.ERROR_RGB);
      assertThat(fill(sheet, "J6")).isEqualTo(IssueMarks.WARNING_RGB);
      assertThat(fill(sheet, "K2")).isEqualTo(IssueMarks.WARNING_RGB);
      assertThat(sheet.getCellComment(new CellAddress("A4")).getString().getString()).contains("ID_CHECKSUM");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("张伟"); // the rest unchanged
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("城西村党支部党员名册");

      XSSFSheet summary = wb.getSheet("问题汇总");
      assertThat(summary.getLastRowNum() - IssueSummarySheet.HEADER_ROW).isEqualTo(sink.issues.size());
      assertThat(summary.getRow(1).getCell(0).getStringCellValue()).contains("错误 " + sink.errors().size() + " 个");
      assertThat(codes(summary)).contains("NO_STAGE_DATE", "ROWS_SKIPPED");
      assertThat(wb.getActiveSheetIndex()).isZero();
    }
    assertThat(allText(target)).doesNotContain(People.id("19900101", false, 5).substring(0, 14));
  }

  /** A clerk's sheet with a title, a header with a key, spaces and an unknown column, and mistakes. */
  Path clerkFile() throws Exception {
    Path file = dir.resolve("XS-009_2026Q2.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由支部填写");
      XSSFSheet sheet = wb.createSheet("人员");
      sheet.createRow(0).createCell(0).setCellValue("城西村党支部党员名册");
      row(sheet, 1, HEADER.toArray(String[]::new));
      String good = People.id("19850315", true, 1);
      row(sheet, 2, good, "张伟", "男", "本科", "工人", "是", "2025-01-02", "", "", "", "13800000000");
      String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? "1" : "0");
      row(sheet, 3, badCheck, "李四", "男", "本科", "工人", "是", "2025-01-02");
      row(sheet, 4, People.id("19900101", false, 5), "王芳", "男", "本科", "工人", "否", "2025-01-02");
      row(sheet, 5, People.id("20040101", true, 6), "赵六", "男", "大学", "学生", "否", "2025-01-02", "2025-09-01", "钱七");
      row(sheet, 6, "", "孙八", "男", "本科", "工人", "是", "2025-01-02");
      sheet.getRow(6).createCell(0).setCellValue(330106198503151234d); // typed as a number
      row(sheet, 7, People.id("19700101", true, 7), "周九", "男", "本科", "工人", "是");
      row(sheet, 9, "填表说明：本表截至6月30日");
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  private static void row(XSSFSheet sheet, int r, String... values) {
    XSSFRow row = sheet.createRow(r);
    for (int c = 0; c < values.length; c++) {
      if (!values[c].isEmpty()) {
        row.createCell(c).setCellValue(values[c]);
      }
    }
  }

  private static Set<String> commented(XSSFSheet sheet) {
    Set<String> out = new HashSet<>();
    sheet.getCellComments().keySet().forEach(a -> out.add(a.formatAsString()));
    return out;
  }

  private static String fill(XSSFSheet sheet, String address) {
    CellAddress a = new CellAddress(address);
    XSSFCell cell = sheet.getRow(a.getRow()).getCell(a.getColumn());
    XSSFColor color = cell.getCellStyle().getFillForegroundColorColor();
    return color.getARGBHex().substring(2);
  }

  private static List<String> codes(XSSFSheet summary) {
    return java.util.stream.StreamSupport.stream(summary.spliterator(), false)
        .filter(r -> r.getRowNum() > IssueSummarySheet.HEADER_ROW)
        .map(r -> r.getCell(3).getStringCellValue()).toList();
  }

  private static String allText(Path file) throws Exception {
    StringBuilder b = new StringBuilder();
    try (XSSFWorkbook wb = TemplateWorkbookTest.open(file)) {
      wb.getSheet("人员").getCellComments().values().forEach(c -> b.append(c.getString().getString()));
      for (Row row : wb.getSheet("问题汇总")) {
        for (Cell cell : row) {
          b.append(cell.toString());
        }
      }
    }
    return b.toString();
  }

}

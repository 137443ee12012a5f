package org.dangstat.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.report.PrintLayout;
import org.dangstat.report.Styles;
import org.dangstat.report.Workbooks;

/**
 * {@code allocation.xlsx}: the csv's table for people who print it — sheet 名额分配, Chinese
 * headers in bold and frozen, counts as numbers, a 合计 row; the styles, print layout (A4
 * landscape, one page wide, header repeated) and save of every workbook ({@code report}).
 */
final class AllocationXlsx {

  static final String SHEET = "名额分配";
  static final List<String> HEADER = List.of("支部代码", "支部名称", "正式党员", "积极分子",
      "发展对象", "可发展人数", "分配名额", "需有积极分子", "说明");
  /** Column widths in characters (a Chinese character counts as two). */
  private static final int[] WIDTHS = {12, 24, 10, 10, 10, 12, 10, 14, 80};

  private AllocationXlsx() {}

  static Path write(Allocation allocation, Path file) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      Sheet sheet = book.createSheet(SHEET);
      CellStyle text = styles.cell(null, true);
      CellStyle count = styles.cell("0", true);
      CellStyle bold = styles.header(false);
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        cell(header, c, HEADER.get(c), bold);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      int r = 1;
      int[] sums = new int[6];
      for (BranchQuota b : allocation.branches()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, b.code(), text);
        cell(row, 1, b.name(), text);
        int[] numbers = {b.fullMembers(), b.activists(), b.candidates(), b.capacity(), b.quota(),
            b.activistsNeeded()};
        for (int i = 0; i < numbers.length; i++) {
          cell(row, 2 + i, numbers[i], count);
          sums[i] += numbers[i];
        }
        cell(row, 8, b.reason(), text);
      }
      Row total = sheet.createRow(r);
      cell(total, 0, "合计", bold);
      cell(total, 1, "", bold);
      for (int i = 0; i < sums.length; i++) {
        cell(total, 2 + i, sums[i], bold);
      }
      cell(total, 8, "", bold);
      PrintLayout.apply(sheet, 0, 0, HEADER.size() - 1);
      return Workbooks.save(book, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  private static void cell(Row row, int column, int value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    c.setCellStyle(style);
  }
}

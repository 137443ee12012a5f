package org.dangstat.allocation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code allocation.xlsx}: the csv's table for people who print it — sheet 名额分配, Chinese
 * headers in bold and frozen, counts as numbers, a 合计 row, A4 landscape fitted to one page wide.
 */
final class AllocationXlsx {

  static final String SHEET = "名额分配";
  static final List<String> HEADER = List.of("支部代码", "支部名称", "正式党员", "积极分子",
      "发展对象", "可发展人数", "分配名额", "需有积极分子", "说明");
  /** Column widths in characters (a Chinese character counts as two). */
  private static final int[] WIDTHS = {12, 24, 10, 10, 10, 12, 10, 14, 80};

  private AllocationXlsx() {}

  static Path write(Allocation allocation, Path file) {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet(SHEET);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);

      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
        header.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      int r = 1;
      int[] sums = new int[6];
      for (BranchQuota b : allocation.branches()) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(b.code());
        row.createCell(1).setCellValue(b.name());
        int[] numbers = {b.fullMembers(), b.activists(), b.candidates(), b.capacity(), b.quota(),
            b.activistsNeeded()};
        for (int i = 0; i < numbers.length; i++) {
          row.createCell(2 + i).setCellValue(numbers[i]);
          sums[i] += numbers[i];
        }
        row.createCell(8).setCellValue(b.reason());
      }
      Row total = sheet.createRow(r);
      total.createCell(0).setCellValue("合计");
      total.getCell(0).setCellStyle(bold);
      for (int i = 0; i < sums.length; i++) {
        total.createCell(2 + i).setCellValue(sums[i]);
        total.getCell(2 + i).setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      PrintSetup print = sheet.getPrintSetup();
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
      print.setLandscape(true);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, HEADER.size() - 1));
      book.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}

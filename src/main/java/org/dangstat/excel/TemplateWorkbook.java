package org.dangstat.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.core.Period;
import org.dangstat.intake.PersonRow;
import org.dangstat.report.PrintLayout;
import org.dangstat.report.Styles;
import org.dangstat.report.Workbooks;

/**
 * The XLSX a branch clerk fills in (submission-format.md section 3): sheet 人员 with a title,
 * the header of every template column, text and date formats set on the columns so Excel cannot
 * turn an ID number into 3.30106E+17, dropdowns for the coded columns, and a 填表说明 sheet.
 * Prefilled people are written with their full ID number: this file goes only to their branch.
 */
public final class TemplateWorkbook {

  static final String SHEET = "人员";
  /** Zero-based: title, a line naming the branch and the period, then the header. */
  static final int HEADER_ROW = 2;
  /** Rows below the prefill that get dropdowns, room for the quarter's newcomers. */
  static final int SPARE_ROWS = 300;

  private TemplateWorkbook() {}

  /** @param prefill the branch's people of the last accepted snapshot (the caller drops earlier years' leavers) */
  public static void write(String branchCode, String branchName, Period period, List<PersonRow> prefill, Path file) {
    ReferenceLists ref = ReferenceLists.INSTANCE;
    List<TemplateColumn> columns = ref.columns;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      XSSFSheet sheet = wb.createSheet(SHEET);
      int last = columns.size() - 1;
      title(sheet, styles, last, branchName + " " + period.year() + "年第" + period.quarter() + "季度 党员及发展对象名册");
      note(sheet, styles, "支部代码：" + branchCode + "　　报送期间：" + period + "（截至" + period.end()
          + "）　　报送文件名：" + branchCode + "_" + period + ".xlsx　　深色表头为必填列，其余见“填表说明”");
      XSSFRow header = sheet.createRow(HEADER_ROW);
      header.setHeightInPoints(30);
      DropdownLists dropdowns = new DropdownLists(wb, ref);
      int lastDataRow = HEADER_ROW + prefill.size() + SPARE_ROWS;
      for (int c = 0; c < columns.size(); c++) {
        TemplateColumn col = columns.get(c);
        XSSFCell cell = header.createCell(c);
        cell.setCellValue(col.label());
        cell.setCellStyle(styles.header(col.isRequired()));
        sheet.setColumnWidth(c, col.width() * 256);
        // new rows typed by the clerk take the column's format: text for IDs, dates for dates
        sheet.setDefaultColumnStyle(c, styles.cell(format(col), false));
        if (!col.list().isEmpty()) {
          dropdowns.add(sheet, col, c, HEADER_ROW + 1, lastDataRow);
        } else if (col.isNumber()) {
          dropdowns.nonNegative(sheet, col, c, HEADER_ROW + 1, lastDataRow);
        }
      }
      prefill(sheet, styles, columns, prefill, ref);
      PrintLayout.apply(sheet, HEADER_ROW, 2, last);
      PrintLayout.autoFilter(sheet, HEADER_ROW, HEADER_ROW + prefill.size(), last);
      GuideSheet.write(wb, styles, columns, period);
      dropdowns.hideCodeSheet();
      wb.setActiveSheet(0);
      Workbooks.save(wb, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The number format of a 服务积分 or 培训学时 cell: as typed, 60 or 72.5. */
  static final String NUMBER_FORMAT = "General";

  static String format(TemplateColumn col) {
    return col.isDate() ? Styles.DATE_FORMAT : col.isNumber() ? NUMBER_FORMAT : Styles.TEXT_FORMAT;
  }

  private static void prefill(XSSFSheet sheet, Styles styles, List<TemplateColumn> columns,
      List<PersonRow> people, ReferenceLists ref) {
    int r = HEADER_ROW + 1;
    for (PersonRow person : people) {
      PrefillRow values = new PrefillRow(person, ref);
      XSSFRow row = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        XSSFCell cell = row.createCell(c);
        cell.setCellStyle(styles.cell(format(columns.get(c)), true));
        Object v = values.value(columns.get(c).key());
        if (v instanceof LocalDate d) {
          cell.setCellValue(d); // a real date cell, not text
        } else if (v instanceof Double n) {
          cell.setCellValue(n); // a number cell, as the clerk would type it
        } else if (v != null) {
          cell.setCellValue(v.toString());
        }
      }
    }
  }

  private static void title(XSSFSheet sheet, Styles styles, int lastColumn, String text) {
    XSSFRow row = sheet.createRow(0);
    row.setHeightInPoints(28);
    XSSFCell cell = row.createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(styles.title());
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
  }

  private static void note(XSSFSheet sheet, Styles styles, String text) {
    XSSFCell cell = sheet.createRow(1).createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(styles.note());
  }
}

package org.dangstat.excel;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.core.Period;
import org.dangstat.report.PrintLayout;
import org.dangstat.report.Styles;

/**
 * The 填表说明 sheet: one line per column (header, whether required, what to write, an example),
 * then the general notes (scope, date formats, stages, required fields by stage). The texts are
 * data (excel/template-columns.csv, excel/guide-notes.csv), so the township can reword them.
 */
final class GuideSheet {

  static final String SHEET = "填表说明";
  private static final String[] HEADER = {"序号", "列名", "是否必填", "填写要求", "示例"};
  private static final int[] WIDTHS = {6, 14, 10, 70, 20};

  private GuideSheet() {}

  static void write(XSSFWorkbook wb, Styles styles, List<TemplateColumn> columns, Period period) {
    XSSFSheet sheet = wb.createSheet(SHEET);
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    XSSFRow title = sheet.createRow(0);
    title.setHeightInPoints(28);
    cell(title, 0, "填表说明（" + period.year() + "年第" + period.quarter() + "季度，截至" + period.end() + "）", styles.title());
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
    XSSFRow header = sheet.createRow(1);
    for (int c = 0; c < HEADER.length; c++) {
      cell(header, c, HEADER[c], styles.header(false));
    }
    int r = 2;
    for (TemplateColumn col : columns) {
      XSSFRow row = sheet.createRow(r);
      cell(row, 0, String.valueOf(r - 1), styles.cell(null, true));
      cell(row, 1, col.label(), styles.cell(null, true));
      cell(row, 2, col.need(), col.isRequired() ? styles.header(true) : styles.cell(null, true));
      cell(row, 3, col.explanation(), styles.wrapped());
      cell(row, 4, col.example(), styles.cell(null, true));
      row.setHeightInPoints(lines(col.explanation()) * 15f + 4);
      r++;
    }
    r++;
    String section = null;
    for (Map<String, String> note : CsvResource.resource("/excel/guide-notes.csv")) {
      if (!note.get("section").equals(section)) {
        section = note.get("section");
        XSSFRow head = sheet.createRow(r++);
        cell(head, 1, section, styles.header(false));
        sheet.addMergedRegion(new CellRangeAddress(head.getRowNum(), head.getRowNum(), 1, HEADER.length - 1));
      }
      XSSFRow row = sheet.createRow(r);
      String text = note.get("text");
      cell(row, 1, text, styles.wrapped());
      sheet.addMergedRegion(new CellRangeAddress(r, r, 1, HEADER.length - 1));
      row.setHeightInPoints(lines(text) * 15f + 4); // merged cells do not grow by themselves
      r++;
    }
    PrintLayout.apply(sheet, 1, 0, HEADER.length - 1);
  }

  /** Lines a wrapped text needs in the 说明 column (about 34 Chinese characters a line). */
  private static int lines(String text) {
    return Math.max(1, (text.length() + 33) / 34);
  }

  private static void cell(XSSFRow row, int c, String text, XSSFCellStyle style) {
    XSSFCell cell = row.createCell(c);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }
}

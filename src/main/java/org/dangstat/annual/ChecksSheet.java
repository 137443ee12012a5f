package org.dangstat.annual;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** 核对结果: every check of the form that fails, and every branch whose start is unknown. */
final class ChecksSheet {

  static final String NAME = "核对结果";
  private static final String[] HEADERS = {"表", "组织代码", "组织名称", "行", "栏", "说明"};
  private static final int[] WIDTHS = {8, 12, 24, 14, 14, 80};

  private ChecksSheet() {}

  static void write(Workbook wb, SheetKit kit, AnnualReport report) {
    Sheet sheet = wb.createSheet(NAME);
    var title = sheet.createRow(0).createCell(0);
    title.setCellValue(report.period().year() + "年度党内统计年报 核对结果");
    title.setCellStyle(kit.title());
    SheetKit.merge(sheet, 0, 0, 0, HEADERS.length - 1);
    Row header = sheet.createRow(1);
    for (int c = 0; c < HEADERS.length; c++) {
      var cell = header.createCell(c);
      cell.setCellValue(HEADERS[c]);
      cell.setCellStyle(kit.header());
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    int r = 2;
    if (report.checks().isEmpty()) {
      var cell = sheet.createRow(r).createCell(0);
      cell.setCellValue("各表核对全部通过。");
      cell.setCellStyle(kit.wrapped());
      SheetKit.merge(sheet, r, r, 0, HEADERS.length - 1);
    }
    for (Check c : report.checks()) {
      var table = report.layout().table(c.table());
      Row row = sheet.createRow(r++);
      String[] values = {AnnualWorkbook.sheetName(table), c.orgCode(), c.orgName(),
          table.rows().get(table.row(c.row())).label(), table.columns().get(table.column(c.column())).label(),
          c.message()};
      for (int i = 0; i < values.length; i++) {
        var cell = row.createCell(i);
        cell.setCellValue(values[i]);
        cell.setCellStyle(kit.wrapped());
      }
    }
    SheetKit.print(sheet, 1, 0, HEADERS.length - 1);
  }
}

package org.dangstat.excel;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.intake.Issue;
import org.dangstat.report.PrintLayout;
import org.dangstat.report.Styles;

/**
 * The 问题汇总 sheet, first in the annotated copy: the counts, then every problem of the file
 * (行, 列, 级别, 代码, 说明), including those of the whole file or a whole row that no cell can carry.
 * Values are written as text cells, which Excel never runs as formulas.
 */
final class IssueSummarySheet {

  static final String SHEET = "问题汇总";
  static final int HEADER_ROW = 2;
  private static final String[] HEADER = {"行", "列", "级别", "代码", "说明", "标注"};
  private static final int[] WIDTHS = {7, 14, 7, 30, 80, 14};

  private IssueSummarySheet() {}

  /** @param marked per issue (same order): whether its cell in the sheet carries the comment */
  static void write(XSSFWorkbook wb, List<Issue> issues, List<Boolean> marked) {
    Styles styles = new Styles(wb);
    XSSFSheet sheet = wb.createSheet(SHEET);
    wb.setSheetOrder(SHEET, 0);
    long errors = issues.stream().filter(Issue::isError).count();
    XSSFRow title = sheet.createRow(0);
    title.setHeightInPoints(28);
    text(title, 0, "报送文件问题汇总", styles.title());
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
    text(sheet.createRow(1), 0, "共 " + issues.size() + " 个问题：错误 " + errors + " 个，警告 "
        + (issues.size() - errors) + " 个。" + (errors > 0
            ? "有错误的文件不能接收，请在原表中改正红色单元格后重新报送；黄色单元格请核对。"
            : "没有错误，文件可以接收；黄色单元格请核对。"), styles.note());
    XSSFRow header = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < HEADER.length; c++) {
      text(header, c, HEADER[c], styles.header(false));
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    int r = HEADER_ROW + 1;
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      XSSFRow row = sheet.createRow(r++);
      XSSFCell rowNo = row.createCell(0);
      rowNo.setCellStyle(styles.cell("0", true));
      if (issue.rowNo() != null) {
        rowNo.setCellValue(issue.rowNo());
      }
      text(row, 1, issue.column(), styles.cell(null, true));
      text(row, 2, issue.severity().label(),
          styles.filled(null, issue.isError() ? IssueMarks.ERROR_RGB : IssueMarks.WARNING_RGB));
      text(row, 3, issue.code(), styles.cell(null, true));
      String message = Masking.mask(issue.message());
      text(row, 4, message, styles.wrapped());
      // LibreOffice and WPS do not grow rows of a generated file: about 38 Chinese characters a line
      row.setHeightInPoints(Math.max(1, (message.length() + 37) / 38) * 15f + 2);
      text(row, 5, marked.get(i) ? "见单元格批注" : "", styles.cell(null, true));
    }
    PrintLayout.apply(sheet, HEADER_ROW, 0, HEADER.length - 1);
    PrintLayout.autoFilter(sheet, HEADER_ROW, r - 1, HEADER.length - 1);
    for (int s = 0; s < wb.getNumberOfSheets(); s++) {
      wb.getSheetAt(s).setSelected(s == 0); // one selected tab: no accidental group editing
    }
    wb.setActiveSheet(0);
    wb.setFirstVisibleTab(0);
  }

  private static void text(XSSFRow row, int c, String value, XSSFCellStyle style) {
    XSSFCell cell = row.createCell(c);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value);
    }
  }
}

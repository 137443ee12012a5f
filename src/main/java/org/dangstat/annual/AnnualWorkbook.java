package org.dangstat.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.report.StreamingWorkbook;
import org.dangstat.report.Workbooks;

/**
 * {@code annual-report.xlsx} (annual-report.md): sheets 表1 … 表5 for the root laid out as the
 * printed form (title, 填报单位, two header rows with the groups 年龄 / 学历 … merged over their
 * columns, the 栏次 row, occupations as rows), a sheet per single-row table (表1, 表4) with every
 * org unit as a row, and 核对结果 listing every check that fails. A failing cell is filled and
 * carries a note saying why (a cell that cannot be computed: the first {@link #UNKNOWN_NOTES}); numbers
 * are number cells; every sheet prints on A4 landscape.
 */
public final class AnnualWorkbook {

  /** Rows 0 title, 1 填报单位, 2 groups, 3 column headers, 4 栏次; data from row 5. */
  static final int FIRST_DATA_ROW = 5;

  private final AnnualReport report;
  /** The styles live in the base; the sheets stream (a county's unit sheets held as XML objects took seconds). */
  private final XSSFWorkbook base = new XSSFWorkbook();
  private final SXSSFWorkbook wb = new StreamingWorkbook(base, 200);
  private final SheetKit kit = new SheetKit(base);
  /** table|org|row|column → the checks on that cell. */
  private final Map<String, List<Check>> marks = new HashMap<>();
  /**
   * Notes on cells that cannot be computed (no (Y−1)Q4 file), at most this many: a county in its
   * first year has thousands of such branches, each note costs POI a drawing shape (most of the
   * workbook's time), and 核对结果 lists every one anyway. A cell that fails a check always has its note.
   */
  static final int UNKNOWN_NOTES = 100;
  private int unknownNotes;

  private AnnualWorkbook(AnnualReport report) {
    this.report = report;
    for (Check c : report.checks()) {
      marks.computeIfAbsent(key(c.table(), c.orgCode(), c.row(), c.column()), k -> new ArrayList<>()).add(c);
    }
  }

  public static Path write(AnnualReport report, Path file) {
    AnnualWorkbook book = new AnnualWorkbook(report);
    for (var table : report.layout().tables()) {
      book.rootSheet(table);
    }
    for (var table : report.layout().tables()) {
      if (table.singleRow()) {
        book.unitSheet(table);
      }
    }
    ChecksSheet.write(book.wb, book.kit, report);
    try (book.wb) {
      return Workbooks.save(book.wb, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }

  /** The name of the sheet of a table for the root, e.g. 表2. */
  static String sheetName(AnnualLayout.Table table) {
    return table.title().substring(0, table.title().indexOf(' '));
  }

  static String unitSheetName(AnnualLayout.Table table) {
    return sheetName(table) + "（各单位）";
  }

  private void rootSheet(AnnualLayout.Table table) {
    Sheet sheet = wb.createSheet(sheetName(table));
    var root = report.root();
    int lead = 1;
    header(sheet, table, table.title(), List.of(table.singleRow() ? "单位" : "项目"), lead);
    int r = FIRST_DATA_ROW;
    for (var line : table.rows()) {
      Row row = sheet.createRow(r++);
      row.setHeightInPoints(20);
      boolean total = line.key().equals(AnnualLayout.TOTAL);
      text(row, 0, table.singleRow() ? root.name() : line.label(), total || table.singleRow());
      values(sheet, row, lead, table, root, line.key(), total);
    }
    sheet.setColumnWidth(0, 18 * 256);
    SheetKit.print(sheet, FIRST_DATA_ROW - 1, lead, lead + table.columns().size() - 1);
  }

  private void unitSheet(AnnualLayout.Table table) {
    Sheet sheet = wb.createSheet(unitSheetName(table));
    int lead = 2;
    header(sheet, table, table.title() + "（各党组织）", List.of("组织代码", "组织名称"), lead);
    int r = FIRST_DATA_ROW;
    String row0 = table.rows().get(0).key();
    for (var unit : report.units()) {
      Row row = sheet.createRow(r++);
      boolean branch = "branch".equals(unit.level());
      text(row, 0, unit.code(), !branch);
      text(row, 1, ("general_branch".equals(unit.level()) ? "　" : branch ? "　　" : "") + unit.name(), !branch);
      values(sheet, row, lead, table, unit, row0, !branch);
    }
    sheet.setColumnWidth(0, 12 * 256);
    sheet.setColumnWidth(1, 26 * 256);
    SheetKit.print(sheet, FIRST_DATA_ROW - 1, lead, lead + table.columns().size() - 1);
  }

  /** Title, 填报单位 and date, the two header rows with merged groups, and the 栏次 row. */
  private void header(Sheet sheet, AnnualLayout.Table table, String title, List<String> leading, int lead) {
    int last = lead + table.columns().size() - 1;
    Row titleRow = sheet.createRow(0);
    titleRow.setHeightInPoints(30);
    Cell t = titleRow.createCell(0);
    t.setCellValue(title);
    t.setCellStyle(kit.title());
    SheetKit.merge(sheet, 0, 0, 0, last);
    Row info = sheet.createRow(1);
    int half = Math.max(lead, last / 2);
    Cell unit = info.createCell(0);
    unit.setCellValue("填报单位：" + report.root().name());
    unit.setCellStyle(kit.note(false));
    SheetKit.merge(sheet, 1, 1, 0, half);
    Cell date = info.createCell(half + 1);
    date.setCellValue("截至 " + report.period().year() + "年12月31日　　单位：名");
    date.setCellStyle(kit.note(true));
    SheetKit.merge(sheet, 1, 1, half + 1, last);
    Row groups = sheet.createRow(2);
    Row labels = sheet.createRow(3);
    Row numbers = sheet.createRow(4);
    groups.setHeightInPoints(20);
    labels.setHeightInPoints(table.columns().size() > 12 ? 58 : 44);
    for (int c = 0; c < lead; c++) {
      headerCell(groups, c, leading.get(c));
      headerCell(labels, c, "");
      headerCell(numbers, c, c == 0 ? "甲" : "乙");
      SheetKit.merge(sheet, 2, 3, c, c);
    }
    var columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      int c = lead + i;
      var column = columns.get(i);
      headerCell(numbers, c, String.valueOf(i + 1));
      if (column.group().isEmpty()) {
        headerCell(groups, c, column.label());
        headerCell(labels, c, "");
        SheetKit.merge(sheet, 2, 3, c, c);
        continue;
      }
      headerCell(groups, c, column.group());
      headerCell(labels, c, column.label());
      boolean startsGroup = i == 0 || !columns.get(i - 1).group().equals(column.group());
      if (startsGroup) {
        int end = i;
        while (end + 1 < columns.size() && columns.get(end + 1).group().equals(column.group())) {
          end++;
        }
        SheetKit.merge(sheet, 2, 2, c, lead + end);
      }
    }
    int width = Math.max(6, Math.min(12, 150 / columns.size()));
    for (int i = 0; i < columns.size(); i++) {
      sheet.setColumnWidth(lead + i, width * 256);
    }
  }

  private void values(Sheet sheet, Row row, int lead, AnnualLayout.Table table, AnnualReport.Unit unit,
      String rowKey, boolean bold) {
    for (int i = 0; i < table.columns().size(); i++) {
      String column = table.columns().get(i).key();
      Integer value = unit.value(table, rowKey, column);
      List<Check> on = marks.get(key(table.key(), unit.code(), rowKey, column));
      Cell cell = row.createCell(lead + i);
      boolean unknown = on != null && on.stream().allMatch(c -> !c.failed());
      byte[] fill = on == null ? null : unknown ? SheetKit.UNKNOWN : SheetKit.FAILED;
      cell.setCellStyle(kit.number(fill, bold));
      if (value != null) {
        cell.setCellValue(value);
      }
      if (on != null && (!unknown || unknownNotes++ < UNKNOWN_NOTES)) {
        SheetKit.comment(sheet, cell, String.join("\n", on.stream().map(Check::message).toList()));
      }
    }
  }

  private void headerCell(Row row, int column, String text) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(kit.header());
  }

  private void text(Row row, int column, String text, boolean bold) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(kit.label(bold));
  }

  private static String key(String table, String org, String row, String column) {
    return table + "|" + org + "|" + row + "|" + column;
  }
}

package org.dangstat.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one printable table sheet of the indicators workbook: a title row, a header row, then
 * rows of typed cells (text, integer, decimal or percentage). Column widths follow the longest
 * content (Chinese characters count double); {@link #finish} sets up printing and the filter.
 * The workbook may be a streaming one (SXSSF): rows are only ever appended, and in a
 * {@link StreamingWorkbook} the data rows go straight into the sheet's XML ({@link DirectRows}).
 */
public final class SheetWriter {

  public static final int HEADER_ROW = 1;
  private static final int MAX_WIDTH = 50;

  private final Sheet sheet;
  private final Styles styles;
  private final int[] widths;
  /** Styles looked up once: a county's sheet has a million cells, each asked for its style. */
  private final CellStyle textStyle;
  private final Map<String, CellStyle> numberStyles = new HashMap<>();
  /** The data rows straight into the sheet's XML (a streaming workbook of ours), else null: POI's rows and cells. */
  private final DirectRows direct;
  private Row row;
  private int column;

  public SheetWriter(Workbook wb, Styles styles, String name, String title, String... header) {
    this.sheet = wb.createSheet(name);
    this.styles = styles;
    this.widths = new int[header.length];
    this.textStyle = styles.cell(null, true);
    Row t = sheet.createRow(0);
    t.setHeightInPoints(26);
    Cell cell = t.createCell(0);
    cell.setCellValue(title);
    cell.setCellStyle(styles.title());
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
    Row h = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < header.length; c++) {
      Cell hc = h.createCell(c);
      hc.setCellValue(header[c]);
      hc.setCellStyle(styles.header(false));
      widen(c, header[c], 4); // room for the filter button
    }
    direct = wb instanceof StreamingWorkbook streaming ? streaming.directRows(sheet) : null;
  }

  public void newRow() {
    column = 0;
    if (direct != null) {
      direct.newRow();
      return;
    }
    row = sheet.createRow(sheet.getLastRowNum() + 1);
  }

  public void text(String value) {
    text(value, null);
  }

  /** @param rgb a fill colour, or null */
  public void text(String value, String rgb) {
    CellStyle style = rgb == null ? textStyle : styles.filled(null, rgb);
    boolean empty = value == null || value.isEmpty();
    if (!empty) {
      widen(column, value, 2);
    }
    if (direct != null && empty) {
      direct.blank(column, index(style));
    } else if (direct != null) {
      direct.text(column, index(style), value);
    } else {
      Cell cell = row.createCell(column);
      cell.setCellStyle(style);
      if (!empty) {
        cell.setCellValue(value);
      }
    }
    column++;
  }

  /** A number with a number format ("0", "0.00", "0.0%"); null writes an empty cell. */
  public void number(Double value, String format) {
    CellStyle style = numberStyles.computeIfAbsent(format, f -> styles.cell(f, true));
    if (direct != null && value == null) {
      direct.blank(column, index(style));
    } else if (direct != null) {
      direct.number(column, index(style), value);
    } else {
      Cell cell = row.createCell(column);
      cell.setCellStyle(style);
      if (value != null) {
        cell.setCellValue(value);
      }
    }
    widen(column, "100.0%", 2);
    column++;
  }

  public void finish(int frozenColumns) {
    int lastRow = sheet.getLastRowNum();
    if (direct != null) {
      direct.close();
      lastRow = direct.lastRow();
    }
    int last = widths.length - 1;
    for (int c = 0; c <= last; c++) {
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c]) * 256);
    }
    PrintLayout.apply(sheet, HEADER_ROW, frozenColumns, last);
    PrintLayout.autoFilter(sheet, HEADER_ROW, lastRow, last);
  }

  private static int index(CellStyle style) {
    return style.getIndex() & 0xffff;
  }

  private void widen(int c, String text, int padding) {
    if (Math.ceil(padding + 2.31 * text.length()) <= widths[c]) {
      return; // wide enough for any text of this length (2.31: above 2.3 a glyph, and its rounding): most are
    }
    double w = padding;
    for (int i = 0; i < text.length(); i++) {
      w += text.charAt(i) > 0x2E80 ? 2.3 : 1.1; // a Chinese glyph is wider than two digits of Calibri
    }
    widths[c] = Math.max(widths[c], (int) Math.ceil(w));
  }
}

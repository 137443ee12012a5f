package org.dangstat.annual;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.report.PrintLayout;
import org.dangstat.report.Styles;

/**
 * The look and print layout of the year-end workbook: a form's title, bordered headers, integer
 * cells, a highlighted cell with a note, A4 landscape as wide as one page with the headers
 * repeated on every page: the report package's kit ({@link Styles}, {@link PrintLayout}) plus what a
 * statistical form needs beyond it (bold totals, merged headers, notes on cells).
 */
final class SheetKit {

  static final String FONT = Styles.FONT;
  /** A cell that fails a check of the form. */
  static final byte[] FAILED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
  /** A cell that cannot be computed and says why (no (Y−1)Q4 file). */
  static final byte[] UNKNOWN = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
  private static final byte[] HEADER = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};

  private final XSSFWorkbook wb;
  private final Styles styles;
  private final Map<String, XSSFCellStyle> made = new HashMap<>();

  SheetKit(XSSFWorkbook wb) {
    this.wb = wb;
    this.styles = new Styles(wb);
  }

  XSSFCellStyle title() {
    return styles.title();
  }

  XSSFCellStyle note(boolean right) {
    return made.computeIfAbsent("note" + right, k -> {
      XSSFCellStyle s = base(10, false, false);
      s.setAlignment(right ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
      return s;
    });
  }

  XSSFCellStyle header() {
    return made.computeIfAbsent("header", k -> {
      XSSFCellStyle s = base(10, true, true);
      s.setFillForegroundColor(new XSSFColor(HEADER));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      s.setAlignment(HorizontalAlignment.CENTER);
      s.setWrapText(true);
      return s;
    });
  }

  /** The 栏次 row and the row labels. */
  XSSFCellStyle label(boolean bold) {
    return made.computeIfAbsent("label" + bold, k -> base(10, bold, true));
  }

  XSSFCellStyle number(byte[] fill, boolean bold) {
    String key = "number" + (fill == null ? "" : fill[2]) + bold;
    return made.computeIfAbsent(key, k -> {
      XSSFCellStyle s = base(10, bold, true);
      s.setDataFormat(wb.createDataFormat().getFormat("0"));
      s.setAlignment(HorizontalAlignment.RIGHT);
      if (fill != null) {
        s.setFillForegroundColor(new XSSFColor(fill));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      return s;
    });
  }

  /** Our own: the kit's {@code Styles.wrapped()} fails (a computeIfAbsent inside another) when called first. */
  XSSFCellStyle wrapped() {
    return made.computeIfAbsent("wrapped", k -> {
      XSSFCellStyle s = base(10, false, true);
      s.setWrapText(true);
      return s;
    });
  }

  /**
   * A note on a cell, as Excel and WPS show it when the mouse is over the cell. Made on the
   * streaming sheet's base: a note given to a streamed cell is not saved (POI 5).
   */
  static void comment(Sheet sheet, Cell cell, String text) {
    XSSFSheet target = sheet instanceof SXSSFSheet streamed
        ? streamed.getWorkbook().getXSSFWorkbook().getSheet(streamed.getSheetName()) : (XSSFSheet) sheet;
    ClientAnchor anchor = target.getWorkbook().getCreationHelper().createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 6);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 4);
    var comment = target.createDrawingPatriarch().createCellComment(anchor);
    comment.setString(new XSSFRichTextString(text));
    comment.setAuthor("dangstat");
    comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
  }

  static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
    if (firstRow != lastRow || firstCol != lastCol) {
      sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }
  }

  /** The report package's print layout: A4 landscape, one page wide, rows 0..lastHeaderRow on every page. */
  static void print(Sheet sheet, int lastHeaderRow, int frozenColumns, int lastColumn) {
    PrintLayout.apply(sheet, lastHeaderRow, frozenColumns, lastColumn);
  }

  private XSSFCellStyle base(int points, boolean bold, boolean bordered) {
    return styles.base(points, bold, bordered);
  }
}

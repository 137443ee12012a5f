package org.dangstat.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the workbooks we make, created once per workbook (Excel allows about 64,000
 * styles; one per cell would break big files). Fonts name a Chinese face so WPS and LibreOffice
 * show the same look on machines without Calibri.
 */
public final class Styles {

  public static final String DATE_FORMAT = "yyyy-mm-dd";
  public static final String TEXT_FORMAT = "@";
  public static final String FONT = "宋体";

  private final XSSFWorkbook wb;
  private final Map<String, XSSFCellStyle> made = new HashMap<>();

  public Styles(XSSFWorkbook wb) {
    this.wb = wb;
  }

  public XSSFCellStyle title() {
    return once("title", () -> {
      XSSFCellStyle s = base(16, true, false);
      s.setAlignment(HorizontalAlignment.CENTER);
      return s;
    });
  }

  /** A line of small print above a table (branch code, period). */
  public XSSFCellStyle note() {
    return once("note", () -> base(10, false, false));
  }

  /** @param strong darker fill: a required column of the template */
  public XSSFCellStyle header(boolean strong) {
    return once("header" + strong, () -> {
      XSSFCellStyle s = base(11, true, true);
      fill(s, strong ? new byte[] {(byte) 0xF4, (byte) 0xB0, (byte) 0x84} : new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7});
      s.setAlignment(HorizontalAlignment.CENTER);
      s.setWrapText(true);
      return s;
    });
  }

  /** A data cell; {@code format} is a number format ("@", "yyyy-mm-dd", "0", "0.0%") or null. */
  public XSSFCellStyle cell(String format, boolean bordered) {
    return once("cell" + format + bordered, () -> {
      XSSFCellStyle s = base(11, false, bordered);
      if (format != null) {
        s.setDataFormat(wb.createDataFormat().getFormat(format));
      }
      return s;
    });
  }

  /** A data cell with a fill (a status colour), rgb as 6 hex digits. */
  public XSSFCellStyle filled(String format, String rgb) {
    return once("fill" + format + rgb, () -> {
      XSSFCellStyle s = cell(format, true).copy();
      fill(s, rgb(rgb));
      return s;
    });
  }

  /** Wrapped text in a bordered cell (the explanations of the guide sheet). */
  public XSSFCellStyle wrapped() {
    return once("wrapped", () -> {
      XSSFCellStyle s = cell(null, true).copy();
      s.setWrapText(true);
      return s;
    });
  }

  /**
   * The style made once per workbook under {@code key}. Not Map.computeIfAbsent: a style built
   * from another ({@link #filled}, {@link #wrapped}) would modify the map inside its own
   * computation, which HashMap refuses (ConcurrentModificationException).
   */
  private XSSFCellStyle once(String key, java.util.function.Supplier<XSSFCellStyle> make) {
    XSSFCellStyle s = made.get(key);
    if (s == null) {
      s = make.get();
      made.put(key, s);
    }
    return s;
  }

  public static byte[] rgb(String hex) {
    int v = Integer.parseInt(hex, 16);
    return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }

  public static void fill(XSSFCellStyle s, byte[] rgb) {
    s.setFillForegroundColor(new XSSFColor(rgb));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  /**
   * A new style of the kit's font and borders that the caller finishes and keeps (a form's own
   * looks, e.g. the 年报's smaller print), so that every workbook starts from the same base.
   */
  public XSSFCellStyle base(int points, boolean bold, boolean bordered) {
    XSSFCellStyle s = wb.createCellStyle();
    XSSFFont f = wb.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    s.setFont(f);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    if (bordered) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }
}

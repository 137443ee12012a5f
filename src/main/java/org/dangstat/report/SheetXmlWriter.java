package org.dangstat.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The XML of a streaming sheet's text, number and empty cells, as POI's own {@link SheetDataWriter}
 * writes them (inline strings, the same escapes, the same "?" for control characters), without its
 * per-cell costs: the cell reference built through {@code CellReference}, and escaping by code point
 * one {@code Writer} call at a time. A county's 指标 sheet has a million cells; these were a third of
 * the workbook's time. Formulas, booleans and errors go to POI's writer unchanged. A text goes to the
 * workbook's shared strings, as POI's writer in that mode sends it, unless {@link SharedTexts} keeps
 * it inline (its first cell, a long text, or a new one once the table is full).
 */
final class SheetXmlWriter extends SheetDataWriter {

  /** {@code <c r="} and the column letters of the first columns, as UTF-8, made once. */
  private static final byte[][] OPENINGS = new byte[64][];
  /** {@code " s="N"} of the first styles, made once. */
  private static final byte[][] STYLES = new byte[256][];

  private static final byte[] NUMBER = ascii(" t=\"n\"><v>");
  private static final byte[] NUMBER_END = ascii("</v></c>");
  private static final byte[] INTEGRAL_END = ascii(".0</v></c>");
  private static final byte[] TEXT = ascii(" t=\"inlineStr\"><is><t");
  private static final byte[] TEXT_END = ascii("</t></is></c>");
  private static final byte[] SHARED = ascii(" t=\"s\"><v>");

  static {
    for (int c = 0; c < OPENINGS.length; c++) {
      OPENINGS[c] = ascii("<c r=\"" + CellReference.convertNumToColString(c));
    }
    for (int s = 1; s < STYLES.length; s++) {
      STYLES[s] = ascii("\" s=\"" + s + "\"");
    }
  }

  private final SharedTexts shared;

  /** @param shared the workbook's shared strings, null to write every text inline */
  SheetXmlWriter(SharedTexts shared) throws IOException {
    super();
    this.shared = shared;
  }

  @Override
  public Writer createWriter(File fd) throws IOException {
    return new Utf8Writer(decorateOutputStream(new FileOutputStream(fd)));
  }

  @Override
  public void writeCell(int column, Cell cell) throws IOException {
    if (cell == null) {
      return;
    }
    CellType type = cell.getCellType();
    if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
      super.writeCell(column, cell);
      return;
    }
    int style = cell.getCellStyle().getIndex() & 0xffff;
    int row = cell.getRowIndex();
    switch (type) {
      case BLANK -> blank(column, row, style);
      case NUMERIC -> number(column, row, style, cell.getNumericCellValue());
      default -> text(column, row, style, cell.getStringCellValue());
    }
  }

  /**
   * {@code <row r="N">} of a row written by {@link DirectRows}, as POI's writer opens a row with no
   * height, style or outline of its own.
   */
  void openRow(int row) throws IOException {
    _out.write("<row r=\"");
    _out.write(Integer.toString(row + 1));
    _out.write("\">\n");
  }

  void closeRow() throws IOException {
    _out.write("</row>\n");
  }

  /** An empty cell that has a style. */
  void blank(int column, int row, int style) throws IOException {
    open(column, row, style);
    _out.write("></c>");
  }

  /**
   * A number cell; what POI makes of a value no cell can hold, an error cell: #DIV/0! for an
   * infinity, #NUM! for NaN (only {@link DirectRows} passes those: POI's own cells hold the error).
   */
  void number(int column, int row, int style, double value) throws IOException {
    open(column, row, style);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      _out.write(" t=\"e\"><v>");
      _out.write(Double.isNaN(value) ? "#NUM!" : "#DIV/0!");
      _out.write("</v></c>");
      return;
    }
    if (!(_out instanceof Utf8Writer w)) {
      _out.write(" t=\"n\"><v>");
      _out.write(Double.toString(value));
      _out.write("</v></c>");
      return;
    }
    w.writeUtf8(NUMBER);
    int whole = (int) value;
    if (whole == value && whole > -10_000_000 && whole < 10_000_000 && (whole != 0 || 1 / value > 0)) {
      // what Double.toString writes for a whole number under 10^7: its digits and ".0"
      if (whole < 0) {
        w.write('-');
        whole = -whole;
      }
      w.writeDecimal(whole);
      w.writeUtf8(INTEGRAL_END);
    } else {
      w.write(Double.toString(value));
      w.writeUtf8(NUMBER_END);
    }
  }

  /** A text cell: shared ({@link SharedTexts}) or inline. */
  void text(int column, int row, int style, String value) throws IOException {
    open(column, row, style);
    Writer w = _out;
    int number = sharedNumber(value);
    if (number >= 0) {
      if (w instanceof Utf8Writer u) {
        u.writeUtf8(SHARED);
        u.writeDecimal(number);
        u.writeUtf8(NUMBER_END);
      } else {
        w.write(" t=\"s\"><v>");
        w.write(Integer.toString(number));
        w.write("</v></c>");
      }
      return;
    }
    if (w instanceof Utf8Writer u) {
      u.writeUtf8(TEXT);
    } else {
      w.write(" t=\"inlineStr\"><is><t");
    }
    if (spaceAtAnEnd(value)) {
      w.write(" xml:space=\"preserve\"");
    }
    w.write('>');
    escaped(w, value);
    if (w instanceof Utf8Writer u) {
      u.writeUtf8(TEXT_END);
    } else {
      w.write("</t></is></c>");
    }
  }

  /**
   * {@code <c r="A1" s="N"} (no style attribute for style 0): from markup made once as bytes, the
   * row's digits written in place, where it can. A county's 指标 sheet is a million cells, and
   * building these strings was a third of the workbook thread's samples.
   */
  private void open(int column, int row, int style) throws IOException {
    if (!(_out instanceof Utf8Writer w) || column >= OPENINGS.length) {
      Writer w = _out;
      w.write("<c r=\"");
      w.write(CellReference.convertNumToColString(column));
      w.write(Integer.toString(row + 1));
      w.write('"');
      if (style != 0) {
        w.write(" s=\"");
        w.write(Integer.toString(style));
        w.write('"');
      }
      return;
    }
    w.writeUtf8(OPENINGS[column]);
    w.writeDecimal(row + 1);
    if (style == 0) {
      w.write('"');
    } else if (style < STYLES.length) {
      w.writeUtf8(STYLES[style]);
    } else {
      w.write("\" s=\"");
      w.write(Integer.toString(style));
      w.write('"');
    }
  }

  /** The text's number in the shared strings, -1 to write it inline. */
  private int sharedNumber(String value) {
    return shared == null ? -1 : shared.number(value);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean spaceAtAnEnd(String s) {
    return s != null && !s.isEmpty()
        && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
  }

  /** Runs of characters that need no escape go out in one call. */
  static void escaped(Writer w, String s) throws IOException {
    if (s == null) {
      return;
    }
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      String escape = escape(s.charAt(i));
      if (escape != null) {
        w.write(s, run, i - run);
        w.write(escape);
        run = i + 1;
      }
    }
    w.write(s, run, s.length() - run);
  }

  /** What POI writes instead of {@code c}, or null for the character itself. */
  private static String escape(char c) {
    if (c >= ' ' && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00A0' && c < '\uFFFE') {
      return null;
    }
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\n' -> "&#xa;";
      case '\r' -> "&#xd;";
      case '\t' -> "&#x9;";
      case '\u00A0' -> "&#xa0;";
      default -> "?"; // control characters and the two non-characters, as XmlBeans does
    };
  }
}

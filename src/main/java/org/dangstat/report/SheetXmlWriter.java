package org.dangstat.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The XML of a streaming sheet's text, number and empty cells, as POI's own {@link SheetDataWriter}
 * writes them (inline strings, the same escapes, the same "?" for control characters), without its
 * per-cell costs: the cell reference built through {@code CellReference}, and escaping by code point
 * one {@code Writer} call at a time. A county's 指标 sheet has a million cells; these were a third of
 * the workbook's time. Formulas, booleans and errors go to POI's writer unchanged. Only for workbooks
 * without a shared-strings table ({@link StreamingWorkbook} has none).
 */
final class SheetXmlWriter extends SheetDataWriter {

  /** Column letters of the first columns, made once. */
  private static final String[] COLUMNS = new String[64];

  static {
    for (int c = 0; c < COLUMNS.length; c++) {
      COLUMNS[c] = CellReference.convertNumToColString(c);
    }
  }

  SheetXmlWriter() throws IOException {
    super();
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
    Writer w = _out;
    w.write("<c r=\"");
    w.write(column < COLUMNS.length ? COLUMNS[column] : CellReference.convertNumToColString(column));
    w.write(Integer.toString(cell.getRowIndex() + 1));
    w.write('"');
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      w.write(" s=\"");
      w.write(Integer.toString(style));
      w.write('"');
    }
    switch (type) {
      case BLANK -> w.write('>');
      case NUMERIC -> {
        w.write(" t=\"n\"><v>");
        w.write(Double.toString(cell.getNumericCellValue()));
        w.write("</v>");
      }
      default -> {
        String value = cell.getStringCellValue();
        w.write(" t=\"inlineStr\"><is><t");
        if (spaceAtAnEnd(value)) {
          w.write(" xml:space=\"preserve\"");
        }
        w.write('>');
        escaped(w, value);
        w.write("</t></is>");
      }
    }
    w.write("</c>");
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

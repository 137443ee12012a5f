package org.dangstat.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet's XML ({@code <row r><c r t s><v>|<is><t>}). Turns cells into
 * text: shared/inline strings as written, numbers without a trailing ".0", numbers with a date
 * format into ISO dates. Rows missing from the XML (Excel omits empty rows) are reported as blank
 * so row numbers and blank-row counting match what the clerk sees.
 */
final class SheetXmlHandler extends DefaultHandler {

  private final SharedStrings strings;
  private final StylesTable styles;
  private final TableSource.RowHandler handler;
  private final RawRow row = new RawRow();
  private final StringBuilder value = new StringBuilder(64);
  private final Boolean[] dateStyleCache = new Boolean[4096];

  private int lastRowNo;
  private int column;
  private String type;
  private int style;
  private boolean inValue;
  private boolean inRow;

  SheetXmlHandler(SharedStrings strings, StylesTable styles, TableSource.RowHandler handler) {
    this.strings = strings;
    this.styles = styles;
    this.handler = handler;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    switch (name) {
      case "row" -> {
        String r = atts.getValue("r");
        int rowNo = r == null ? lastRowNo + 1 : Integer.parseInt(r);
        for (int gap = lastRowNo + 1; gap < rowNo; gap++) {
          row.reset(gap);
          handler.row(row);
        }
        row.reset(rowNo);
        lastRowNo = rowNo;
        column = -1;
        inRow = true;
      }
      case "c" -> {
        String ref = atts.getValue("r");
        column = ref == null ? column + 1 : columnIndex(ref);
        type = atts.getValue("t");
        String s = atts.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        value.setLength(0);
      }
      case "v", "t" -> inValue = true;
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue) {
      value.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    switch (name) {
      case "v", "t" -> inValue = false;
      case "c" -> cell();
      case "row" -> {
        if (inRow) {
          handler.row(row);
          inRow = false;
        }
      }
      default -> { }
    }
  }

  private void cell() {
    if (value.length() == 0) {
      return;
    }
    String v = value.toString();
    if (type == null || "n".equals(type)) {
      number(v);
    } else if ("s".equals(type)) {
      row.set(column, strings.getItemAt(Integer.parseInt(v.trim())).getString(), RawRow.TEXT);
    } else if ("b".equals(type)) {
      row.set(column, "1".equals(v) ? "是" : "否", RawRow.TEXT);
    } else if ("e".equals(type)) {
      row.set(column, v, RawRow.TEXT); // #N/A etc.: reported as the invalid value it is
    } else {
      row.set(column, v, RawRow.TEXT); // str (formula text), inlineStr
    }
  }

  private void number(String v) {
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      row.set(column, v, RawRow.TEXT);
      return;
    }
    if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
      LocalDate date = DateUtil.getLocalDateTime(d).toLocalDate();
      row.set(column, date.toString(), RawRow.TEXT);
      return;
    }
    String plain = new BigDecimal(v).stripTrailingZeros().toPlainString();
    row.set(column, plain, RawRow.NUMBER);
  }

  private boolean isDateStyle(int idx) {
    if (styles == null || idx < 0) {
      return false;
    }
    if (idx < dateStyleCache.length && dateStyleCache[idx] != null) {
      return dateStyleCache[idx];
    }
    boolean date = false;
    if (idx < styles.getNumCellStyles()) {
      var cs = styles.getStyleAt(idx);
      date = cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
    }
    if (idx < dateStyleCache.length) {
      dateStyleCache[idx] = date;
    }
    return date;
  }

  /** "AB12" → 27 (zero-based). */
  static int columnIndex(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else {
        break;
      }
    }
    return col - 1;
  }
}

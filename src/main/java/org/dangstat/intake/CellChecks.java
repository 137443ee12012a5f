package org.dangstat.intake;

import java.util.List;

/**
 * Checks every template cell of a row for what no rule of the template is about but that would
 * spoil the warehouse: bytes invalid in the file's charset (ENCODING_INVALID) and control
 * characters such as NUL (CONTROL_CHARACTER; PostgreSQL would refuse the whole COPY without
 * saying where). Both are errors at the row and column the clerk can find.
 */
final class CellChecks {

  private final List<ColumnDef> columns;
  private final String charset;

  /** @param charset the file's detected encoding, named in the message */
  CellChecks(List<ColumnDef> columns, String charset) {
    this.columns = columns;
    this.charset = charset == null || charset.startsWith("UTF-8") ? "UTF-8" : charset;
  }

  void check(RawRow row, ColumnLayout layout, RowIssues issues) {
    if (row.malformedCell >= 0) {
      int column = columnAt(layout, row.malformedCell);
      issues.report("ENCODING_INVALID", column, null, charset, row.malformedBytes,
          column < 0 ? "第" + (row.malformedCell + 1) + "列" : "“" + issues.label(column) + "”列");
    }
    if (row.foreignUtf8) {
      issues.report("ENCODING_MIXED", -1, null, charset);
    }
    if (row.noControls) {
      return;
    }
    for (int c = 0; c < columns.size(); c++) {
      if (!layout.has(c)) {
        continue;
      }
      String text = row.text(layout.cell(c));
      int at = firstControl(text);
      if (at >= 0) {
        issues.report("CONTROL_CHARACTER", c, visible(text), String.format("U+%04X", (int) text.charAt(at)),
            String.valueOf(text.codePointCount(0, at) + 1));
      }
    }
  }

  /** Tabs and line breaks are text a clerk can type in a cell; the other C0 controls and DEL are not. */
  static int firstControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7F) {
        return i;
      }
    }
    return -1;
  }

  /** The value as a report can show it: each control character as its Unicode picture (␀). */
  private static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
        b.append((char) (0x2400 + ch));
      } else if (ch == 0x7F) {
        b.append('\u2421');
      } else {
        b.append(ch);
      }
    }
    return Texts.abbreviate(b.toString(), 60);
  }

  private int columnAt(ColumnLayout layout, int cell) {
    for (int c = 0; c < columns.size(); c++) {
      if (layout.cell(c) == cell) {
        return c;
      }
    }
    return -1;
  }
}

package org.dangstat.cli;

import java.io.PrintStream;
import java.util.List;

/** A plain table for a terminal: columns padded to their widest cell, a CJK character counted as two. */
final class TextTable {

  private TextTable() {}

  static void print(PrintStream out, List<String[]> rows) {
    if (rows.size() == 1) {
      out.println("  （无 none）");
      return;
    }
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], width(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < columns; c++) {
        String cell = row[c] == null ? "" : row[c];
        line.append(cell);
        if (c < columns - 1) {
          line.append(" ".repeat(width[c] - width(cell) + 2));
        }
      }
      out.println(line);
    }
  }

  static int width(String s) {
    if (s == null) {
      return 0;
    }
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0xFF00 && cp <= 0xFFEF)
          || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }
}

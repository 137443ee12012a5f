package org.dangstat.intake;

import java.util.Arrays;

/**
 * One physical row of a sheet or CSV file, as text per cell. Reused from row to row by the
 * sources (a million rows must not mean a million arrays). XLSX date cells arrive as ISO text
 * ({@code 2023-05-12}) so one date parser serves both formats; numeric cells are marked.
 */
final class RawRow {

  static final byte TEXT = 0;
  static final byte NUMBER = 1;

  int rowNo;
  private String[] cells = new String[32];
  private byte[] kinds = new byte[32];
  private int size;
  /** Some cell of the row is not TEXT (CSV rows never are). */
  private boolean numbers;
  /** The cell of the row's first byte sequence invalid in the file's charset, -1 when none. */
  int malformedCell = -1;
  /** Those bytes, as hex. */
  String malformedBytes;
  /** A row of UTF-8 text in a file read as GB18030 (it decodes, as mojibake). */
  boolean foreignUtf8;
  /**
   * The source saw no control character in the row's cells (the CSV parser looks at every char
   * anyway), so {@link CellChecks} need not scan them again; false when not known.
   */
  boolean noControls;

  void reset(int rowNo) {
    noControls = false;
    this.rowNo = rowNo;
    malformedCell = -1;
    malformedBytes = null;
    foreignUtf8 = false;
    Arrays.fill(cells, 0, size, null);
    if (numbers) {
      Arrays.fill(kinds, 0, size, TEXT);
      numbers = false;
    }
    size = 0;
  }

  void set(int column, String text, byte kind) {
    if (column >= cells.length) {
      int n = Math.max(column + 1, cells.length * 2);
      cells = Arrays.copyOf(cells, n);
      kinds = Arrays.copyOf(kinds, n);
    }
    cells[column] = text;
    kinds[column] = kind;
    numbers |= kind != TEXT;
    size = Math.max(size, column + 1);
  }

  void markMalformed(int cell, String bytes) {
    if (malformedCell < 0) {
      malformedCell = cell;
      malformedBytes = bytes;
    }
  }

  void add(String text) {
    set(size, text, TEXT);
  }

  int size() {
    return size;
  }

  /** The cell's text, "" when absent. Not trimmed. */
  String text(int column) {
    if (column < 0 || column >= size) {
      return "";
    }
    String s = cells[column];
    return s == null ? "" : s;
  }

  boolean isNumber(int column) {
    return column >= 0 && column < size && kinds[column] == NUMBER;
  }

  boolean isBlank() {
    for (int i = 0; i < size; i++) {
      if (cells[i] != null && !Texts.isBlank(cells[i])) {
        return false;
      }
    }
    return true;
  }

  int nonBlankCount() {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (cells[i] != null && !Texts.isBlank(cells[i])) {
        n++;
      }
    }
    return n;
  }
}

package org.dangstat.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Rows written straight into a streaming sheet's XML by {@link SheetWriter}, without POI's row and
 * cell objects: a county's 指标 sheet is 100,000 rows of eleven cells, and making, keeping (a
 * {@code TreeMap} of cells a row, one of rows a sheet) and flushing those objects was most of the
 * workbook thread's time (docs/performance.md, eighteenth round). The XML is the one POI writes for
 * the same cells ({@code DirectRowsTest}). Rows are only ever appended, and once a sheet has rows
 * of these, every later row of it must be one. A failed write is an {@link UncheckedIOException},
 * as POI's own cells would have failed when flushed.
 */
final class DirectRows {

  private final SheetXmlWriter out;
  private int firstRow;
  private int row;
  private int leftColumn;
  private int rightColumn;
  private boolean open;

  /**
   * The sheet's rows so far (first and last, -1 for none) and the columns of their cells (left
   * above right for none), all written by POI before these.
   */
  DirectRows(SheetXmlWriter out, int firstRow, int lastRow, int leftColumn, int rightColumn) {
    this.out = out;
    this.firstRow = firstRow;
    this.row = lastRow;
    this.leftColumn = leftColumn;
    this.rightColumn = rightColumn;
  }

  /** Starts the next row and returns its index. */
  int newRow() {
    close();
    try {
      out.openRow(++row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    open = true;
    if (firstRow < 0) {
      firstRow = row;
    }
    return row;
  }

  /** An empty cell with a style. */
  void blank(int column, int style) {
    track(column);
    try {
      out.blank(column, row, style);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void text(int column, int style, String value) {
    track(column);
    try {
      out.text(column, row, style, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void number(int column, int style, double value) {
    track(column);
    try {
      out.number(column, row, style, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index of the last row started, -1 for none. */
  int lastRow() {
    return row;
  }

  int firstRow() {
    return firstRow;
  }

  int leftColumn() {
    return leftColumn;
  }

  int rightColumn() {
    return rightColumn;
  }

  /** Ends the row being written, if any (before the sheet's XML is read back into the file). */
  void close() {
    if (open) {
      try {
        out.closeRow();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      open = false;
    }
  }

  private void track(int column) {
    leftColumn = Math.min(leftColumn, column);
    rightColumn = Math.max(rightColumn, column);
  }
}

package org.dangstat.intake;

/** Where each template column sits in the file, found from the header row. */
final class ColumnLayout {

  private final int[] cellOf;
  final int headerRowNo;

  ColumnLayout(int columns, int headerRowNo) {
    this.cellOf = new int[columns];
    java.util.Arrays.fill(cellOf, -1);
    this.headerRowNo = headerRowNo;
  }

  void place(int column, int cell) {
    cellOf[column] = cell;
  }

  boolean has(int column) {
    return cellOf[column] >= 0;
  }

  int cell(int column) {
    return cellOf[column];
  }

  /** The trimmed text of a template column in this row, "" when blank or absent. */
  String text(RawRow row, int column) {
    return Texts.trim(row.text(cellOf[column]));
  }

  boolean isNumber(RawRow row, int column) {
    return row.isNumber(cellOf[column]);
  }
}

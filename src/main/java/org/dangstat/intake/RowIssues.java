package org.dangstat.intake;

import java.util.List;

/**
 * Reports problems of the current row with the column's Chinese header. The 身份证号 column's
 * value is always masked: reports never show a full ID number.
 */
final class RowIssues {

  private final FileIssues file;
  private final List<ColumnDef> columns;
  private final int maskedColumn;
  int rowNo;

  RowIssues(FileIssues file, List<ColumnDef> columns, int maskedColumn) {
    this.file = file;
    this.columns = columns;
    this.maskedColumn = maskedColumn;
  }

  /** @param column index into the template's columns, or -1 for the row as a whole */
  void report(String code, int column, String value, Object... args) {
    String label = column < 0 ? null : columns.get(column).label();
    String shown = column == maskedColumn && value != null && !value.isEmpty() ? IdNumbers.mask(value) : value;
    file.add(IssueCatalog.issue(code, rowNo, label, shown == null || shown.isEmpty() ? null : shown, args));
  }

  String label(int column) {
    return columns.get(column).label();
  }
}

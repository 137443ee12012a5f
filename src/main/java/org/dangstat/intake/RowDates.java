package org.dangstat.intake;

import java.time.LocalDate;
import java.time.YearMonth;

/** The date cells of one row, parsed; reused from row to row. */
final class RowDates {

  final LocalDate[] date;
  final boolean[] monthOnly;
  /** the cell holds something (even an unreadable date): not "missing" */
  final boolean[] written;
  final String[] text;

  RowDates(int columns) {
    date = new LocalDate[columns];
    monthOnly = new boolean[columns];
    written = new boolean[columns];
    text = new String[columns];
  }

  /**
   * Parses the date columns; unreadable ones, ones after the period end and ones after the day
   * of loading (a typo for a date to come: 2026-12-16 in a file sent on 1 December) are reported.
   */
  void read(RawRow row, ColumnLayout layout, int[] columns, LocalDate periodEnd, LocalDate today,
      RowIssues issues) {
    for (int c : columns) {
      String t = layout.text(row, c);
      text[c] = t;
      date[c] = null;
      monthOnly[c] = false;
      written[c] = !t.isEmpty();
      if (t.isEmpty()) {
        continue;
      }
      DateText.Parsed p = DateText.parse(t);
      if (p == null) {
        issues.report("DATE_INVALID", c, t, t);
      } else if (p.date().isAfter(periodEnd)) {
        issues.report("DATE_AFTER_PERIOD", c, t, issues.label(c), t, periodEnd.toString());
      } else if (p.date().isAfter(today)) {
        issues.report("DATE_IN_FUTURE", c, t, issues.label(c), t, today.toString());
      } else {
        date[c] = p.date();
        monthOnly[c] = p.monthOnly();
      }
    }
  }

  /** a is after b; when either was written with its month only, months are compared. */
  boolean after(int a, int b) {
    if (monthOnly[a] || monthOnly[b]) {
      return YearMonth.from(date[a]).isAfter(YearMonth.from(date[b]));
    }
    return date[a].isAfter(date[b]);
  }

  boolean anyMonthOnly(int[] columns) {
    for (int c : columns) {
      if (monthOnly[c]) {
        return true;
      }
    }
    return false;
  }
}

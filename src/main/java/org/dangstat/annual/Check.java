package org.dangstat.annual;

import org.dangstat.intake.IssueCatalog;
import org.dangstat.core.Period;

/**
 * A rule of the form that a unit's tables break (or a start that cannot be known): the cell to
 * highlight, the stable code of {@code reference/issue-codes.csv} and the sentence saying why.
 */
public record Check(String table, String orgCode, String orgName, String row, String column, String code,
    String message) {

  static Check of(AnnualReport.Unit unit, AnnualLayout.Table table, String row, String column, String code,
      Object... args) {
    return new Check(table.key(), unit.code(), unit.name(), row, column, code,
        IssueCatalog.fileIssue(code, args).message());
  }

  static Check startMissing(AnnualReport.Unit unit, AnnualLayout.Table t1, Period priorQ4) {
    return of(unit, t1, AnnualLayout.TOTAL, "start", "ANNUAL_START_MISSING", unit.name(), priorQ4.toString());
  }

  /** A start that is unknown is listed, but it is not a figure that disagrees. */
  public boolean failed() {
    return !"ANNUAL_START_MISSING".equals(code);
  }
}

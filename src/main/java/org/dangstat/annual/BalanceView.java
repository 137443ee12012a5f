package org.dangstat.annual;

import static org.dangstat.annual.AnnualLayout.T1;
import static org.dangstat.annual.AnnualLayout.TOTAL;

import java.util.ArrayList;
import java.util.List;

/**
 * What report.html shows of the year-end tables: 表1 per org unit, the checks that fail, the
 * branches without their (Y−1)Q4 file, and where the workbook is: the model of
 * {@code templates/annual.mustache}, the section of report.html.
 */
public record BalanceView(String workbook, String csv, String priorQ4, List<Row> rows, List<String> failed,
    List<String> withoutStart) {

  /** One org unit's 表1; null where it cannot be computed; {@code subtracted} adds the reasons up. */
  public record Row(String code, String name, String level, Integer start, Integer developed,
      Integer transferredIn, Integer subtracted, Integer expected, Integer actual, Integer difference) {

    public boolean unbalanced() {
      return difference != null && difference != 0;
    }
  }

  public boolean anyFailed() {
    return !failed.isEmpty();
  }

  public int failedCount() {
    return failed.size();
  }

  public boolean anyWithoutStart() {
    return !withoutStart.isEmpty();
  }

  public String withoutStartList() {
    return String.join("、", withoutStart);
  }

  public static BalanceView of(AnnualReport report) {
    var t1 = report.layout().table(T1);
    List<Row> rows = new ArrayList<>();
    for (var u : report.units()) {
      Integer subtracted = 0;
      for (var column : t1.columns()) {
        if (column.key().startsWith("sub_")) {
          Integer v = u.value(t1, TOTAL, column.key());
          subtracted = v == null || subtracted == null ? null : subtracted + v;
        }
      }
      rows.add(new Row(u.code(), u.name(), u.level(), u.value(t1, TOTAL, "start"), u.value(t1, TOTAL, "add_developed"),
          u.value(t1, TOTAL, "add_transferred_in"), subtracted, u.value(t1, TOTAL, "expected_end"),
          u.value(t1, TOTAL, "actual_end"), u.value(t1, TOTAL, "difference")));
    }
    List<String> failed = report.checks().stream().filter(Check::failed)
        .map(c -> c.orgName() + "（" + c.orgCode() + "）：" + c.message()).toList();
    List<String> without = report.withoutStart().stream().map(u -> u.name() + "（" + u.code() + "）").toList();
    return new BalanceView(AnnualFiles.XLSX, AnnualFiles.CSV, (report.period().year() - 1) + "Q4", List.copyOf(rows),
        failed, without);
  }
}

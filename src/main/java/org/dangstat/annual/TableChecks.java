package org.dangstat.annual;

import static org.dangstat.annual.AnnualLayout.T1;
import static org.dangstat.annual.AnnualLayout.T2;
import static org.dangstat.annual.AnnualLayout.T3;
import static org.dangstat.annual.AnnualLayout.TOTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The form's own rules on one unit's tables: 表1 balances (差 = 0); in 表2 and 表3 every group of
 * columns (年龄, 学历…) adds up to the row's total and the rows add up to 合计; 表2's total is
 * 表1's 年底实有数 and 表3's is 表1's 发展党员. A cell that cannot be computed is not checked.
 */
final class TableChecks {

  private TableChecks() {}

  static List<Check> of(AnnualReport.Unit unit, AnnualLayout layout) {
    List<Check> out = new ArrayList<>();
    var t1 = layout.table(T1);
    Integer difference = unit.value(t1, TOTAL, "difference");
    if (difference != null && difference != 0) {
      int added = unit.value(t1, TOTAL, "add_developed") + unit.value(t1, TOTAL, "add_transferred_in");
      int subtracted = 0;
      for (var column : t1.columns()) {
        if (column.key().startsWith("sub_")) {
          subtracted += unit.value(t1, TOTAL, column.key());
        }
      }
      out.add(Check.of(unit, t1, TOTAL, "difference", "ANNUAL_BALANCE", unit.value(t1, TOTAL, "actual_end"),
          unit.value(t1, TOTAL, "expected_end"), unit.value(t1, TOTAL, "start"), added, subtracted,
          difference > 0 ? "多" : "少", Math.abs(difference)));
    }
    for (String key : List.of(T2, T3)) {
      var table = layout.table(key);
      groups(out, unit, table);
      rows(out, unit, table);
    }
    against(out, unit, layout.table(T2), t1, "actual_end", "ANNUAL_T2_VS_T1");
    against(out, unit, layout.table(T3), t1, "add_developed", "ANNUAL_T3_VS_T1");
    return out;
  }

  /** Every group of columns of a row adds up to the row's total. */
  private static void groups(List<Check> out, AnnualReport.Unit unit, AnnualLayout.Table table) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (var column : table.columns()) {
      if (!column.group().isEmpty()) {
        groups.computeIfAbsent(column.group(), g -> new ArrayList<>()).add(column.key());
      }
    }
    String totalLabel = table.columns().get(table.column(TOTAL)).label();
    for (var row : table.rows()) {
      Integer total = unit.value(table, row.key(), TOTAL);
      if (total == null) {
        continue;
      }
      groups.forEach((group, columns) -> {
        int sum = columns.stream().mapToInt(c -> unit.value(table, row.key(), c)).sum();
        if (sum != total) {
          out.add(Check.of(unit, table, row.key(), TOTAL, "ANNUAL_GROUP_SUM", title(table), row.label(), group,
              sum, totalLabel, total));
        }
      });
    }
  }

  /** Every column's 合计 is the sum of the rows below it. */
  private static void rows(List<Check> out, AnnualReport.Unit unit, AnnualLayout.Table table) {
    for (var column : table.columns()) {
      Integer total = unit.value(table, TOTAL, column.key());
      if (total == null) {
        continue;
      }
      int sum = 0;
      for (var row : table.rows().subList(1, table.rows().size())) {
        sum += unit.value(table, row.key(), column.key());
      }
      if (sum != total) {
        out.add(Check.of(unit, table, TOTAL, column.key(), "ANNUAL_ROWS_SUM", title(table), column.label(), sum,
            total));
      }
    }
  }

  private static void against(List<Check> out, AnnualReport.Unit unit, AnnualLayout.Table table,
      AnnualLayout.Table t1, String t1Column, String code) {
    Integer mine = unit.value(table, TOTAL, TOTAL);
    Integer theirs = unit.value(t1, TOTAL, t1Column);
    if (mine != null && theirs != null && !Objects.equals(mine, theirs)) {
      out.add(Check.of(unit, table, TOTAL, TOTAL, code, mine, theirs));
    }
  }

  private static String title(AnnualLayout.Table table) {
    return table.title().substring(0, table.title().indexOf(' '));
  }
}

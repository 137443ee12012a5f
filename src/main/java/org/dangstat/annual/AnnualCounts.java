package org.dangstat.annual;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.analysis.PeriodCounts;
import org.jooq.Condition;

/**
 * 表2–表5 from the analysis's one pass over the period's people ({@link PeriodCounts}): the
 * conditions of {@link CountedCells} go into that pass, and the groups it returns (per branch and
 * occupation) are put into each branch's {@link Grid} here.
 */
public final class AnnualCounts {

  private AnnualCounts() {}

  /** The counts the tables need, in the order {@link #grids} expects them. */
  public static List<Condition> conditions(AnnualLayout layout) {
    return CountedCells.of(layout).stream().map(CountedCells.Cell::where).toList();
  }

  /**
   * The counted cells of every branch with an accepted snapshot (one without people: zeros), from
   * the pass's counts at {@code offset} on.
   */
  public static Map<String, Grid> grids(AnnualLayout layout, PeriodCounts.Result counted, int offset) {
    List<CountedCells.Cell> cells = CountedCells.of(layout);
    Map<String, Grid> grids = new HashMap<>();
    counted.branches().forEach(b -> grids.put(b, Grid.zeros(layout)));
    for (var group : counted.groups()) {
      Grid grid = grids.get(group.branch());
      for (int i = 0; i < cells.size(); i++) {
        int n = group.counts()[offset + i];
        if (n == 0) {
          continue;
        }
        var cell = cells.get(i);
        // a row of an occupation the form does not know is left out: 表2's total then differs
        // from 表1's 年底实有数, and that check says so
        String row = cell.row() != null ? cell.row() : group.occupation();
        if (row != null && cell.table().hasRow(row)) {
          grid.add(cell.table(), cell.table().cell(row, cell.column()), n);
        }
      }
    }
    return grids;
  }
}

package org.dangstat.indicators;

import java.util.Map;
import org.dangstat.core.MeasureKeys;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The base counts per branch, computed in SQL from the latest accepted snapshot of the period
 * (exactly the definitions of indicators.md). One row per branch that has such a snapshot: a
 * branch without a row has no snapshot. Everything else (shares, roll-ups, members_start,
 * quotas) is derived by {@link IndicatorEngine}. A missing cell in a present row counts as 0.
 */
public final class Measures {

  public static final String ORG_CODE = "org_code";

  private Measures() {}

  /** {@code org_code} (string) followed by one int column per name of {@link MeasureKeys#ALL}. */
  public static Table emptyTable() {
    Table t = Table.create("measures", StringColumn.create(ORG_CODE));
    MeasureKeys.ALL.forEach(name -> t.addColumns(IntColumn.create(name)));
    return t;
  }

  /** Appends one branch row; counts not given are 0. */
  public static Table add(Table measures, String orgCode, Map<String, Integer> counts) {
    for (String name : counts.keySet()) {
      if (!MeasureKeys.ALL.contains(name)) {
        throw new IllegalArgumentException("unknown measure: " + name);
      }
    }
    measures.stringColumn(ORG_CODE).append(orgCode);
    MeasureKeys.ALL.forEach(name -> measures.intColumn(name).append(counts.getOrDefault(name, 0)));
    return measures;
  }
}

package org.dangstat.indicators;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Where each org unit's indicator is in an {@link IndicatorEngine} result: a grid, org × indicator,
 * of row numbers. Not a map keyed by a string made of the two: a county's table has 100,000 rows,
 * and building and hashing such a key for each row and each lookup was most of the time of the
 * findings, the report's view and the 完成情况 sheet (docs/performance.md, seventeenth round); the
 * codes the table hands out hash once.
 */
public final class IndicatorIndex {

  private final Map<String, Integer> orgs = new LinkedHashMap<>();
  private final Map<String, Integer> keys = new LinkedHashMap<>();
  /** The row of org o and indicator k at {@code o * keys + k}, -1 where the table has none. */
  private final int[] grid;
  /** Each org's first row, in the order of {@link #orgs()}. */
  private final int[] firstRows;
  private final List<String> orgList;
  private final List<String> keyList;

  public IndicatorIndex(Table t) {
    StringColumn codes = t.stringColumn(IndicatorEngine.ORG_CODE);
    StringColumn indicators = t.stringColumn(IndicatorEngine.INDICATOR);
    int[] org = new int[t.rowCount()];
    int[] key = new int[t.rowCount()];
    for (int i = 0; i < t.rowCount(); i++) {
      org[i] = orgs.computeIfAbsent(codes.get(i), c -> orgs.size());
      key[i] = keys.computeIfAbsent(indicators.get(i), k -> keys.size());
    }
    grid = new int[orgs.size() * keys.size()];
    firstRows = new int[orgs.size()];
    Arrays.fill(grid, -1);
    Arrays.fill(firstRows, -1);
    for (int i = 0; i < org.length; i++) {
      grid[org[i] * keys.size() + key[i]] = i; // of doubled rows the last, as a map's put kept it
      if (firstRows[org[i]] < 0) {
        firstRows[org[i]] = i;
      }
    }
    orgList = List.copyOf(orgs.keySet());
    keyList = List.copyOf(keys.keySet());
  }

  /** The row of the org's indicator, -1 when the table has none. */
  public int row(String org, String key) {
    Integer o = orgs.get(org);
    Integer k = keys.get(key);
    return o == null || k == null ? -1 : grid[o * keys.size() + k];
  }

  /** The org's first row, -1 when the table has none. */
  public int firstRow(String org) {
    Integer o = orgs.get(org);
    return o == null ? -1 : firstRows[o];
  }

  /** Org codes in table order, each once. */
  public List<String> orgs() {
    return orgList;
  }

  /** Indicator keys in table order, each once. */
  public List<String> keys() {
    return keyList;
  }
}

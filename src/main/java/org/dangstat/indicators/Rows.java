package org.dangstat.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Looks up cells of an {@link IndicatorEngine} result by org unit and indicator. */
final class Rows {

  private final Table t;
  private final DoubleColumn values;
  private final IndicatorIndex index;
  /** Columns by name, each found once: Tablesaw finds one by comparing every name case-insensitively. */
  private final Map<String, StringColumn> columns = new HashMap<>();

  Rows(Table t) {
    this.t = t;
    this.values = t.doubleColumn(IndicatorEngine.VALUE);
    this.index = new IndicatorIndex(t);
  }

  /** Indicator keys in table order, each once (asked once per branch: made once). */
  List<String> indicators() {
    return index.keys();
  }

  /** Org codes in table order. */
  List<String> orgs() {
    return new ArrayList<>(index.orgs());
  }

  String orgText(String org, String column) {
    int i = index.firstRow(org);
    return i < 0 ? "" : column(column).get(i);
  }

  Double value(String org, String key) {
    int i = index.row(org, key);
    return i < 0 || values.isMissing(i) ? null : values.get(i);
  }

  String text(String org, String key, String column) {
    int i = index.row(org, key);
    return i < 0 ? "" : column(column).get(i);
  }

  private StringColumn column(String name) {
    return columns.computeIfAbsent(name, t::stringColumn);
  }
}

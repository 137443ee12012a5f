package org.dangstat.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Looks up cells of an {@link IndicatorEngine} result by org unit and indicator. */
final class Rows {

  private final Table t;
  private final DoubleColumn values;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> orgs = new LinkedHashMap<>();
  private final List<String> indicators;

  Rows(Table t) {
    this.t = t;
    // each column once: Tablesaw finds one by name by comparing every name case-insensitively
    this.values = t.doubleColumn(IndicatorEngine.VALUE);
    StringColumn codes = t.stringColumn(IndicatorEngine.ORG_CODE);
    StringColumn keys = t.stringColumn(IndicatorEngine.INDICATOR);
    java.util.LinkedHashSet<String> keySet = new java.util.LinkedHashSet<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String org = codes.get(i);
      index.put(org + "\u0000" + keys.get(i), i);
      keySet.add(keys.get(i));
      orgs.putIfAbsent(org, i);
    }
    this.indicators = List.copyOf(keySet);
  }

  /** Indicator keys in table order, each once (collected with the index: asked once per branch). */
  List<String> indicators() {
    return indicators;
  }

  /** Org codes in table order. */
  List<String> orgs() {
    return new ArrayList<>(orgs.keySet());
  }

  String orgText(String org, String column) {
    Integer i = orgs.get(org);
    return i == null ? "" : t.stringColumn(column).get(i);
  }

  Double value(String org, String key) {
    Integer i = index.get(org + "\u0000" + key);
    return i == null || values.isMissing(i) ? null : values.get(i);
  }

  String text(String org, String key, String column) {
    Integer i = index.get(org + "\u0000" + key);
    return i == null ? "" : t.stringColumn(column).get(i);
  }
}

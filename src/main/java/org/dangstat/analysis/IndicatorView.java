package org.dangstat.analysis;

import java.util.HashMap;
import java.util.Map;
import org.dangstat.indicators.IndicatorEngine;
import tech.tablesaw.api.Table;

/** Looks values up in the engine's output table by org and indicator key. */
final class IndicatorView {

  record Cell(Double numerator, Double denominator, Double value, String target, String status) {}

  private final Map<String, Cell> cells = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> levels = new HashMap<>();

  IndicatorView(Table indicators) {
    for (int i = 0; i < indicators.rowCount(); i++) {
      var row = indicators.row(i);
      String org = row.getString(IndicatorEngine.ORG_CODE);
      names.put(org, row.getString(IndicatorEngine.ORG_NAME));
      levels.put(org, row.getString(IndicatorEngine.ORG_LEVEL));
      cells.put(org + "|" + row.getString(IndicatorEngine.INDICATOR), new Cell(
          number(indicators, IndicatorEngine.NUMERATOR, i), number(indicators, IndicatorEngine.DENOMINATOR, i),
          number(indicators, IndicatorEngine.VALUE, i), row.getString(IndicatorEngine.TARGET),
          row.getString(IndicatorEngine.STATUS)));
    }
  }

  Cell cell(String org, String key) {
    return cells.getOrDefault(org + "|" + key, new Cell(null, null, null, "", ""));
  }

  /** A count (or 0 when missing). */
  int count(String org, String key) {
    Double v = cell(org, key).value();
    return v == null ? 0 : (int) Math.round(v);
  }

  Double value(String org, String key) {
    return cell(org, key).value();
  }

  String name(String org) {
    return names.getOrDefault(org, org);
  }

  String level(String org) {
    return levels.get(org);
  }

  private static Double number(Table t, String column, int row) {
    var c = t.doubleColumn(column);
    return c.isMissing(row) ? null : c.getDouble(row);
  }
}

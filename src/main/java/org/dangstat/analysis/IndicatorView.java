package org.dangstat.analysis;

import java.util.HashMap;
import java.util.Map;
import org.dangstat.indicators.IndicatorEngine;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Looks values up in the engine's output table by org and indicator key. */
final class IndicatorView {

  record Cell(Double numerator, Double denominator, Double value, String target, String status) {}

  private final Map<String, Cell> cells = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> levels = new HashMap<>();

  IndicatorView(Table indicators) {
    // the columns once: a county has some 100,000 cells, and Tablesaw finds a column by name by
    // comparing every name case-insensitively
    StringColumn codes = indicators.stringColumn(IndicatorEngine.ORG_CODE);
    StringColumn orgNames = indicators.stringColumn(IndicatorEngine.ORG_NAME);
    StringColumn orgLevels = indicators.stringColumn(IndicatorEngine.ORG_LEVEL);
    StringColumn keys = indicators.stringColumn(IndicatorEngine.INDICATOR);
    StringColumn targets = indicators.stringColumn(IndicatorEngine.TARGET);
    StringColumn statuses = indicators.stringColumn(IndicatorEngine.STATUS);
    DoubleColumn numerators = indicators.doubleColumn(IndicatorEngine.NUMERATOR);
    DoubleColumn denominators = indicators.doubleColumn(IndicatorEngine.DENOMINATOR);
    DoubleColumn values = indicators.doubleColumn(IndicatorEngine.VALUE);
    for (int i = 0; i < indicators.rowCount(); i++) {
      String org = codes.get(i);
      names.putIfAbsent(org, orgNames.get(i));
      levels.putIfAbsent(org, orgLevels.get(i));
      cells.put(org + "|" + keys.get(i), new Cell(number(numerators, i), number(denominators, i),
          number(values, i), targets.get(i), statuses.get(i)));
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

  private static Double number(DoubleColumn c, int row) {
    return c.isMissing(row) ? null : c.getDouble(row);
  }
}

package org.dangstat.analysis;

import org.dangstat.indicators.IndicatorEngine;
import org.dangstat.indicators.IndicatorIndex;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Looks values up in the engine's output table by org and indicator key. Indexed, not copied: the
 * report and the charts ask for a few thousand of a county's 100,000 cells, on the analysis's
 * critical path (docs/performance.md, seventeenth round).
 */
final class IndicatorView {

  record Cell(Double numerator, Double denominator, Double value, String target, String status) {}

  private static final Cell NONE = new Cell(null, null, null, "", "");

  private final IndicatorIndex index;
  private final StringColumn orgNames;
  private final StringColumn orgLevels;
  private final StringColumn targets;
  private final StringColumn statuses;
  private final DoubleColumn numerators;
  private final DoubleColumn denominators;
  private final DoubleColumn values;

  IndicatorView(Table indicators) {
    // the columns once: Tablesaw finds a column by name by comparing every name case-insensitively
    this.index = new IndicatorIndex(indicators);
    this.orgNames = indicators.stringColumn(IndicatorEngine.ORG_NAME);
    this.orgLevels = indicators.stringColumn(IndicatorEngine.ORG_LEVEL);
    this.targets = indicators.stringColumn(IndicatorEngine.TARGET);
    this.statuses = indicators.stringColumn(IndicatorEngine.STATUS);
    this.numerators = indicators.doubleColumn(IndicatorEngine.NUMERATOR);
    this.denominators = indicators.doubleColumn(IndicatorEngine.DENOMINATOR);
    this.values = indicators.doubleColumn(IndicatorEngine.VALUE);
  }

  Cell cell(String org, String key) {
    int i = index.row(org, key);
    return i < 0 ? NONE
        : new Cell(number(numerators, i), number(denominators, i), number(values, i), targets.get(i), statuses.get(i));
  }

  /** A count (or 0 when missing). */
  int count(String org, String key) {
    Double v = value(org, key);
    return v == null ? 0 : (int) Math.round(v);
  }

  Double value(String org, String key) {
    int i = index.row(org, key);
    return i < 0 ? null : number(values, i);
  }

  String name(String org) {
    int i = index.firstRow(org);
    return i < 0 ? org : orgNames.get(i);
  }

  String level(String org) {
    int i = index.firstRow(org);
    return i < 0 ? null : orgLevels.get(i);
  }

  private static Double number(DoubleColumn c, int row) {
    return c.isMissing(row) ? null : c.getDouble(row);
  }
}

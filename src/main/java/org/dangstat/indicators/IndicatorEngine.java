package org.dangstat.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.Period;
import org.dangstat.plan.Plan;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Computes every indicator of indicators.md for every org unit: table in ({@link Orgs},
 * {@link Measures}), table out (the columns below). Rows come in output order: org units root
 * first then depth-first by code, and within a unit the key order of reference/indicators.csv.
 *
 * <p>{@code numerator}, {@code denominator} and {@code value} are doubles where missing means
 * unknown or empty (no snapshot below, or a share whose denominator is 0). For a count the
 * numerator and the value are the count and the denominator is missing. {@code org_level} keeps
 * the codes of {@link Orgs} (committee, general_branch, branch); {@link IndicatorCsv} writes them
 * in Chinese.
 */
public final class IndicatorEngine {

  public static final String PERIOD = "period";
  public static final String ORG_CODE = "org_code";
  public static final String ORG_NAME = "org_name";
  public static final String ORG_LEVEL = "org_level";
  public static final String INDICATOR = "indicator";
  public static final String NUMERATOR = "numerator";
  public static final String DENOMINATOR = "denominator";
  public static final String VALUE = "value";
  public static final String TARGET = "target";
  public static final String STATUS = "status";

  public static final List<String> COLUMNS = List.of(PERIOD, ORG_CODE, ORG_NAME, ORG_LEVEL,
      INDICATOR, NUMERATOR, DENOMINATOR, VALUE, TARGET, STATUS);

  private IndicatorEngine() {}

  /**
   * @param plan the year's plan, or null: then no targets, no quotas (quota rows empty)
   */
  public static Table compute(Table orgs, Table measures, Period period, Plan plan) {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    OrgTree tree = new OrgTree(orgs);
    Map<String, Map<String, Double>> byBranch = byBranch(measures, tree);
    Judge judge = new Judge(plan, period.quarter(), catalog);
    Table out = emptyResult();
    List<String> keys = catalog.keys(plan);
    List<String> subKeys = IndicatorCatalog.subQuotaKeys(plan);
    // the columns once: Tablesaw finds one by name by comparing every name case-insensitively
    StringColumn periods = out.stringColumn(PERIOD);
    StringColumn codes = out.stringColumn(ORG_CODE);
    StringColumn names = out.stringColumn(ORG_NAME);
    StringColumn levels = out.stringColumn(ORG_LEVEL);
    StringColumn keyColumn = out.stringColumn(INDICATOR);
    DoubleColumn numerators = out.doubleColumn(NUMERATOR);
    DoubleColumn denominators = out.doubleColumn(DENOMINATOR);
    DoubleColumn values = out.doubleColumn(VALUE);
    StringColumn targets = out.stringColumn(TARGET);
    StringColumn statuses = out.stringColumn(STATUS);
    String periodText = period.toString();
    for (OrgTree.Org org : tree.order()) {
      boolean root = plan != null && org.code().equals(plan.org());
      Counts counts = new Counts(tree.branchesOf(org), byBranch, judge.quota(tree, org), subKeys,
          root ? plan.subQuotas() : Map.of());
      for (String key : keys) {
        Formulas.Formula f = Formulas.of(key);
        Double num = counts.get(f.numerator());
        Double den = f.isCount() ? null : counts.get(f.denominator());
        Double value = f.isCount() ? num : num == null || den == null || den == 0 ? null : num / den;
        Judge.Verdict v = judge.judge(org, key, value, counts);
        periods.append(periodText);
        codes.append(org.code());
        names.append(org.name());
        levels.append(org.level());
        keyColumn.append(key);
        append(numerators, num);
        append(denominators, den);
        append(values, value);
        targets.append(v.target());
        statuses.append(v.status());
      }
    }
    return out;
  }

  /** An empty result table with the output columns. */
  public static Table emptyResult() {
    Table t = Table.create("indicators");
    for (String c : COLUMNS) {
      boolean number = c.equals(NUMERATOR) || c.equals(DENOMINATOR) || c.equals(VALUE);
      t.addColumns(number ? DoubleColumn.create(c) : StringColumn.create(c));
    }
    return t;
  }

  private static void append(DoubleColumn c, Double v) {
    if (v == null) {
      c.appendMissing();
    } else {
      c.append(v);
    }
  }

  /** Branch code → measure → count; a missing cell counts 0, an unknown org is a caller bug. */
  private static Map<String, Map<String, Double>> byBranch(Table measures, OrgTree tree) {
    for (String name : MeasureKeys.ALL) {
      if (!measures.columnNames().contains(name)) {
        throw new IllegalArgumentException("measures table lacks column " + name);
      }
    }
    Map<String, Map<String, Double>> out = new HashMap<>();
    Column<?> codes = measures.column(Measures.ORG_CODE);
    List<tech.tablesaw.api.NumericColumn<?>> columns = MeasureKeys.ALL.stream()
        .<tech.tablesaw.api.NumericColumn<?>>map(name -> (tech.tablesaw.api.NumericColumn<?>) measures.column(name)).toList();
    for (int i = 0; i < measures.rowCount(); i++) {
      String code = codes.getString(i).trim();
      if (tree.org(code) == null) {
        throw new IllegalArgumentException("measures for an org unit not in orgs: " + code);
      }
      Map<String, Double> row = new HashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        var col = columns.get(c);
        row.put(MeasureKeys.ALL.get(c), col.isMissing(i) ? 0.0 : col.getDouble(i));
      }
      if (out.put(code, row) != null) {
        throw new IllegalArgumentException("two measure rows for " + code);
      }
    }
    return out;
  }
}

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
        out.stringColumn(PERIOD).append(period.toString());
        out.stringColumn(ORG_CODE).append(org.code());
        out.stringColumn(ORG_NAME).append(org.name());
        out.stringColumn(ORG_LEVEL).append(org.level());
        out.stringColumn(INDICATOR).append(key);
        append(out.doubleColumn(NUMERATOR), num);
        append(out.doubleColumn(DENOMINATOR), den);
        append(out.doubleColumn(VALUE), value);
        out.stringColumn(TARGET).append(v.target());
        out.stringColumn(STATUS).append(v.status());
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
    for (int i = 0; i < measures.rowCount(); i++) {
      String code = codes.getString(i).trim();
      if (tree.org(code) == null) {
        throw new IllegalArgumentException("measures for an org unit not in orgs: " + code);
      }
      Map<String, Double> row = new HashMap<>();
      for (String name : MeasureKeys.ALL) {
        var col = (tech.tablesaw.api.NumericColumn<?>) measures.column(name);
        row.put(name, col.isMissing(i) ? 0.0 : col.getDouble(i));
      }
      if (out.put(code, row) != null) {
        throw new IllegalArgumentException("two measure rows for " + code);
      }
    }
    return out;
  }
}

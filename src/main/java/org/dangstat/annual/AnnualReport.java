package org.dangstat.annual;

import static org.dangstat.annual.AnnualLayout.T1;
import static org.dangstat.annual.AnnualLayout.TOTAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.indicators.IndicatorEngine;
import org.dangstat.core.Period;
import tech.tablesaw.api.Table;

/**
 * The year-end statistical tables (annual-report.md) of every org unit, in tree order, with the
 * form's checks that fail and the branches whose start of the year is unknown. 表2–表5 are the
 * branches' counted cells added up the tree; 表1 is the indicators' balance (period-checks.md §2),
 * so the two files can never tell different numbers.
 */
public final class AnnualReport {

  /** One org unit's tables; a null cell cannot be computed. */
  public record Unit(String code, String name, String level, Grid grid) {

    public Integer value(AnnualLayout.Table table, String row, String column) {
      return grid.get(table, row, column);
    }
  }

  private static final String[] SUBTRACTED = {"transfer_out", "death", "expelled", "removed", "withdrew",
      "suspended", "disqualified", "other"};

  private final Period period;
  private final AnnualLayout layout;
  private final List<Unit> units;
  private final List<Check> checks;
  private final List<Unit> withoutStart;

  private AnnualReport(Period period, AnnualLayout layout, List<Unit> units, List<Check> checks,
      List<Unit> withoutStart) {
    this.period = period;
    this.layout = layout;
    this.units = units;
    this.checks = checks;
    this.withoutStart = withoutStart;
  }

  /**
   * @param counted the counted cells of each branch with an accepted snapshot for the period
   * @param indicators the indicators of the same analysis ({@link IndicatorEngine}'s table)
   */
  public static AnnualReport compute(Period period, List<OrgUnit> orgUnits, Map<String, Grid> counted,
      Table indicators, AnnualLayout layout) {
    UnitTree tree = new UnitTree(orgUnits);
    Map<String, Grid> branches = new HashMap<>();
    for (OrgUnit u : tree.order()) {
      Grid g = counted.get(u.code());
      if (u.isBranch() && g != null) {
        branches.put(u.code(), completed(g, u.twoNew(), layout));
      }
    }
    Map<String, Grid> rolled = tree.rollUp(branches, layout);
    Map<String, Map<String, Double>> values = values(indicators);
    List<Unit> units = new ArrayList<>();
    List<Unit> withoutStart = new ArrayList<>();
    for (OrgUnit u : tree.order()) {
      Grid g = rolled.get(u.code());
      Grid grid = g != null ? g : new Grid(layout);
      Map<String, Double> v = values.getOrDefault(u.code(), Map.of());
      balance(grid, layout.table(T1), v);
      Unit unit = new Unit(u.code(), u.name(), u.level(), grid);
      units.add(unit);
      if (u.isBranch() && v.get("members_total") != null && v.get("members_start_measured") == null) {
        withoutStart.add(unit);
      }
    }
    List<Check> checks = new ArrayList<>();
    Period priorQ4 = new Period(period.year() - 1, 4);
    for (Unit unit : units) {
      checks.addAll(TableChecks.of(unit, layout));
    }
    for (Unit unit : withoutStart) {
      checks.add(Check.startMissing(unit, layout.table(T1), priorQ4));
    }
    return new AnnualReport(period, layout, List.copyOf(units), List.copyOf(checks), List.copyOf(withoutStart));
  }

  public Period period() {
    return period;
  }

  public AnnualLayout layout() {
    return layout;
  }

  /** Root first, then depth first, siblings by code. */
  public List<Unit> units() {
    return units;
  }

  /** The first unit; a warehouse without an org tree yet gives an empty one, not a failure. */
  public Unit root() {
    return units.isEmpty() ? new Unit("", "", "committee", new Grid(layout)) : units.get(0);
  }

  /** Every check of the form that fails, and every branch without its (Y−1)Q4 file. */
  public List<Check> checks() {
    return checks;
  }

  /** Branches with a snapshot for the year but none accepted for (Y−1)Q4: start and 差 empty. */
  public List<Unit> withoutStart() {
    return withoutStart;
  }

  /** A branch's counted cells with what is not counted: the 两新组织 columns and the 合计 rows. */
  private static Grid completed(Grid counted, boolean twoNew, AnnualLayout layout) {
    for (var table : layout.tables()) {
      if (table.key().equals(T1)) {
        continue;
      }
      boolean byOccupation = table.rows().get(0).key().equals(TOTAL) && table.rows().size() > 1;
      if (byOccupation) {
        for (int c = 0; c < table.columns().size(); c++) {
          int sum = 0;
          for (int r = 1; r < table.rows().size(); r++) {
            sum += counted.get(table, r * table.columns().size() + c);
          }
          counted.set(table, c, sum);
        }
      }
      if (table.columns().stream().anyMatch(l -> l.key().equals("two_new"))) {
        for (int r = 0; r < table.rows().size(); r++) {
          String row = table.rows().get(r).key();
          counted.set(table, table.cell(row, "two_new"), twoNew ? counted.get(table, row, TOTAL) : 0);
        }
      }
    }
    return counted;
  }

  /** 表1 from the indicators: start + added − subtracted = expected; actual − expected = 差. */
  private static void balance(Grid grid, AnnualLayout.Table t1, Map<String, Double> v) {
    put(grid, t1, "start", v.get("members_start_measured"));
    put(grid, t1, "add_developed", v.get("new_members"));
    put(grid, t1, "add_transferred_in", v.get("transferred_in"));
    for (String reason : SUBTRACTED) {
      put(grid, t1, "sub_" + reason, v.get("left_" + reason));
    }
    Double start = v.get("members_start_measured");
    Double expected = start == null || v.get("new_members") == null ? null
        : start + v.get("new_members") + v.get("transferred_in") - v.get("left_members");
    put(grid, t1, "expected_end", expected);
    put(grid, t1, "actual_end", v.get("members_total"));
    put(grid, t1, "difference", v.get("balance_difference"));
  }

  private static void put(Grid grid, AnnualLayout.Table t1, String column, Double value) {
    grid.set(t1, t1.cell(TOTAL, column), value == null ? null : (int) Math.round(value));
  }

  private static Map<String, Map<String, Double>> values(Table indicators) {
    Map<String, Map<String, Double>> out = new HashMap<>();
    var org = indicators.stringColumn(IndicatorEngine.ORG_CODE);
    var key = indicators.stringColumn(IndicatorEngine.INDICATOR);
    var value = indicators.doubleColumn(IndicatorEngine.VALUE);
    for (int i = 0; i < indicators.rowCount(); i++) {
      if (!value.isMissing(i)) {
        out.computeIfAbsent(org.get(i), k -> new HashMap<>()).put(key.get(i), value.getDouble(i));
      }
    }
    return out;
  }
}

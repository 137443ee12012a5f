package org.dangstat.indicators;

import java.util.List;
import java.util.Map;
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

  public static final String MEMBERS_TOTAL = "members_total";
  public static final String MEMBERS_PROBATIONARY = "members_probationary";
  public static final String FEMALE = "female";
  public static final String MINORITY = "minority";
  /** Members aged ≤ 35 at D. */
  public static final String UNDER35 = "under35";
  public static final String COLLEGE_PLUS = "college_plus";
  public static final String HIGHSCHOOL_PLUS = "highschool_plus";
  public static final String FRONTLINE = "frontline";
  /** 入党日期 in [Y-01-01, D]. */
  public static final String NEW_MEMBERS = "new_members";
  public static final String NEW_FEMALE = "new_female";
  /** New members aged ≤ 35 on their 入党日期. */
  public static final String NEW_UNDER35 = "new_under35";
  public static final String NEW_HIGHSCHOOL_PLUS = "new_highschool_plus";
  public static final String NEW_COLLEGE_PLUS = "new_college_plus";
  public static final String NEW_FRONTLINE = "new_frontline";
  public static final String NEW_STUDENT = "new_student";
  public static final String LEFT_MEMBERS = "left_members";
  public static final String LEFT_TRANSFER_OUT = "left_transfer_out";
  public static final String LEFT_DEATH = "left_death";
  public static final String LEFT_EXPELLED = "left_expelled";
  public static final String LEFT_REMOVED = "left_removed";
  public static final String LEFT_WITHDREW = "left_withdrew";
  public static final String LEFT_SUSPENDED = "left_suspended";
  public static final String LEFT_DISQUALIFIED = "left_disqualified";
  public static final String LEFT_OTHER = "left_other";
  public static final String TRANSFERRED_IN = "transferred_in";
  public static final String APPLICANTS = "applicants";
  public static final String ACTIVISTS = "activists";
  public static final String CANDIDATES = "candidates";
  /** People who became activists in [Y-01-01, D] aged ≤ 28 then. */
  public static final String YOUTH_ACTIVISTS = "youth_activists";
  /** Of {@link #YOUTH_ACTIVISTS}, those with 推优 = 是. */
  public static final String YOUTH_RECOMMENDED = "youth_recommended";
  public static final String PROCEDURE_VIOLATIONS = "procedure_violations";

  /** The count columns, in this order. */
  public static final List<String> ALL = List.of(MEMBERS_TOTAL, MEMBERS_PROBATIONARY, FEMALE,
      MINORITY, UNDER35, COLLEGE_PLUS, HIGHSCHOOL_PLUS, FRONTLINE, NEW_MEMBERS, NEW_FEMALE,
      NEW_UNDER35, NEW_HIGHSCHOOL_PLUS, NEW_COLLEGE_PLUS, NEW_FRONTLINE, NEW_STUDENT, LEFT_MEMBERS,
      LEFT_TRANSFER_OUT, LEFT_DEATH, LEFT_EXPELLED, LEFT_REMOVED, LEFT_WITHDREW, LEFT_SUSPENDED,
      LEFT_DISQUALIFIED, LEFT_OTHER, TRANSFERRED_IN, APPLICANTS, ACTIVISTS, CANDIDATES,
      YOUTH_ACTIVISTS, YOUTH_RECOMMENDED, PROCEDURE_VIOLATIONS);

  private Measures() {}

  /** {@code org_code} (string) followed by one int column per name of {@link #ALL}. */
  public static Table emptyTable() {
    Table t = Table.create("measures", StringColumn.create(ORG_CODE));
    ALL.forEach(name -> t.addColumns(IntColumn.create(name)));
    return t;
  }

  /** Appends one branch row; counts not given are 0. */
  public static Table add(Table measures, String orgCode, Map<String, Integer> counts) {
    for (String name : counts.keySet()) {
      if (!ALL.contains(name)) {
        throw new IllegalArgumentException("unknown measure: " + name);
      }
    }
    measures.stringColumn(ORG_CODE).append(orgCode);
    ALL.forEach(name -> measures.intColumn(name).append(counts.getOrDefault(name, 0)));
    return measures;
  }
}

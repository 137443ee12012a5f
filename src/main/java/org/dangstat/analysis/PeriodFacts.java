package org.dangstat.analysis;

import java.util.List;
import org.dangstat.core.RowFacts;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What the counts of a period test of one snapshot row: its facts at the period's end D, stored
 * with the row when it was loaded ({@link RowFacts}, sql/V9__stored_facts.sql), so that the
 * hundred-odd counts of {@link PeriodCounts} test a boolean or a small band number instead of
 * deriving "member at D" or an age from dates each time. Each name is the column's. Definitions
 * are those of indicators.md and annual-report.md.
 */
public final class PeriodFacts {

  /** 预备党员 or 正式党员 at D. */
  public static final String MEMBER = "member_at_d";
  /** Not 转正 by D (no 转正日期, or a later one): of a member, a probationary member. */
  public static final String NOT_FULL = "not_full_at_d";
  public static final String FEMALE = "female";
  public static final String MINORITY = "minority";
  /** The row's own 一线 column. */
  public static final String FRONTLINE = "frontline";
  /** The row's own 推优 column. */
  public static final String YOUTH = "youth_recommended";
  /** Age band at D, 0 (≤ 30) … 9 (≥ 71), the columns of 表2. */
  public static final String AGE_AT_D = "age_band_at_d";
  /** 入党日期 in [Y-01-01, D]. */
  public static final String NEW = "new_in_year";
  /** Of a new member, the age band on 入党日期, 0 (≤ 25) … 5 (≥ 60), the columns of 表3; else null. */
  public static final String AGE_ADMITTED = "age_band_admitted";
  /** Education, 0 研究生 … 5 初中及以下 (the form's order). */
  public static final String EDUCATION = "education_no";
  /** 表4: of a person whose year of probation ended in Y, the column (0 on time … 4 left), else null. */
  public static final String PROBATION_END = "probation_outcome";
  /** 表5: the pipeline stage at D of someone still there (0 发展对象, 1 积极分子, 2 申请人), else null. */
  public static final String STAGE = "stage_at_d";
  public static final String UNDER35 = "under35_at_d";
  /** Became in Y the pipeline stage they are at. */
  public static final String NEW_IN_STAGE = "new_in_stage";
  /** A member who left in [Y0, D] (入党日期 on or before the day of leaving). */
  public static final String LEFT_MEMBER = "left_member";
  /** Came in by transfer in [Y0, D], a member then and admitted before Y0. */
  public static final String TRANSFERRED_IN = "transferred_in_year";
  /** Became an activist in [Y0, D] aged at most 28 that day (推优 counts those). */
  public static final String YOUTH_ACTIVIST = "youth_activist";

  /** 表2's upper age limits at D, inclusive: band i holds ages ≤ LIMITS_AT_D[i]. */
  public static final int[] LIMITS_AT_D = RowFacts.LIMITS_AT_D;
  /** 表3's upper age limits on 入党日期, inclusive. */
  public static final int[] LIMITS_ADMITTED = RowFacts.LIMITS_ADMITTED;
  /** The education codes of the warehouse in the order of the form's columns. */
  public static final List<String> EDUCATIONS = RowFacts.EDUCATIONS;

  /**
   * 大专以上 (研究生, 大学本科, 大学专科) and 中专/高中: conditions on {@link #EDUCATION}'s number, for
   * the counts that ask, instead of facts of their own (docs/performance.md, fourteenth round).
   */
  public static final Condition COLLEGE_PLUS = educationBetween("postgrad", "associate");
  public static final Condition HIGHSCHOOL = educationBetween("secondary_vocational", "high_school");

  /** A member at D not yet 转正 by D: the member fact and {@link #NOT_FULL}. */
  public static final Condition PROBATIONARY = flag(MEMBER).and(flag(NOT_FULL));

  private PeriodFacts() {}

  /** A boolean fact as the whole condition (not {@code = true}: one step less in each count). */
  public static Condition flag(String name) {
    return DSL.condition(DSL.field(DSL.name(name), Boolean.class));
  }

  private static Condition educationBetween(String first, String last) {
    return number(EDUCATION).between(DSL.inline(EDUCATIONS.indexOf(first)), DSL.inline(EDUCATIONS.indexOf(last)));
  }

  /** A numbered fact (a band, a column of a table). */
  public static Field<Integer> number(String name) {
    return DSL.field(DSL.name(name), Integer.class);
  }

  /** The band of {@link #AGE_ADMITTED} whose upper limit is {@code years}. */
  public static int admittedBandUpTo(int years) {
    return RowFacts.admittedBandUpTo(years);
  }
}

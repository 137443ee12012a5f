package org.dangstat.analysis;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.time.LocalDate;
import java.util.List;
import org.dangstat.core.Period;
import org.dangstat.core.Stage;
import org.dangstat.core.Under35;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * What the counts of a period need to know of one snapshot row, each computed once per row in the
 * inner query of {@link PeriodCounts} (which the planner may not flatten), so that a hundred-odd
 * counts test a boolean or a small band number instead of re-deriving "member at D" or an age from
 * dates each time. Definitions are those of indicators.md and annual-report.md; ages are full
 * years, compared with constant dates where the reference date is D.
 */
public final class PeriodFacts {

  /** The submission the row belongs to (its branch's snapshot). */
  public static final String SUBMISSION = "sid";
  /** 预备党员 or 正式党员 at D. */
  public static final String MEMBER = "m";
  /** Not 转正 by D (no 转正日期, or a later one): of a member, a probationary member. */
  public static final String NOT_FULL = "nf";
  public static final String FEMALE = "f";
  public static final String MINORITY = "mi";
  public static final String FRONTLINE = "fl";
  public static final String YOUTH = "yr";
  /** Age band at D, 0 (≤ 30) … 9 (≥ 71), the columns of 表2. */
  public static final String AGE_AT_D = "a";
  /** 入党日期 in [Y-01-01, D]. */
  public static final String NEW = "n";
  /** Of a new member, the age band on 入党日期, 0 (≤ 25) … 5 (≥ 60), the columns of 表3; else null. */
  public static final String AGE_ADMITTED = "ab";
  /** Education, 0 研究生 … 5 初中及以下 (the form's order). */
  public static final String EDUCATION = "e";
  /** 表4: of a person whose year of probation ended in Y, the column (0 on time … 4 left), else null. */
  public static final String PROBATION_END = "s";
  /** 表5: the pipeline stage at D of someone still there (0 发展对象, 1 积极分子, 2 申请人), else null. */
  public static final String STAGE = "st";
  public static final String UNDER35 = "u35";
  /** Became in Y the pipeline stage they are at. */
  public static final String NEW_IN_STAGE = "ny";
  /** A member who left in [Y0, D] (入党日期 on or before the day of leaving). */
  public static final String LEFT_MEMBER = "lm";
  /** Came in by transfer in [Y0, D], a member then and admitted before Y0. */
  public static final String TRANSFERRED_IN = "ti";
  /** Became an activist in [Y0, D] aged at most 28 that day (推优 counts those). */
  public static final String YOUTH_ACTIVIST = "ya";

  /** 表2's upper age limits at D, inclusive: band i holds ages ≤ LIMITS_AT_D[i]. */
  public static final int[] LIMITS_AT_D = {30, 35, 40, 45, 50, 55, 60, 65, 70};
  /** 表3's upper age limits on 入党日期, inclusive. */
  public static final int[] LIMITS_ADMITTED = {25, 30, 35, 40, 59};
  /** The education codes of the warehouse in the order of the form's columns. */
  public static final List<String> EDUCATIONS = List.of("postgrad", "bachelor", "associate", "secondary_vocational",
      "high_school", "junior_or_below");

  /**
   * 大专以上 (研究生, 大学本科, 大学专科) and 中专/高中: conditions on {@link #EDUCATION}'s number, for
   * the counts that ask, instead of facts derived from the row's text again: five text comparisons
   * less a person (the pass of a million people alone 2.17-2.24 s instead of 2.29-2.30 s,
   * docs/performance.md, fourteenth round).
   */
  public static final Condition COLLEGE_PLUS = educationBetween("postgrad", "associate");
  public static final Condition HIGHSCHOOL = educationBetween("secondary_vocational", "high_school");

  /**
   * A member at D not yet 转正 by D: the member fact and {@link #NOT_FULL}, rather than a fact that
   * derives "member at D" from the dates a second time (with the stage's single "still there" test
   * below, the pass 2.22-2.25 s instead of 2.30 s, fourteenth round).
   */
  public static final Condition PROBATIONARY = flag(MEMBER).and(flag(NOT_FULL));

  /** 推优: activists of at most this age on the day they became one (indicators.md). */
  private static final int YOUTH_MAX_AGE = 28;

  private static final org.dangstat.warehouse.jooq.tables.PersonSnapshot P = PERSON_SNAPSHOT;

  private PeriodFacts() {}

  /**
   * Each fact once per person, as a boolean or a small number, so that each of the sixty-odd counts
   * of {@link CountedCells} tests one or two of them (comparing dates or texts in every count, or
   * deriving "member" again in each, took twice as long).
   */
  static List<SelectField<?>> of(Period period) {
    LocalDate d = period.end();
    LocalDate y0 = period.yearStart();
    Condition member = MeasureDefinitions.memberAt(d);
    Condition stillThere = P.LEFT_ON.isNull().or(P.LEFT_ON.gt(d));
    Condition isNew = P.PROBATION_ON.between(y0, d);
    return List.of(
        DSL.field(member).as(MEMBER),
        DSL.field(P.FULL_ON.isNull().or(P.FULL_ON.gt(d))).as(NOT_FULL),
        DSL.field(P.SEX.eq("F")).as(FEMALE),
        DSL.field(P.ETHNICITY.ne("01")).as(MINORITY),
        P.FRONTLINE.as(FRONTLINE),
        DSL.field(P.YOUTH_RECOMMENDED.isTrue()).as(YOUTH),
        ageBandAtD(d).as(AGE_AT_D),
        DSL.field(isNew).as(NEW),
        DSL.when(isNew, ageBandAdmitted()).as(AGE_ADMITTED),
        education().as(EDUCATION),
        DSL.when(P.PROBATION_ON.between(y0.minusYears(1), d.minusYears(1)), probationEnd(d)).as(PROBATION_END),
        // "still there" once, then the stage: not once in each of the three branches
        DSL.when(stillThere, DSL.choose(P.STAGE).when(Stage.CANDIDATE.code(), DSL.inline(0))
            .when(Stage.ACTIVIST.code(), DSL.inline(1))
            .when(Stage.APPLICANT.code(), DSL.inline(2))).as(STAGE),
        DSL.field(P.BIRTH_DATE.gt(Under35.bornAfter(d))).as(UNDER35),
        DSL.field(DSL.or(P.STAGE.eq(Stage.CANDIDATE.code()).and(P.CANDIDATE_ON.between(y0, d)),
            P.STAGE.eq(Stage.ACTIVIST.code()).and(P.ACTIVIST_ON.between(y0, d)),
            P.STAGE.eq(Stage.APPLICANT.code()).and(P.APPLIED_ON.between(y0, d)))).as(NEW_IN_STAGE),
        DSL.field(P.LEFT_ON.between(y0, d).and(P.PROBATION_ON.isNotNull()).and(P.PROBATION_ON.le(P.LEFT_ON)))
            .as(LEFT_MEMBER),
        // members when they came, and not admitted in the year (those count as new)
        DSL.field(P.TRANSFERRED_IN_ON.between(y0, d).and(P.PROBATION_ON.isNotNull())
            .and(P.PROBATION_ON.le(P.TRANSFERRED_IN_ON)).and(P.PROBATION_ON.lt(y0))).as(TRANSFERRED_IN),
        DSL.field(P.ACTIVIST_ON.between(y0, d).and(DSL.condition("{0} > {1} - make_interval(years => {2})",
            P.BIRTH_DATE, P.ACTIVIST_ON, DSL.inline(YOUTH_MAX_AGE + 1)))).as(YOUTH_ACTIVIST));
  }

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
    for (int i = 0; i < LIMITS_ADMITTED.length; i++) {
      if (LIMITS_ADMITTED[i] == years) {
        return i;
      }
    }
    throw new IllegalArgumentException("no band of 表3 ends at " + years);
  }

  private static Field<Integer> education() {
    var column = DSL.when(P.EDUCATION.eq(EDUCATIONS.get(0)), DSL.inline(0));
    for (int i = 1; i < EDUCATIONS.size(); i++) {
      column = column.when(P.EDUCATION.eq(EDUCATIONS.get(i)), DSL.inline(i));
    }
    return column;
  }

  /** Full years at D ≤ n exactly when born after D − (n + 1) years. */
  private static Field<Integer> ageBandAtD(LocalDate d) {
    var band = DSL.when(P.BIRTH_DATE.gt(d.minusYears(LIMITS_AT_D[0] + 1)), DSL.inline(0));
    for (int i = 1; i < LIMITS_AT_D.length; i++) {
      band = band.when(P.BIRTH_DATE.gt(d.minusYears(LIMITS_AT_D[i] + 1)), DSL.inline(i));
    }
    return band.otherwise(DSL.inline(LIMITS_AT_D.length));
  }

  /** The same on each person's own 入党日期 (only new members reach it: a few rows). */
  private static Field<Integer> ageBandAdmitted() {
    var band = DSL.when(bornAfterYearsBeforeAdmission(LIMITS_ADMITTED[0] + 1), DSL.inline(0));
    for (int i = 1; i < LIMITS_ADMITTED.length; i++) {
      band = band.when(bornAfterYearsBeforeAdmission(LIMITS_ADMITTED[i] + 1), DSL.inline(i));
    }
    return band.otherwise(DSL.inline(LIMITS_ADMITTED.length));
  }

  private static Condition bornAfterYearsBeforeAdmission(int years) {
    return DSL.condition("{0} > {1} - make_interval(years => {2})", P.BIRTH_DATE, P.PROBATION_ON, DSL.inline(years));
  }

  /**
   * 表4's column of someone due for 转正 in Y: 按期 when 转正日期 ≤ 入党日期 + 1 year + 3 months, else
   * 延期; without 转正日期, left by D with 取消资格 or another reason, or still waiting.
   */
  private static Field<Integer> probationEnd(LocalDate d) {
    Condition onTime = DSL.condition("{0} <= {1} + make_interval(years => 1, months => 3)", P.FULL_ON, P.PROBATION_ON);
    Condition left = P.LEFT_ON.le(d);
    return DSL.when(P.FULL_ON.isNotNull().and(onTime), DSL.inline(0))
        .when(P.FULL_ON.isNotNull(), DSL.inline(1))
        .when(left.and(P.LEFT_REASON.eq("disqualified")), DSL.inline(3))
        .when(left, DSL.inline(4))
        .otherwise(DSL.inline(2));
  }
}

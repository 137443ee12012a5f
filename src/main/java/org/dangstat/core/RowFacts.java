package org.dangstat.core;

import java.time.LocalDate;
import java.util.List;

/**
 * What the analysis counts of one snapshot row, at its own period's end D (indicators.md,
 * annual-report.md): computed once at load and stored with the row (sql/V9__stored_facts.sql,
 * whose update holds the same definitions in SQL for the rows loaded before it; RowFactsTest
 * compares the two on every row of a township). A row is only ever counted in its own period, so
 * these never change. Null where SQL's three-valued logic gives null, as the pass derived them:
 * a count that tests a fact's negation must find what it found before. Ages are full years, on
 * constant dates where the day is D.
 *
 * @param ageBandAtD 0 (≤ 30) … 9 (≥ 71), the columns of 表2
 * @param ageBandAdmitted of a new member, the age on 入党日期, 0 (≤ 25) … 5 (≥ 60), the columns of 表3; else null
 * @param education 0 研究生 … 5 初中及以下 (the form's order), null for another code
 * @param probationOutcome 表4, of someone whose year of probation ended in Y: 0 on time, 1 late, 2 still
 *     waiting, 3 取消资格, 4 left otherwise; else null
 * @param stageAtD 表5, of someone still there: 0 发展对象, 1 积极分子, 2 申请人; else null
 */
public record RowFacts(Boolean member, Boolean notFull, Boolean female, Boolean minority, int ageBandAtD,
    Boolean newInYear, Integer ageBandAdmitted, Integer education, Integer probationOutcome, Integer stageAtD,
    Boolean under35, Boolean newInStage, Boolean leftMember, Boolean transferredIn, Boolean youthActivist) {

  /** 表2's upper age limits at D, inclusive: band i holds ages ≤ LIMITS_AT_D[i]. */
  public static final int[] LIMITS_AT_D = {30, 35, 40, 45, 50, 55, 60, 65, 70};
  /** 表3's upper age limits on 入党日期, inclusive. */
  public static final int[] LIMITS_ADMITTED = {25, 30, 35, 40, 59};
  /** The education codes of the warehouse in the order of the form's columns. */
  public static final List<String> EDUCATIONS = List.of("postgrad", "bachelor", "associate", "secondary_vocational",
      "high_school", "junior_or_below");
  /** 推优: activists of at most this age on the day they became one (indicators.md). */
  public static final int YOUTH_MAX_AGE = 28;

  /** The facts of a row with these columns, in a snapshot of the period ending {@code d}. */
  public static RowFacts of(LocalDate d, char sex, LocalDate birth, String ethnicity, String education,
      LocalDate appliedOn, LocalDate activistOn, LocalDate candidateOn, LocalDate probationOn, LocalDate fullOn,
      LocalDate transferredInOn, LocalDate leftOn, String leftReason, String stage) {
    LocalDate y0 = LocalDate.of(d.getYear(), 1, 1);
    Boolean stillThere = Sql.or(Sql.isNull(leftOn), Sql.gt(leftOn, d));
    Boolean isNew = Sql.between(probationOn, y0, d);
    return new RowFacts(
        Sql.and(Sql.notNull(probationOn), Sql.le(probationOn, d), stillThere),
        Sql.or(Sql.isNull(fullOn), Sql.gt(fullOn, d)),
        sex == 'F',
        ethnicity == null ? null : !ethnicity.equals("01"),
        band(birth, d, LIMITS_AT_D),
        isNew,
        Boolean.TRUE.equals(isNew) ? band(birth, probationOn, LIMITS_ADMITTED) : null,
        education == null || EDUCATIONS.indexOf(education) < 0 ? null : EDUCATIONS.indexOf(education),
        Boolean.TRUE.equals(Sql.between(probationOn, y0.minusYears(1), d.minusYears(1)))
            ? probationOutcome(d, probationOn, fullOn, leftOn, leftReason) : null,
        Boolean.TRUE.equals(stillThere) ? pipelineColumn(stage) : null,
        Sql.gt(birth, Under35.bornAfter(d)),
        Sql.or(Sql.and(Sql.eq(stage, Stage.CANDIDATE.code()), Sql.between(candidateOn, y0, d)),
            Sql.and(Sql.eq(stage, Stage.ACTIVIST.code()), Sql.between(activistOn, y0, d)),
            Sql.and(Sql.eq(stage, Stage.APPLICANT.code()), Sql.between(appliedOn, y0, d))),
        Sql.and(Sql.between(leftOn, y0, d), Sql.notNull(probationOn), Sql.le(probationOn, leftOn)),
        Sql.and(Sql.between(transferredInOn, y0, d), Sql.notNull(probationOn), Sql.le(probationOn, transferredInOn),
            Sql.lt(probationOn, y0)),
        Sql.and(Sql.between(activistOn, y0, d),
            Sql.gt(birth, activistOn == null ? null : activistOn.minusYears(YOUTH_MAX_AGE + 1))));
  }

  /**
   * The band of the age on {@code day}: full years ≤ n exactly when born after day − (n + 1) years.
   * A missing birth date falls through to the last band, as the SQL {@code CASE} without a match.
   */
  private static int band(LocalDate birth, LocalDate day, int[] limits) {
    for (int i = 0; i < limits.length; i++) {
      if (birth != null && birth.isAfter(day.minusYears(limits[i] + 1))) {
        return i;
      }
    }
    return limits.length;
  }

  /** 表4: 按期 when 转正日期 ≤ 入党日期 + 1 year 3 months (as PostgreSQL adds 15 months), else 延期; without one, left or waiting. */
  private static int probationOutcome(LocalDate d, LocalDate probationOn, LocalDate fullOn, LocalDate leftOn,
      String leftReason) {
    if (fullOn != null) {
      return fullOn.isAfter(probationOn.plusMonths(15)) ? 1 : 0;
    }
    if (leftOn != null && !leftOn.isAfter(d)) {
      return "disqualified".equals(leftReason) ? 3 : 4;
    }
    return 2;
  }

  private static Integer pipelineColumn(String stage) {
    if (Stage.CANDIDATE.is(stage)) {
      return 0;
    }
    if (Stage.ACTIVIST.is(stage)) {
      return 1;
    }
    return Stage.APPLICANT.is(stage) ? 2 : null;
  }

  /** The band of 表3 whose upper limit is {@code years}. */
  public static int admittedBandUpTo(int years) {
    for (int i = 0; i < LIMITS_ADMITTED.length; i++) {
      if (LIMITS_ADMITTED[i] == years) {
        return i;
      }
    }
    throw new IllegalArgumentException("no band of 表3 ends at " + years);
  }

  /** SQL's comparisons and connectives, null in, null out, as PostgreSQL evaluates the definitions. */
  private static final class Sql {

    private Sql() {}

    static Boolean isNull(Object x) {
      return x == null;
    }

    static Boolean notNull(Object x) {
      return x != null;
    }

    static Boolean eq(String x, String y) {
      return x == null || y == null ? null : x.equals(y);
    }

    static Boolean gt(LocalDate x, LocalDate y) {
      return x == null || y == null ? null : x.isAfter(y);
    }

    static Boolean lt(LocalDate x, LocalDate y) {
      return x == null || y == null ? null : x.isBefore(y);
    }

    static Boolean le(LocalDate x, LocalDate y) {
      return x == null || y == null ? null : !x.isAfter(y);
    }

    static Boolean between(LocalDate x, LocalDate low, LocalDate high) {
      return and(le(low, x), le(x, high));
    }

    static Boolean and(Boolean... terms) {
      boolean unknown = false;
      for (Boolean t : terms) {
        if (Boolean.FALSE.equals(t)) {
          return false;
        }
        unknown |= t == null;
      }
      return unknown ? null : true;
    }

    static Boolean or(Boolean... terms) {
      boolean unknown = false;
      for (Boolean t : terms) {
        if (Boolean.TRUE.equals(t)) {
          return true;
        }
        unknown |= t == null;
      }
      return unknown ? null : false;
    }
  }
}

package org.dangstat.core;

import java.time.LocalDate;
import java.util.List;

/**
 * What the analysis counts of one snapshot row, at its own period's end D (indicators.md,
 * annual-report.md): computed once at load and stored with the row (sql/V9__stored_facts.sql,
 * whose update holds the same definitions in SQL for the rows loaded before it; RowFactsTest
 * compares the two on every row of a township). A row is only ever counted in its own period, so
 * these never change. Null where SQL's three-valued logic gives null, as the pass derived them:
 * a count that tests a fact's negation must find what it found before. Ages are full years: at
 * most n on a day exactly when born after that day minus n + 1 years.
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

  /** The facts of the rows of a snapshot of the period ending {@code d}: its dates worked out once. */
  public static At at(LocalDate d) {
    return new At(d);
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

  /**
   * One period end's constant dates, as days since 1970 (a load computes a million rows' facts:
   * comparing numbers, not making dates). A missing date is {@link Sql#NONE}.
   */
  public static final class At {

    private final long d;
    private final long y0;
    private final long dueFrom;
    private final long dueTo;
    private final long under35After;
    private final long[] bandAfter = new long[LIMITS_AT_D.length];

    private At(LocalDate end) {
      d = end.toEpochDay();
      LocalDate start = LocalDate.of(end.getYear(), 1, 1);
      y0 = start.toEpochDay();
      dueFrom = start.minusYears(1).toEpochDay();
      dueTo = end.minusYears(1).toEpochDay();
      under35After = Under35.bornAfter(end).toEpochDay();
      for (int i = 0; i < bandAfter.length; i++) {
        bandAfter[i] = end.minusYears(LIMITS_AT_D[i] + 1).toEpochDay();
      }
    }

    public RowFacts of(char sex, LocalDate birthDate, String ethnicity, String educationCode, LocalDate appliedOn,
        LocalDate activistOn, LocalDate candidateOn, LocalDate probationOn, LocalDate fullOn,
        LocalDate transferredInOn, LocalDate leftOn, String leftReason, String stage) {
      long birth = Sql.day(birthDate);
      long probation = Sql.day(probationOn);
      long full = Sql.day(fullOn);
      long left = Sql.day(leftOn);
      long activist = Sql.day(activistOn);
      Boolean stillThere = Sql.or(left == Sql.NONE, Sql.gt(left, d));
      Boolean isNew = Sql.between(probation, y0, d);
      int ageBand = LIMITS_AT_D.length; // as the SQL CASE without a match, a missing birth date too
      for (int i = 0; i < bandAfter.length && birth != Sql.NONE; i++) {
        if (birth > bandAfter[i]) {
          ageBand = i;
          break;
        }
      }
      int education = educationCode == null ? -1 : EDUCATIONS.indexOf(educationCode);
      return new RowFacts(
          Sql.and(probation != Sql.NONE, Sql.le(probation, d), stillThere),
          Sql.or(full == Sql.NONE, Sql.gt(full, d)),
          sex == 'F',
          ethnicity == null ? null : !ethnicity.equals("01"),
          ageBand,
          isNew,
          Boolean.TRUE.equals(isNew) ? admittedBand(birthDate, probationOn) : null,
          education < 0 ? null : education,
          Boolean.TRUE.equals(Sql.between(probation, dueFrom, dueTo))
              ? probationOutcome(probationOn, fullOn, left, leftReason) : null,
          Boolean.TRUE.equals(stillThere) ? pipelineColumn(stage) : null,
          Sql.gt(birth, under35After),
          Sql.or(Sql.and(Sql.eq(stage, Stage.CANDIDATE.code()), Sql.between(Sql.day(candidateOn), y0, d)),
              Sql.and(Sql.eq(stage, Stage.ACTIVIST.code()), Sql.between(activist, y0, d)),
              Sql.and(Sql.eq(stage, Stage.APPLICANT.code()), Sql.between(Sql.day(appliedOn), y0, d))),
          Sql.and(Sql.between(left, y0, d), probation != Sql.NONE, Sql.le(probation, left)),
          Sql.and(Sql.between(Sql.day(transferredInOn), y0, d), probation != Sql.NONE,
              Sql.le(probation, Sql.day(transferredInOn)), Sql.lt(probation, y0)),
          Sql.and(Sql.between(activist, y0, d), Sql.gt(birth,
              activistOn == null ? Sql.NONE : EpochDays.yearsBefore(activistOn, YOUTH_MAX_AGE + 1))));
    }

    /** 表4: 按期 when 转正日期 ≤ 入党日期 + 1 year 3 months (as PostgreSQL adds 15 months), else 延期; without one, left or waiting. */
    private int probationOutcome(LocalDate probationOn, LocalDate fullOn, long left, String leftReason) {
      if (fullOn != null) {
        return EpochDays.of(fullOn) > EpochDays.plusMonths(probationOn, 15) ? 1 : 0;
      }
      if (left != Sql.NONE && left <= d) {
        return "disqualified".equals(leftReason) ? 3 : 4;
      }
      return 2;
    }
  }

  /** The band of the age on 入党日期 (new members only: a few rows of a file). */
  private static int admittedBand(LocalDate birth, LocalDate probationOn) {
    for (int i = 0; i < LIMITS_ADMITTED.length; i++) {
      if (birth != null && EpochDays.of(birth) > EpochDays.yearsBefore(probationOn, LIMITS_ADMITTED[i] + 1)) {
        return i;
      }
    }
    return LIMITS_ADMITTED.length;
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

  /** SQL's comparisons and connectives on days, null in, null out, as PostgreSQL evaluates the definitions. */
  private static final class Sql {

    /** A missing date. */
    static final long NONE = Long.MIN_VALUE;

    private Sql() {}

    static long day(LocalDate date) {
      return date == null ? NONE : EpochDays.of(date);
    }

    static Boolean eq(String x, String y) {
      return x == null || y == null ? null : x.equals(y);
    }

    static Boolean gt(long x, long y) {
      return x == NONE || y == NONE ? null : x > y;
    }

    static Boolean lt(long x, long y) {
      return x == NONE || y == NONE ? null : x < y;
    }

    static Boolean le(long x, long y) {
      return x == NONE || y == NONE ? null : x <= y;
    }

    static Boolean between(long x, long low, long high) {
      return x == NONE ? null : x >= low && x <= high;
    }

    static Boolean and(Boolean a, Boolean b) {
      if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
        return false;
      }
      return a == null || b == null ? null : true;
    }

    static Boolean and(Boolean a, Boolean b, Boolean c) {
      return and(and(a, b), c);
    }

    static Boolean and(Boolean a, Boolean b, Boolean c, Boolean d) {
      return and(and(a, b), and(c, d));
    }

    static Boolean or(Boolean a, Boolean b) {
      if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
        return true;
      }
      return a == null || b == null ? null : false;
    }

    static Boolean or(Boolean a, Boolean b, Boolean c) {
      return or(or(a, b), c);
    }
  }
}

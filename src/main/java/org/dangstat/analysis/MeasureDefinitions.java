package org.dangstat.analysis;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.Period;
import org.dangstat.core.Stage;
import org.dangstat.core.Under35;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The base counts of indicators.md as SQL conditions on one snapshot row, for period P with last
 * day D and year start Y0. "Member" = 入党日期 present and not left on or before D. Ages are full
 * years, boundaries included (≤ 35 means born after the day 36 years before).
 */
public final class MeasureDefinitions {

  private static final org.dangstat.warehouse.jooq.tables.PersonSnapshot P = PERSON_SNAPSHOT;

  private MeasureDefinitions() {}

  public static Condition memberAt(LocalDate d) {
    return P.PROBATION_ON.isNotNull().and(P.PROBATION_ON.le(d)).and(notLeftBy(d));
  }

  public static Map<String, Condition> of(Period period) {
    LocalDate d = period.end();
    LocalDate y0 = period.yearStart();
    Condition member = memberAt(d);
    Condition isNew = P.PROBATION_ON.between(y0, d);
    Condition leftMember = P.LEFT_ON.between(y0, d).and(P.PROBATION_ON.isNotNull())
        .and(P.PROBATION_ON.le(P.LEFT_ON));
    Condition youthActivist = P.ACTIVIST_ON.between(y0, d).and(ageAtMost(28, P.ACTIVIST_ON));
    Map<String, Condition> m = new LinkedHashMap<>();
    m.put(MeasureKeys.MEMBERS_TOTAL, member);
    m.put(MeasureKeys.MEMBERS_PROBATIONARY, member.and(P.FULL_ON.isNull().or(P.FULL_ON.gt(d))));
    m.put(MeasureKeys.FEMALE, member.and(P.SEX.eq("F")));
    m.put(MeasureKeys.MINORITY, member.and(P.ETHNICITY.ne("01")));
    m.put(MeasureKeys.UNDER35, member.and(P.BIRTH_DATE.gt(Under35.bornAfter(d))));
    m.put(MeasureKeys.COLLEGE_PLUS, member.and(collegePlus()));
    m.put(MeasureKeys.HIGHSCHOOL_PLUS, member.and(highschoolPlus()));
    m.put(MeasureKeys.FRONTLINE, member.and(P.FRONTLINE.isTrue()));
    m.put(MeasureKeys.NEW_MEMBERS, isNew);
    m.put(MeasureKeys.NEW_FEMALE, isNew.and(P.SEX.eq("F")));
    m.put(MeasureKeys.NEW_UNDER35, isNew.and(ageAtMost(Under35.MAX_AGE, P.PROBATION_ON)));
    m.put(MeasureKeys.NEW_HIGHSCHOOL_PLUS, isNew.and(highschoolPlus()));
    m.put(MeasureKeys.NEW_COLLEGE_PLUS, isNew.and(collegePlus()));
    m.put(MeasureKeys.NEW_FRONTLINE, isNew.and(P.FRONTLINE.isTrue()));
    for (String code : org.dangstat.core.SubQuotaKeys.occupations()) {
      m.put(MeasureKeys.newOfOccupation(code), isNew.and(P.OCCUPATION.eq(code)));
    }
    m.put(MeasureKeys.LEFT_MEMBERS, leftMember);
    for (String reason : new String[] {"transfer_out", "death", "expelled", "removed", "withdrew",
        "suspended", "disqualified", "other"}) {
      m.put("left_" + reason, leftMember.and(P.LEFT_REASON.eq(reason)));
    }
    // members when they came, and not admitted in the year (those count as new)
    m.put(MeasureKeys.TRANSFERRED_IN, P.TRANSFERRED_IN_ON.between(y0, d).and(P.PROBATION_ON.isNotNull())
        .and(P.PROBATION_ON.le(P.TRANSFERRED_IN_ON)).and(P.PROBATION_ON.lt(y0)));
    m.put(MeasureKeys.APPLICANTS, P.STAGE.eq(Stage.APPLICANT.code()).and(notLeftBy(d)));
    m.put(MeasureKeys.ACTIVISTS, P.STAGE.eq(Stage.ACTIVIST.code()).and(notLeftBy(d)));
    m.put(MeasureKeys.CANDIDATES, P.STAGE.eq(Stage.CANDIDATE.code()).and(notLeftBy(d)));
    m.put(MeasureKeys.YOUTH_ACTIVISTS, youthActivist);
    m.put(MeasureKeys.YOUTH_RECOMMENDED, youthActivist.and(P.YOUTH_RECOMMENDED.isTrue()));
    m.put(MeasureKeys.NEW_ACTIVISTS, P.ACTIVIST_ON.between(y0, d));
    m.put(MeasureKeys.NEW_CANDIDATES, P.CANDIDATE_ON.between(y0, d));
    m.put(MeasureKeys.STUDENT_MEMBERS, member.and(P.OCCUPATION.eq("student")));
    m.put(MeasureKeys.STAFF_MEMBERS, member.and(P.OCCUPATION.notIn("student", "retired")));
    return m;
  }

  /**
   * The national bulletin's age bands, at D. Full years at D ≤ n exactly when born after D − (n + 1)
   * years, so each row is compared with constant dates instead of computing its age (which made the
   * stock count of a million members take seconds).
   */
  public static Field<String> ageBand(LocalDate d) {
    return DSL.when(bornAfter(d, 31), "30岁及以下").when(bornAfter(d, 36), "31-35岁")
        .when(bornAfter(d, 41), "36-40岁").when(bornAfter(d, 46), "41-45岁").when(bornAfter(d, 51), "46-50岁")
        .when(bornAfter(d, 56), "51-55岁").when(bornAfter(d, 61), "56-60岁").otherwise("61岁及以上");
  }

  private static Condition bornAfter(LocalDate d, int years) {
    return P.BIRTH_DATE.gt(d.minusYears(years));
  }

  private static Condition notLeftBy(LocalDate d) {
    return P.LEFT_ON.isNull().or(P.LEFT_ON.gt(d));
  }

  /** Full years on {@code onDate} at most {@code years}: born after onDate − (years + 1) years. */
  private static Condition ageAtMost(int years, Field<LocalDate> onDate) {
    return DSL.condition("{0} > {1} - make_interval(years => {2})", P.BIRTH_DATE, onDate, DSL.inline(years + 1));
  }

  private static Condition collegePlus() {
    return P.EDUCATION.in("postgrad", "bachelor", "associate");
  }

  private static Condition highschoolPlus() {
    return P.EDUCATION.in("postgrad", "bachelor", "associate", "secondary_vocational", "high_school");
  }
}

package org.dangstat.analysis;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangstat.analysis.PeriodCounts.Count;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.Period;
import org.dangstat.core.Under35;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The base counts of indicators.md as SQL conditions on one snapshot row, for period P with last
 * day D and year start Y0. "Member" = 入党日期 present and not left on or before D. Ages are full
 * years, boundaries included (≤ 35 means born after the day 36 years before).
 */
public final class MeasureDefinitions {

  private static final org.dangstat.warehouse.jooq.tables.PersonSnapshot P = PERSON_SNAPSHOT;

  /** The person's own columns in a row of {@link PeriodCounts} (the pass names the rows so). */
  public static final org.dangstat.warehouse.jooq.tables.PersonSnapshot PERSON = PERSON_SNAPSHOT.as(PeriodCounts.ROW);

  private MeasureDefinitions() {}

  public static Condition memberAt(LocalDate d) {
    return P.PROBATION_ON.isNotNull().and(P.PROBATION_ON.le(d)).and(notLeftBy(d));
  }

  /**
   * The base counts as counts of {@link PeriodCounts}, on the facts of {@link PeriodFacts}
   * (stored with each row for its own period) and the person's own columns ({@link #PERSON}).
   * Written on the same facts as the 年报's cells, so that a count both need is one count for
   * PostgreSQL.
   */
  public static Map<String, Count> of(Period period) {
    LocalDate d = period.end();
    LocalDate y0 = period.yearStart();
    Condition member = flag(PeriodFacts.MEMBER);
    Condition isNew = flag(PeriodFacts.NEW);
    Condition highschoolPlus = PeriodFacts.COLLEGE_PLUS.or(PeriodFacts.HIGHSCHOOL);
    Condition leftMember = flag(PeriodFacts.LEFT_MEMBER);
    Condition youthActivist = flag(PeriodFacts.YOUTH_ACTIVIST);
    Map<String, Count> m = new LinkedHashMap<>();
    m.put(MeasureKeys.MEMBERS_TOTAL, Count.of(member));
    m.put(MeasureKeys.MEMBERS_PROBATIONARY, Count.of(PeriodFacts.PROBATIONARY));
    m.put(MeasureKeys.FEMALE, Count.of(member.and(flag(PeriodFacts.FEMALE))));
    m.put(MeasureKeys.MINORITY, Count.of(member.and(flag(PeriodFacts.MINORITY))));
    m.put(MeasureKeys.UNDER35, Count.of(member.and(flag(PeriodFacts.UNDER35))));
    m.put(MeasureKeys.COLLEGE_PLUS, Count.of(member.and(PeriodFacts.COLLEGE_PLUS)));
    m.put(MeasureKeys.HIGHSCHOOL_PLUS, Count.of(member.and(highschoolPlus)));
    m.put(MeasureKeys.FRONTLINE, Count.of(member.and(flag(PeriodFacts.FRONTLINE))));
    m.put(MeasureKeys.NEW_MEMBERS, Count.of(isNew));
    m.put(MeasureKeys.NEW_FEMALE, Count.of(isNew.and(flag(PeriodFacts.FEMALE))));
    m.put(MeasureKeys.NEW_UNDER35, Count.of(isNew.and(PeriodFacts.number(PeriodFacts.AGE_ADMITTED)
        .le(DSL.inline(PeriodFacts.admittedBandUpTo(Under35.MAX_AGE))))));
    m.put(MeasureKeys.NEW_HIGHSCHOOL_PLUS, Count.of(isNew.and(highschoolPlus)));
    m.put(MeasureKeys.NEW_COLLEGE_PLUS, Count.of(isNew.and(PeriodFacts.COLLEGE_PLUS)));
    m.put(MeasureKeys.NEW_FRONTLINE, Count.of(isNew.and(flag(PeriodFacts.FRONTLINE))));
    for (String code : org.dangstat.core.SubQuotaKeys.occupations()) {
      m.put(MeasureKeys.newOfOccupation(code), Count.among(isNew, code));
    }
    m.put(MeasureKeys.LEFT_MEMBERS, Count.of(leftMember));
    for (String reason : new String[] {"transfer_out", "death", "expelled", "removed", "withdrew",
        "suspended", "disqualified", "other"}) {
      m.put("left_" + reason, Count.of(leftMember.and(PERSON.LEFT_REASON.eq(reason))));
    }
    m.put(MeasureKeys.TRANSFERRED_IN, Count.of(flag(PeriodFacts.TRANSFERRED_IN)));
    m.put(MeasureKeys.APPLICANTS, Count.of(stage(2)));
    m.put(MeasureKeys.ACTIVISTS, Count.of(stage(1)));
    m.put(MeasureKeys.CANDIDATES, Count.of(stage(0)));
    m.put(MeasureKeys.YOUTH_ACTIVISTS, Count.of(youthActivist));
    m.put(MeasureKeys.YOUTH_RECOMMENDED, Count.of(youthActivist.and(flag(PeriodFacts.YOUTH))));
    m.put(MeasureKeys.NEW_ACTIVISTS, Count.of(PERSON.ACTIVIST_ON.between(y0, d)));
    m.put(MeasureKeys.NEW_CANDIDATES, Count.of(PERSON.CANDIDATE_ON.between(y0, d)));
    m.put(MeasureKeys.STUDENT_MEMBERS, Count.among(member, "student"));
    m.put(MeasureKeys.STAFF_MEMBERS, Count.except(member, Set.of("student", "retired")));
    return m;
  }

  /** Still in the pipeline at D at this stage ({@link PeriodFacts#STAGE}: 0 发展对象, 1 积极分子, 2 申请人). */
  private static Condition stage(int number) {
    return PeriodFacts.number(PeriodFacts.STAGE).eq(DSL.inline(number));
  }

  private static Condition flag(String fact) {
    return PeriodFacts.flag(fact);
  }

  private static Condition notLeftBy(LocalDate d) {
    return P.LEFT_ON.isNull().or(P.LEFT_ON.gt(d));
  }
}

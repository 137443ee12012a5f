package org.dangstat.compliance;

import static org.dangstat.compliance.RuleCode.ACTIVIST_ONE_YEAR;
import static org.dangstat.compliance.RuleCode.AGE_AT_APPLICATION;
import static org.dangstat.compliance.RuleCode.INTRODUCERS;
import static org.dangstat.compliance.RuleCode.PROBATION_MAX;
import static org.dangstat.compliance.RuleCode.PROBATION_ONE_YEAR;
import static org.dangstat.compliance.RuleCode.PROBATION_OVERDUE;
import static org.dangstat.compliance.RuleCode.SERVICE_POINTS;
import static org.dangstat.compliance.RuleCode.SPONSORS;
import static org.dangstat.compliance.RuleCode.TRAINING_HOURS;
import static org.dangstat.compliance.RuleCode.YOUTH_RECOMMEND;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The person rules of {@link DevelopmentChecks} and {@link MembershipChecks} as a condition on the
 * person rows that every person who breaks one meets: a necessary condition, not the judgement,
 * which stays in Java. A county streamed half a million people to be judged, for some 20,000
 * findings; PostgreSQL sending and Java reading those rows was a fifth of the analysis's CPU
 * (docs/performance.md, seventeenth round). Each rule's condition is that rule's own test with its
 * spans of years and months counted in days, widened to the longest (366-day years, 31-day months)
 * or shortest such span and by {@link #SLACK_DAYS} more, and leaving out what only narrows (the
 * stage): it may let through someone who breaks nothing, never hold back someone who breaks a rule.
 * Whole days, not date arithmetic: PostgreSQL tests it on every row of a county's million. A change
 * to a rule in Java must be made here too; {@code ComplianceCandidatesTest} judges everyone both
 * ways and fails where the two part.
 */
final class Candidates {

  /** Days every span is widened by, beyond its longest or shortest length. */
  static final int SLACK_DAYS = 3;

  private static final org.dangstat.warehouse.jooq.tables.PersonSnapshot P = PERSON_SNAPSHOT;

  private Candidates() {}

  static Condition of(ProcedureRules rules, Double servicePointsMin, LocalDate d) {
    LocalDate from = rules.appliesFrom();
    List<Condition> any = new ArrayList<>();
    Rule r;
    if ((r = rules.enabled(AGE_AT_APPLICATION)) != null) {
      any.add(on(P.APPLIED_ON, from).and(days(P.BIRTH_DATE, P.APPLIED_ON).lt(atMost(r.param("min_age"), 0))));
    }
    if ((r = rules.enabled(ACTIVIST_ONE_YEAR)) != null) {
      any.add(on(P.CANDIDATE_ON, from).and(days(P.ACTIVIST_ON, P.CANDIDATE_ON).lt(atMost(r.param("min_years"), 0))));
    }
    if ((r = rules.enabled(SPONSORS)) != null) {
      any.add(on(P.ACTIVIST_ON, from).and(P.SPONSORS.notBetween(r.param("min"), r.param("max"))));
    }
    if (rules.enabled(SERVICE_POINTS) != null && servicePointsMin != null) {
      LocalDate yearStart = LocalDate.of(d.getYear(), 1, 1);
      any.add(on(P.CANDIDATE_ON, from.isAfter(yearStart) ? from : yearStart).and(P.CANDIDATE_ON.le(d))
          .and(P.SERVICE_POINTS.lt(servicePointsMin)));
    }
    if ((r = rules.enabled(YOUTH_RECOMMEND)) != null) {
      any.add(on(P.ACTIVIST_ON, from).and(P.YOUTH_RECOMMENDED.isDistinctFrom(true))
          .and(days(P.BIRTH_DATE, P.ACTIVIST_ON).lt(atMost(r.param("max_age") + 1, 0))));
    }
    List<Condition> member = new ArrayList<>();
    if ((r = rules.enabled(INTRODUCERS)) != null) {
      member.add(P.INTRODUCERS.ne(r.param("required")));
    }
    if ((r = rules.enabled(TRAINING_HOURS)) != null) {
      member.add(P.TRAINING_HOURS.lt((double) r.param("min_hours")));
    }
    if ((r = rules.enabled(PROBATION_ONE_YEAR)) != null) {
      member.add(days(P.PROBATION_ON, P.FULL_ON).lt(atMost(r.param("min_years"), 0)));
    }
    if ((r = rules.enabled(PROBATION_MAX)) != null) {
      member.add(days(P.PROBATION_ON, P.FULL_ON).gt(atLeast(r.param("max_years"), 0)));
    }
    if ((r = rules.enabled(PROBATION_OVERDUE)) != null) {
      member.add(P.FULL_ON.isNull().and(P.LEFT_ON.isNull().or(P.LEFT_ON.gt(d)))
          .and(P.PROBATION_ON.lt(d.minusDays(atLeast(r.param("probation_years"), r.param("grace_months"))))));
    }
    if (!member.isEmpty()) {
      any.add(on(P.PROBATION_ON, from).and(DSL.or(member)));
    }
    return any.isEmpty() ? DSL.falseCondition() : DSL.or(any);
  }

  /** The step was taken on or after {@code from}: the rule judges it ({@link ProcedureRules#judges}). */
  private static Condition on(Field<LocalDate> step, LocalDate from) {
    return step.ge(from);
  }

  /** Days from {@code from} to {@code to} (null when either is). */
  private static Field<Integer> days(Field<LocalDate> from, Field<LocalDate> to) {
    return DSL.localDateDiff(to, from);
  }

  /** More days than any span of these years and months has: a span shorter than it may be shorter than them. */
  private static int atMost(int years, int months) {
    return years * 366 + months * 31 + SLACK_DAYS;
  }

  /** Fewer days than any span of these years and months has: a span longer than them is longer than it. */
  private static int atLeast(int years, int months) {
    return Math.max(0, years * 365 + months * 28 - SLACK_DAYS);
  }
}

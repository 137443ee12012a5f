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
 * findings; PostgreSQL printing and Java reading those rows was a third of the analysis's CPU
 * (docs/performance.md, seventeenth round). Each rule's condition is that rule's own test, widened
 * by {@link #SLACK_DAYS} at every date boundary and leaving out what only narrows (the stage): it may
 * let through someone who breaks nothing, never hold back someone who breaks a rule. A change to a
 * rule in Java must be made here too; {@code CandidatesTest} judges everyone both ways and fails
 * where the two part.
 */
final class Candidates {

  /** Days every date comparison is widened by: PostgreSQL's and Java's year arithmetic on 29 February may differ by one. */
  static final int SLACK_DAYS = 3;

  private static final org.dangstat.warehouse.jooq.tables.PersonSnapshot P = PERSON_SNAPSHOT;

  private Candidates() {}

  static Condition of(ProcedureRules rules, Double servicePointsMin, LocalDate d) {
    LocalDate from = rules.appliesFrom();
    List<Condition> any = new ArrayList<>();
    Rule r;
    if ((r = rules.enabled(AGE_AT_APPLICATION)) != null) {
      any.add(on(P.APPLIED_ON, from).and(P.APPLIED_ON.lt(plus(P.BIRTH_DATE, r.param("min_age"), 0, SLACK_DAYS))));
    }
    if ((r = rules.enabled(ACTIVIST_ONE_YEAR)) != null) {
      any.add(on(P.CANDIDATE_ON, from).and(P.CANDIDATE_ON.lt(plus(P.ACTIVIST_ON, r.param("min_years"), 0, SLACK_DAYS))));
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
          .and(P.ACTIVIST_ON.lt(plus(P.BIRTH_DATE, r.param("max_age") + 1, 0, SLACK_DAYS))));
    }
    List<Condition> member = new ArrayList<>();
    if ((r = rules.enabled(INTRODUCERS)) != null) {
      member.add(P.INTRODUCERS.ne(r.param("required")));
    }
    if ((r = rules.enabled(TRAINING_HOURS)) != null) {
      member.add(P.TRAINING_HOURS.lt((double) r.param("min_hours")));
    }
    if ((r = rules.enabled(PROBATION_ONE_YEAR)) != null) {
      member.add(P.FULL_ON.lt(plus(P.PROBATION_ON, r.param("min_years"), 0, SLACK_DAYS)));
    }
    if ((r = rules.enabled(PROBATION_MAX)) != null) {
      member.add(P.FULL_ON.gt(plus(P.PROBATION_ON, r.param("max_years"), 0, -SLACK_DAYS)));
    }
    if ((r = rules.enabled(PROBATION_OVERDUE)) != null) {
      member.add(P.FULL_ON.isNull().and(P.LEFT_ON.isNull().or(P.LEFT_ON.gt(d)))
          .and(plus(P.PROBATION_ON, r.param("probation_years"), r.param("grace_months"), -SLACK_DAYS).lt(d)));
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

  /** {@code date} + years, months and days, as a date (null stays null, and so does the comparison). */
  private static Field<LocalDate> plus(Field<LocalDate> date, int years, int months, int days) {
    return DSL.field("cast({0} + make_interval({1}, {2}, 0, {3}) as date)", LocalDate.class, date,
        DSL.inline(years), DSL.inline(months), DSL.inline(days));
  }
}

package org.dangstat.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.compliance.People.d;

import org.junit.jupiter.api.Test;

/**
 * No step before the rules' {@link ProcedureRules#appliesFrom()} is judged, however wrong its dates:
 * the warehouse's condition on who may break a rule ({@link Candidates}) leaves such people out.
 */
class JudgedFromTest {

  private final ProcedureRules rules = ProcedureRules.load();
  private final ComplianceChecker checker = new ComplianceChecker(rules);

  @Test
  void someoneWhoseStepsAllCameBeforeTheRulesBreaksNone() {
    assertThat(rules.appliesFrom()).isEqualTo(d("2014-06-01"));
    // applied at 15, a few weeks as activist, probation of a month and of five years, no sponsors,
    // one introducer, no 推优 at 20: every rule would fire on these dates after 2014-06-01
    var young = People.born(People.full(), d("1990-01-01"));
    var rushed = People.with(young, "full", d("2005-03-01"), d("2010-01-01"), d("2010-02-01"),
        d("2010-03-01"), d("2010-04-01"));
    var slow = People.with(young, "probationary", d("2005-03-01"), d("2010-01-01"), d("2010-02-01"),
        d("2014-05-31"), null);
    for (var p : new PersonFacts[] {rushed, slow}) {
      assertThat(checker.check(People.counts(p, false, 0, 1), People.D)).isEmpty();
    }
  }

  @Test
  void theSameDatesAfterTheRulesAreJudged() {
    var young = People.born(People.full(), d("1990-01-01"));
    var rushed = People.with(young, "full", d("2015-03-01"), d("2016-01-01"), d("2016-02-01"),
        d("2016-03-01"), d("2016-04-01"));
    assertThat(checker.check(People.counts(rushed, false, 0, 1), People.D)).isNotEmpty();
  }
}

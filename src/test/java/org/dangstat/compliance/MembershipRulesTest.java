package org.dangstat.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.compliance.People.D;
import static org.dangstat.compliance.People.d;

import java.util.List;
import org.junit.jupiter.api.Test;

/** INTRODUCERS, the probation rules, the branch rules, and what counts as a violation. */
class MembershipRulesTest {

  private final ComplianceChecker checker = new ComplianceChecker(ProcedureRules.load());

  private List<String> rules(PersonFacts p) {
    return checker.check(p, D).stream().map(Violation::rule).toList();
  }

  private PersonFacts converted(String probation, String full) {
    PersonFacts p = People.full();
    return People.with(p, "full", p.appliedOn(), p.activistOn(), p.candidateOn(), d(probation),
        d(full));
  }

  @Test
  void membersAdmittedSinceTheCutOffHaveExactlyTwoIntroducers() {
    assertThat(rules(People.counts(People.full(), true, 2, 1))).containsExactly("INTRODUCERS");
    assertThat(rules(People.counts(People.full(), true, 2, 3))).containsExactly("INTRODUCERS");
    assertThat(checker.check(People.counts(People.full(), true, 2, 0), D))
        .extracting(Violation::detail).containsExactly("入党日期2020-07-01，入党介绍人0名，应为2名");
    PersonFacts before = People.counts(converted("2014-05-31", "2015-05-31"), true, 2, 0);
    assertThat(rules(before)).isEmpty();
    assertThat(rules(People.counts(converted("2014-06-01", "2015-06-01"), true, 2, 0)))
        .containsExactly("INTRODUCERS");
  }

  @Test
  void probationOfExactlyOneYearIsEnough() {
    assertThat(rules(converted("2023-07-01", "2024-07-01"))).isEmpty();
    List<Violation> v = checker.check(converted("2023-07-01", "2024-03-01"), D);
    assertThat(v).extracting(Violation::detail)
        .containsExactly("入党日期2023-07-01，转正日期2024-03-01，预备期不满一年（8个月）");
    assertThat(rules(converted("2023-07-01", "2024-06-30"))).containsExactly("PROBATION_ONE_YEAR");
  }

  @Test
  void probationOfMoreThanTwoYearsIsAViolation() {
    assertThat(rules(converted("2020-07-01", "2022-07-01"))).isEmpty();
    List<Violation> v = checker.check(converted("2020-07-01", "2023-01-01"), D);
    assertThat(v).extracting(Violation::detail)
        .containsExactly("入党日期2020-07-01，转正日期2023-01-01，预备期超过两年（2年6个月）");
    assertThat(rules(converted("2020-07-01", "2022-07-02"))).containsExactly("PROBATION_MAX");
  }

  @Test
  void overdueConversionIsAWarningFirstThenAViolationAfterTwoYears() {
    // Due = 入党日期 + 1 year + 3 months; overdue only once D is past it.
    java.time.LocalDate q3 = d("2024-09-30");
    assertThat(checker.check(People.probationary("2023-06-30"), q3)).isEmpty(); // due = D
    assertThat(checker.check(People.probationary("2023-06-29"), q3))
        .extracting(Violation::rule).containsExactly("PROBATION_OVERDUE");
    assertThat(rules(People.probationary("2023-10-01"))).isEmpty(); // due 2025-01-01
    List<Violation> warning = checker.check(People.probationary("2023-09-29"), D);
    assertThat(warning).extracting(Violation::severity).containsExactly(Rule.WARNING);
    assertThat(warning.get(0).detail())
        .isEqualTo("入党日期2023-09-29，截至2024-12-31未转正，预备期满未按期讨论转正（已1年3个月）");
    assertThat(ComplianceChecker.countsAsViolation(warning)).isFalse();
    // Exactly two years at D is still the warning; a day more is the violation.
    assertThat(checker.check(People.probationary("2022-12-31"), D))
        .extracting(Violation::severity).containsExactly(Rule.WARNING);
    List<Violation> violation = checker.check(People.probationary("2022-12-30"), D);
    assertThat(violation).extracting(Violation::severity).containsExactly(Rule.VIOLATION);
    assertThat(ComplianceChecker.countsAsViolation(violation)).isTrue();
  }

  @Test
  void someoneWhoLeftIsJudgedOnHistoryButNothingIsOverdue() {
    assertThat(rules(People.left(People.probationary("2020-01-01"), d("2024-12-31")))).isEmpty();
    assertThat(rules(People.left(People.probationary("2020-01-01"), d("2025-01-01"))))
        .containsExactly("PROBATION_OVERDUE");
    PersonFacts leftAfterShortProbation =
        People.left(converted("2023-07-01", "2024-03-01"), d("2024-05-01"));
    assertThat(rules(leftAfterShortProbation)).containsExactly("PROBATION_ONE_YEAR");
  }

  @Test
  void oldProbationsAreNotJudged() {
    assertThat(rules(converted("2014-05-31", "2017-05-31"))).isEmpty();
    assertThat(rules(People.probationary("2014-05-31"))).isEmpty();
    assertThat(rules(converted("2014-06-01", "2017-06-01"))).containsExactly("PROBATION_MAX");
  }

  @Test
  void smallBranchesMustNotAdmit() {
    assertThat(checker.checkBranch("CQ-007", 3, 1, null)).isEmpty();
    assertThat(checker.checkBranch("CQ-007", 2, 0, null)).isEmpty();
    List<Violation> v = checker.checkBranch("CQ-007", 2, 1, null);
    assertThat(v).extracting(Violation::rule, Violation::person, Violation::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "BRANCH_TOO_SMALL", "", "正式党员2名，不足3名，本年仍发展党员1名"));
  }

  @Test
  void admittingAboveTheQuotaIsReported() {
    assertThat(checker.checkBranch("CQ-007", 10, 3, 3)).isEmpty();
    assertThat(checker.checkBranch("CQ-007", 10, 9, null)).isEmpty();
    assertThat(checker.checkBranch("CQ-007", 10, 4, 3)).extracting(Violation::detail)
        .containsExactly("本年发展党员4名，计划3名，计划外发展1名");
  }
}

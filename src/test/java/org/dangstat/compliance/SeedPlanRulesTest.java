package org.dangstat.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.compliance.People.D;
import static org.dangstat.compliance.People.d;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SERVICE_POINTS (篇三/八 仓前街道 服务积分制, threshold from the plan) and TRAINING_HOURS (细则 第十七条),
 * each with its gates: the plan sets the standard, the column is filled, the step is in the year
 * and on or after 2014-06-01. D = 2024-12-31.
 */
class SeedPlanRulesTest {

  private final ComplianceChecker withPoints = new ComplianceChecker(ProcedureRules.load(), 60.0);
  private final ComplianceChecker withoutPoints = new ComplianceChecker(ProcedureRules.load());

  /** A 发展对象 of 2024 (积极分子 since 2023-03-01, 发展对象 2024-04-01) with these points. */
  private static PersonFacts candidate(String candidateOn, Double points) {
    PersonFacts p = People.with(People.full(), "candidate", d("2022-09-01"), d("2023-03-01"), d(candidateOn), null, null);
    return p.withPointsAndHours(points, null);
  }

  /** A member admitted on {@code admitted} whose 集中培训 lasted {@code hours}. */
  private static PersonFacts admitted(String admitted, Double hours) {
    PersonFacts p = People.with(People.full(), "probationary", d("2021-01-05"), d("2021-06-01"), d("2022-07-01"),
        d(admitted), null);
    return p.withPointsAndHours(null, hours);
  }

  private static List<String> rules(ComplianceChecker c, PersonFacts p) {
    return c.check(p, D).stream().map(Violation::rule).toList();
  }

  @Test
  void pointsBelowThePlansStandardBreakTheRule() {
    List<Violation> v = withPoints.check(candidate("2024-04-01", 55.5), D);
    assertThat(v).extracting(Violation::rule).containsExactly("SERVICE_POINTS");
    assertThat(v.get(0).detail()).isEqualTo("确定为发展对象2024-04-01，服务积分55.5分，未达到计划规定的60分");
    assertThat(v.get(0).isViolation()).isTrue();
  }

  @Test
  void pointsAtTheStandardPass() {
    assertThat(rules(withPoints, candidate("2024-04-01", 60.0))).isEmpty();
  }

  @Test
  void servicePointsGates() {
    // the plan sets no standard
    assertThat(rules(withoutPoints, candidate("2024-04-01", 10.0))).isEmpty();
    // the column is blank: not 0 points
    assertThat(rules(withPoints, candidate("2024-04-01", null))).isEmpty();
    // became 发展对象 last year: judged in that year's analysis, not again
    assertThat(rules(withPoints, candidate("2023-12-31", 10.0)).contains("SERVICE_POINTS")).isFalse();
    // a member admitted this year who became 发展对象 this year is still judged on that step
    PersonFacts member = People.with(People.full(), "probationary", d("2022-09-01"), d("2023-03-01"),
        d("2024-04-01"), d("2024-11-01"), null).withPointsAndHours(20.0, null);
    assertThat(rules(withPoints, member)).contains("SERVICE_POINTS");
  }

  @Test
  void trainingBelow24HoursBreaksTheRule() {
    List<Violation> v = withoutPoints.check(admitted("2024-03-01", 16.0), D);
    assertThat(v).extracting(Violation::rule).containsExactly("TRAINING_HOURS");
    assertThat(v.get(0).detail()).isEqualTo("入党日期2024-03-01，发展对象集中培训16学时，不足24学时");
    assertThat(rules(withoutPoints, admitted("2024-03-01", 24.0))).isEmpty();
  }

  @Test
  void trainingHoursGates() {
    // blank: not judged
    assertThat(rules(withoutPoints, admitted("2024-03-01", null))).isEmpty();
    // admitted before the 2014 细则: not judged
    PersonFacts old = People.with(People.full(), "full", null, null, null, d("2010-07-01"), d("2011-07-01"))
        .withPointsAndHours(null, 8.0);
    assertThat(rules(withoutPoints, old)).isEmpty();
    // a 发展对象 not yet admitted: his training may still be going on
    PersonFacts notYet = People.with(People.full(), "candidate", d("2022-09-01"), d("2023-03-01"), d("2024-04-01"),
        null, null).withPointsAndHours(null, 8.0);
    assertThat(rules(withoutPoints, notYet)).isEmpty();
  }

  @Test
  void bothRulesAreDataWithTheirSource() {
    ProcedureRules rules = ProcedureRules.load();
    assertThat(rules.rule(RuleCode.TRAINING_HOURS).param("min_hours")).isEqualTo(24);
    assertThat(rules.rule(RuleCode.TRAINING_HOURS).sourceText()).contains("第十七条").contains("24个学时");
    assertThat(rules.rule(RuleCode.SERVICE_POINTS).title()).contains("服务积分");
    assertThat(rules.rule(RuleCode.SERVICE_POINTS).params()).isEmpty();
  }
}

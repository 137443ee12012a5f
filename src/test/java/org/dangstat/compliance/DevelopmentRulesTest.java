package org.dangstat.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.compliance.People.D;
import static org.dangstat.compliance.People.d;

import java.util.List;
import org.junit.jupiter.api.Test;

/** AGE_AT_APPLICATION, ACTIVIST_ONE_YEAR, SPONSORS, YOUTH_RECOMMEND and the 2014 cut-off. */
class DevelopmentRulesTest {

  private final ComplianceChecker checker = new ComplianceChecker(ProcedureRules.load());

  private List<String> rules(PersonFacts p) {
    return checker.check(p, D).stream().map(Violation::rule).toList();
  }

  private PersonFacts applicant(String birth, String applied) {
    PersonFacts p = People.born(People.full(), d(birth));
    return People.with(p, "applicant", d(applied), null, null, null, null);
  }

  @Test
  void aByTheBookMemberHasNoFindings() {
    assertThat(checker.check(People.full(), D)).isEmpty();
  }

  @Test
  void applyingOnThe18thBirthdayIsAllowedTheDayBeforeIsNot() {
    assertThat(rules(applicant("2006-05-02", "2024-05-02"))).isEmpty();
    List<Violation> v = checker.check(applicant("2006-05-02", "2024-05-01"), D);
    assertThat(v).extracting(Violation::rule).containsExactly("AGE_AT_APPLICATION");
    assertThat(v.get(0).detail())
        .isEqualTo("入党申请日期2024-05-01，申请时未满18周岁（17周岁）");
    assertThat(v.get(0).person()).isEqualTo("王建国 330106********123X");
  }

  @Test
  void applicationsBeforeTheCutOffAreNotJudged() {
    assertThat(rules(applicant("1996-06-01", "2014-05-31"))).isEmpty();
    assertThat(rules(applicant("1996-06-02", "2014-06-01"))).containsExactly("AGE_AT_APPLICATION");
  }

  private PersonFacts candidate(String activist, String candidate) {
    return People.with(People.full(), "candidate", d("2023-01-05"), d(activist), d(candidate),
        null, null);
  }

  @Test
  void candidateExactlyOneYearAfterActivistIsAllowed() {
    assertThat(rules(candidate("2023-03-01", "2024-03-01"))).isEmpty();
    List<Violation> v = checker.check(candidate("2024-03-01", "2024-12-20"), D);
    assertThat(v).extracting(Violation::rule).containsExactly("ACTIVIST_ONE_YEAR");
    assertThat(v.get(0).detail())
        .isEqualTo("确定为积极分子2024-03-01，列为发展对象2024-12-20，培养不满一年（9个月）");
    assertThat(rules(candidate("2023-03-01", "2024-02-29"))).containsExactly("ACTIVIST_ONE_YEAR");
  }

  @Test
  void oneYearRuleIsJudgedOnTheCandidateDate() {
    // Made a candidate before the 细则 took effect: the old rules governed that decision.
    assertThat(rules(candidate("2014-01-10", "2014-05-31"))).isEmpty();
    assertThat(rules(candidate("2014-01-10", "2014-06-01"))).containsExactly("ACTIVIST_ONE_YEAR");
  }

  @Test
  void activistsAndLaterNeedOneOrTwoSponsors() {
    PersonFacts activist = People.with(People.full(), "activist", d("2024-01-05"), d("2024-03-01"),
        null, null, null);
    assertThat(rules(People.counts(activist, true, 1, 0))).isEmpty();
    assertThat(rules(People.counts(activist, true, 2, 0))).isEmpty();
    List<Violation> none = checker.check(People.counts(activist, true, 0, 0), D);
    assertThat(none).extracting(Violation::detail)
        .containsExactly("确定为积极分子2024-03-01，培养联系人0名，应为1至2名");
    assertThat(rules(People.counts(activist, true, 3, 0))).containsExactly("SPONSORS");
    assertThat(rules(People.counts(People.full(), true, 0, 2))).containsExactly("SPONSORS");
  }

  @Test
  void applicantsNeedNoSponsorsAndOldActivistsAreNotJudged() {
    assertThat(rules(People.counts(applicant("1990-01-01", "2024-01-01"), true, 0, 0))).isEmpty();
    PersonFacts old = People.with(People.full(), "full", d("2012-01-05"), d("2014-05-31"),
        d("2015-06-01"), d("2016-07-01"), d("2017-07-01"));
    assertThat(rules(People.counts(old, false, 0, 2))).isEmpty();
  }

  @Test
  void youngActivistsNeedTheYouthLeaguesRecommendation() {
    // Born 1995-03-10: 28 until 2024-03-09, 29 from 2024-03-10.
    PersonFacts p = People.with(People.full(), "activist", d("2023-01-05"), d("2024-03-09"),
        null, null, null);
    assertThat(rules(p)).isEmpty();
    List<Violation> blank = checker.check(People.counts(p, null, 1, 0), D);
    assertThat(blank).extracting(Violation::detail).containsExactly(
        "确定为积极分子2024-03-09时28周岁，推优未填写（28周岁以下应经团组织推优）");
    assertThat(rules(People.counts(p, false, 1, 0))).containsExactly("YOUTH_RECOMMEND");
    PersonFacts on29thBirthday = People.with(People.counts(p, false, 1, 0), "activist",
        d("2023-01-05"), d("2024-03-10"), null, null, null);
    assertThat(rules(on29thBirthday)).isEmpty();
  }
}

package org.dangstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dangstat.indicators.Fixture.row;

import java.util.ArrayList;
import java.util.List;
import org.dangstat.core.Period;
import org.dangstat.indicators.Fixture.Row;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class IndicatorEngineTest {

  static final Period Q4 = new Period(2026, 4);
  final Table out = IndicatorEngine.compute(Fixture.orgs(), Fixture.measures(), Q4, Fixture.plan());
  final IndicatorCatalog catalog = IndicatorCatalog.standard();

  private void count(String org, String key, double expected) {
    Row r = row(out, org, key);
    assertThat(r.value()).as(org + " " + key).isEqualTo(expected);
    assertThat(r.numerator()).as(org + " " + key).isEqualTo(expected);
    assertThat(r.denominator()).as(org + " " + key).isNull();
  }

  private void ratio(String org, String key, double num, double den) {
    Row r = row(out, org, key);
    assertThat(r.numerator()).as(org + " " + key).isEqualTo(num);
    assertThat(r.denominator()).as(org + " " + key).isEqualTo(den);
    assertThat(r.value()).as(org + " " + key).isCloseTo(num / den, within(1e-12));
  }

  private void empty(String org, String key) {
    assertThat(row(out, org, key).value()).as(org + " " + key).isNull();
  }

  @Test
  void oneRowPerOrgAndKeyInTreeThenCatalogOrder() {
    List<String> keys = catalog.keys();
    assertThat(out.rowCount()).isEqualTo(6 * keys.size());
    assertThat(out.columnNames()).containsExactlyElementsOf(IndicatorEngine.COLUMNS);
    List<String> orgs = new ArrayList<>();
    for (int i = 0; i < out.rowCount(); i += keys.size()) {
      orgs.add(out.stringColumn("org_code").get(i));
      assertThat(out.stringColumn("indicator").asList().subList(i, i + keys.size()))
          .containsExactlyElementsOf(keys);
    }
    assertThat(orgs).containsExactly("CQ", "CQ-001", "CQ-002", "CQ-100", "CQ-101", "CQ-102");
    assertThat(out.stringColumn("period").unique().asList()).containsExactly("2026Q4");
    assertThat(row(out, "CQ-100", "members_total")).isNotNull();
    assertThat(out.stringColumn("org_level").get(0)).isEqualTo("committee");
  }

  @Test
  void everyKeyOfOneBranch() {
    String b = "CQ-001";
    count(b, "members_total", 20);
    count(b, "members_probationary", 2);
    ratio(b, "female_share", 6, 20);
    ratio(b, "minority_share", 1, 20);
    ratio(b, "under35_share", 5, 20);
    ratio(b, "college_plus_share", 8, 20);
    ratio(b, "highschool_plus_share", 15, 20);
    ratio(b, "frontline_share", 12, 20);
    ratio(b, "two_new_share", 0, 20);
    count(b, "new_members", 4);
    ratio(b, "new_female_share", 1, 4);
    ratio(b, "new_under35_share", 3, 4);
    ratio(b, "new_highschool_plus_share", 4, 4);
    ratio(b, "new_college_plus_share", 2, 4);
    ratio(b, "new_frontline_share", 3, 4);
    ratio(b, "new_two_new_share", 0, 4);
    ratio(b, "new_student_share", 0, 4);
    count(b, "left_members", 2);
    count(b, "left_transfer_out", 1);
    count(b, "left_death", 1);
    for (String k : List.of("expelled", "removed", "withdrew", "suspended", "disqualified",
        "other")) {
      count(b, "left_" + k, 0);
    }
    count(b, "transferred_in", 1);
    count(b, "members_start", 17); // 20 − 4 − 1 + 2
    count(b, "net_growth", 3);
    ratio(b, "net_growth_rate", 3, 17);
    count(b, "applicants", 5);
    count(b, "activists", 6);
    count(b, "candidates", 2);
    ratio(b, "activist_candidate_ratio", 6, 2);
    ratio(b, "youth_recommend_coverage", 3, 4);
    count(b, "quota", 3);
    ratio(b, "quota_completion", 4, 3);
    count(b, "procedure_violations", 1);
    count(b, "submissions_expected", 1);
    count(b, "submissions_received", 1);
  }

  @Test
  void twoNewBranchAndEmptyDenominators() {
    ratio("CQ-101", "two_new_share", 10, 10);
    ratio("CQ-101", "new_two_new_share", 2, 2);
    count("CQ-101", "members_start", 9);
    empty("CQ-101", "activist_candidate_ratio"); // 3 / 0
    empty("CQ-101", "youth_recommend_coverage"); // 0 / 0
    assertThat(row(out, "CQ-101", "youth_recommend_coverage").denominator()).isEqualTo(0.0);
    empty("CQ-002", "new_female_share");
    empty("CQ-002", "quota_completion"); // quota 0
    count("CQ-002", "quota", 0);
    count("CQ-002", "net_growth", 0);
    ratio("CQ-002", "net_growth_rate", 0, 3);
  }

  @Test
  void aBranchWithoutSnapshotHasOnlyQuotaAndSubmissions() {
    for (String key : catalog.keys()) {
      Row r = row(out, "CQ-102", key);
      switch (key) {
        case "quota" -> assertThat(r.value()).isEqualTo(2.0);
        case "submissions_expected" -> assertThat(r.value()).isEqualTo(1.0);
        case "submissions_received", "submissions_on_time" -> assertThat(r.value()).isEqualTo(0.0);
        default -> assertThat(r.value()).as(key).isNull();
      }
    }
    assertThat(row(out, "CQ-102", "new_members").target()).isEqualTo("quota 2");
    assertThat(row(out, "CQ-102", "new_members").status()).isEmpty();
  }

  @Test
  void generalBranchAddsUpItsBranches() {
    count("CQ-100", "members_total", 10);
    count("CQ-100", "submissions_expected", 2);
    count("CQ-100", "submissions_received", 1);
    count("CQ-100", "quota", 3);
    ratio("CQ-100", "female_share", 4, 10);
  }

  @Test
  void rootAddsUpNumeratorsAndDenominatorsNeverAveragesRates() {
    ratio("CQ", "female_share", 10, 33); // not (0.30 + 0.40 + 0) / 3
    ratio("CQ", "two_new_share", 10, 33);
    ratio("CQ", "new_female_share", 3, 6);
    ratio("CQ", "new_two_new_share", 2, 6);
    ratio("CQ", "new_under35_share", 5, 6);
    count("CQ", "members_start", 29);
    count("CQ", "net_growth", 4);
    ratio("CQ", "net_growth_rate", 4, 29);
    ratio("CQ", "activist_candidate_ratio", 9, 2);
    ratio("CQ", "youth_recommend_coverage", 3, 4);
    count("CQ", "left_members", 3);
    count("CQ", "left_expelled", 1);
    count("CQ", "quota", 8); // planned_new, not the sum of quotas (6)
    ratio("CQ", "quota_completion", 6, 8);
    count("CQ", "submissions_expected", 4);
    count("CQ", "submissions_received", 3);
    count("CQ", "procedure_violations", 1);
  }

  @Test
  void targetsOfTheRootAndOfBranches() {
    assertThat(row(out, "CQ", "new_female_share")).extracting(Row::target, Row::status)
        .containsExactly("min 0.30", "met");
    assertThat(row(out, "CQ", "new_under35_share")).extracting(Row::target, Row::status)
        .containsExactly("approx 0.80", "met"); // 0.833, within 0.05
    // 4.5 vs min 4.7: relative band 0.235 → near
    assertThat(row(out, "CQ", "activist_candidate_ratio")).extracting(Row::target, Row::status)
        .containsExactly("min 4.7", "near");
    assertThat(row(out, "CQ", "net_growth_rate")).extracting(Row::target, Row::status)
        .containsExactly("max 0.10", "missed"); // 0.138 > 0.105
    assertThat(row(out, "CQ-101", "new_female_share")).extracting(Row::target, Row::status)
        .containsExactly("min 0.50", "met");
    assertThat(row(out, "CQ-002", "female_share")).extracting(Row::target, Row::status)
        .containsExactly("min 0.50", "missed");
    // root targets do not apply to branches
    assertThat(row(out, "CQ-001", "new_female_share").target()).isEmpty();
    assertThat(row(out, "CQ", "female_share").status()).isEmpty();
  }

  @Test
  void overQuotaAndPaceAtYearEnd() {
    assertThat(row(out, "CQ-001", "new_members")).extracting(Row::target, Row::status)
        .containsExactly("quota 3", "over");
    assertThat(row(out, "CQ-001", "quota_completion").status()).isEqualTo("over");
    assertThat(row(out, "CQ-101", "new_members").status()).isEqualTo("over");
    assertThat(row(out, "CQ-100", "new_members").status()).isEqualTo("missed"); // 2 < 3 − 0.75
    assertThat(row(out, "CQ", "new_members")).extracting(Row::target, Row::status)
        .containsExactly("quota 8", "near"); // 6 ≥ 8 − 2
    assertThat(row(out, "CQ-002", "new_members")).extracting(Row::target, Row::status)
        .containsExactly("", "");
  }

  @Test
  void paceAtTheSecondQuarter() {
    Table q2 = IndicatorEngine.compute(Fixture.orgs(), Fixture.measures(), new Period(2026, 2),
        Fixture.plan());
    assertThat(row(q2, "CQ", "new_members").status()).isEqualTo("met"); // 6 ≥ 4
    assertThat(row(q2, "CQ-100", "new_members").status()).isEqualTo("met"); // 2 ≥ 1.5
    assertThat(row(q2, "CQ-001", "new_members").status()).isEqualTo("over");
    assertThat(row(q2, "CQ", "new_members").target()).isEqualTo("quota 8");
  }

  @Test
  void paceRules() {
    assertThat(Pace.status(3, 8, 2)).isEqualTo("near"); // expected 4, near ≥ 2
    assertThat(Pace.status(1, 8, 2)).isEqualTo("missed");
    assertThat(Pace.status(1, 0, 1)).isEqualTo("over");
    assertThat(Pace.status(0, 0, 4)).isNull();
  }

  @Test
  void withoutAPlanNoTargetsAndNoQuotas() {
    Table t = IndicatorEngine.compute(Fixture.orgs(), Fixture.measures(), Q4, null);
    assertThat(t.stringColumn("target").isNotMissing().size()).isZero();
    assertThat(t.stringColumn("status").isNotMissing().size()).isZero();
    assertThat(row(t, "CQ", "quota").value()).isNull();
    assertThat(row(t, "CQ", "quota_completion").value()).isNull();
    assertThat(row(t, "CQ", "members_total").value()).isEqualTo(33.0);
  }

  @Test
  void everyCatalogKeyHasAFormulaThatTheEngineCanFill() {
    assertThat(catalog.keys()).hasSize(50).contains("left_other", "submissions_received");
    for (String key : catalog.keys()) {
      Formulas.Formula f = Formulas.of(key);
      assertThat(f.isCount()).as(key).isEqualTo(catalog.kind(key) == IndicatorCatalog.Kind.COUNT);
      assertThat(row(out, "CQ", key).numerator()).as(key).isNotNull();
    }
    assertThat(catalog.label("new_female_share")).isEqualTo("新发展党员中女性占比");
    assertThat(catalog.label("activist_candidate_ratio")).isEqualTo("积极分子与发展对象之比");
  }

  @Test
  void theBalanceOfTheYearStartsFromTheMeasuredCountAndAddsUp() {
    count("CQ-001", "members_start_measured", 17);
    count("CQ-001", "balance_difference", 0); // 20 − (17 + 4 + 1 − 2)
    count("CQ-101", "members_start_measured", 10);
    count("CQ-101", "balance_difference", -1); // 10 − (10 + 2 + 0 − 1)
    count("CQ-100", "balance_difference", -1); // CQ-102 has no snapshot for P: not counted at all
    count("CQ", "members_start_measured", 30);
    count("CQ", "balance_difference", -1); // 33 − (30 + 6 + 1 − 3)
    empty("CQ-102", "members_start_measured");
    empty("CQ-102", "balance_difference");
  }

  @Test
  void aBranchWithoutItsPreviousYearEndSnapshotLeavesTheStartEmptyUpTheTree() {
    Table measures = Fixture.measures();
    int row = measures.stringColumn("org_code").indexOf("CQ-002");
    measures.intColumn("prior_snapshot").set(row, 0);
    measures.intColumn("members_start_measured").set(row, 0);
    Table t = IndicatorEngine.compute(Fixture.orgs(), measures, Q4, null);
    assertThat(row(t, "CQ-002", "members_start_measured").value()).isNull();
    assertThat(row(t, "CQ-002", "balance_difference").value()).isNull();
    assertThat(row(t, "CQ", "members_start_measured").value()).isNull();
    assertThat(row(t, "CQ", "balance_difference").value()).isNull();
    assertThat(row(t, "CQ-001", "balance_difference").value()).isEqualTo(0.0);
    assertThat(row(t, "CQ", "members_start").value()).isEqualTo(29.0); // the derived one stays
  }
}

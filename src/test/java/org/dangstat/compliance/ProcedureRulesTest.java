package org.dangstat.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangstat.compliance.People.D;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default rules file, and a local committee's override merged over it. */
class ProcedureRulesTest {

  @TempDir
  Path dir;

  private Path file(String yaml) throws Exception {
    return Files.writeString(dir.resolve("local-rules.yml"), yaml);
  }

  @Test
  void theDefaultsStateEveryRuleWithItsSource() {
    ProcedureRules r = ProcedureRules.load();
    assertThat(r.version()).isEqualTo("2014.2");
    assertThat(r.source()).contains("中国共产党发展党员工作细则");
    assertThat(r.appliesFrom()).isEqualTo(LocalDate.of(2014, 6, 1));
    for (RuleCode c : RuleCode.values()) {
      assertThat(r.rule(c).title()).isNotBlank();
      assertThat(r.rule(c).sourceText()).isNotBlank();
      assertThat(r.rule(c).params().keySet()).containsExactlyInAnyOrderElementsOf(c.params());
    }
    assertThat(r.rule(RuleCode.ACTIVIST_ONE_YEAR).sourceText()).contains("第十三条", "一年以上培养教育");
    assertThat(r.rule(RuleCode.SPONSORS).params()).containsEntry("min", 1).containsEntry("max", 2);
  }

  @Test
  void anOverrideTighteningSponsorsToExactlyTwo() throws Exception {
    ProcedureRules r = ProcedureRules.load(file("""
        version: "城关镇-2025"
        rules:
          - code: SPONSORS
            params: {min: 2}
        """));
    assertThat(r.version()).isEqualTo("2014.2+城关镇-2025");
    assertThat(r.rule(RuleCode.SPONSORS).params()).containsEntry("min", 2).containsEntry("max", 2);
    assertThat(r.rule(RuleCode.SPONSORS).title()).isEqualTo(ProcedureRules.load()
        .rule(RuleCode.SPONSORS).title());
    PersonFacts oneSponsor = People.counts(People.full(), true, 1, 2);
    assertThat(new ComplianceChecker(ProcedureRules.load()).check(oneSponsor, D)).isEmpty();
    assertThat(new ComplianceChecker(r).check(oneSponsor, D)).extracting(Violation::detail)
        .containsExactly("确定为积极分子2018-06-01，培养联系人1名，应为2名");
  }

  @Test
  void anOverrideMaySwitchARuleOffOrSoftenIt() throws Exception {
    ProcedureRules r = ProcedureRules.load(file("""
        rules:
          - code: YOUTH_RECOMMEND
            enabled: false
          - code: INTRODUCERS
            severity: warning
        """));
    PersonFacts p = People.counts(People.full(), false, 2, 1);
    assertThat(new ComplianceChecker(r).check(p, D)).extracting(Violation::rule, Violation::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("INTRODUCERS", Rule.WARNING));
  }

  @Test
  void duplicateYamlKeysInTheRulesFileAreRejectedNotLastOneWins() throws Exception {
    assertThatThrownBy(() -> ProcedureRules.load(file("""
        rules:
          - code: SPONSORS
            params: {min: 2, max: 3}
            params: {min: 1}
        """)))
        .isInstanceOf(RulesFileException.class)
        .hasMessageContaining("local-rules.yml").hasMessageContaining("DUPLICATE_KEY").hasMessageContaining("params")
        .hasMessageContaining("line 4");
  }

  @Test
  void unknownCodesParamsAndBadValuesAreRejectedClearly() throws Exception {
    assertThatThrownBy(() -> ProcedureRules.load(file("rules:\n  - code: SPONSOR\n")))
        .isInstanceOf(RulesFileException.class)
        .hasMessageContaining("local-rules.yml").hasMessageContaining("unknown rule code 'SPONSOR'")
        .hasMessageContaining("SPONSORS");
    assertThatThrownBy(() -> ProcedureRules.load(file(
        "rules:\n  - code: SPONSORS\n    params: {minimum: 2}\n")))
        .hasMessageContaining("rule SPONSORS: unknown param 'minimum' (allowed: min, max)");
    assertThatThrownBy(() -> ProcedureRules.load(file(
        "rules:\n  - code: SPONSORS\n    params: {max: two}\n")))
        .hasMessageContaining("param max must be a whole number ≥ 0, got 'two'");
    assertThatThrownBy(() -> ProcedureRules.load(file(
        "rules:\n  - code: SPONSORS\n    params: {min: 3}\n")))
        .hasMessageContaining("min (3) must not exceed max (2)");
    assertThatThrownBy(() -> ProcedureRules.load(file(
        "rules:\n  - code: SPONSORS\n    severity: error\n")))
        .hasMessageContaining("severity must be violation or warning, got 'error'");
    assertThatThrownBy(() -> ProcedureRules.load(file("rule:\n  - code: SPONSORS\n")))
        .hasMessageContaining("unknown key 'rule'");
    assertThatThrownBy(() -> ProcedureRules.load(file("rules: [\n")))
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> ProcedureRules.load(dir.resolve("missing.yml")))
        .hasMessageContaining("missing.yml").hasMessageContaining("cannot be read");
  }
}

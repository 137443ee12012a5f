package org.dangstat.compliance;

import static org.dangstat.compliance.RuleCode.ACTIVIST_ONE_YEAR;
import static org.dangstat.compliance.RuleCode.AGE_AT_APPLICATION;
import static org.dangstat.compliance.RuleCode.SPONSORS;
import static org.dangstat.compliance.RuleCode.YOUTH_RECOMMEND;

import java.util.List;

/**
 * The rules on the way to admission: application, activist, development candidate. Each rule is
 * judged on the date of the step it governs, so that a step taken before the 2014 细则 is not
 * held to it.
 */
final class DevelopmentChecks {

  private final ProcedureRules rules;

  DevelopmentChecks(ProcedureRules rules) {
    this.rules = rules;
  }

  void check(PersonFacts p, List<Violation> out) {
    Rule r;
    if ((r = rules.enabled(AGE_AT_APPLICATION)) != null && rules.judges(p.appliedOn())
        && p.birthDate() != null) {
      int age = Spans.age(p.birthDate(), p.appliedOn());
      int min = r.param("min_age");
      if (age < min) {
        out.add(Checks.of(p, r, "入党申请日期" + p.appliedOn()
            + "，申请时未满" + min + "周岁（" + age + "周岁）"));
      }
    }
    // Judged on 发展对象日期: the decision the one-year rule constrains.
    if ((r = rules.enabled(ACTIVIST_ONE_YEAR)) != null && rules.judges(p.candidateOn())
        && p.activistOn() != null
        && p.candidateOn().isBefore(p.activistOn().plusYears(r.param("min_years")))) {
      out.add(Checks.of(p, r, "确定为积极分子" + p.activistOn() + "，列为发展对象" + p.candidateOn()
          + "，培养不满" + Spans.years(r.param("min_years"))
          + "（" + Spans.length(p.activistOn(), p.candidateOn()) + "）"));
    }
    // Sponsors are assigned when someone becomes an activist, and stay on the record after.
    if ((r = rules.enabled(SPONSORS)) != null && p.isActivistOrLater()
        && rules.judges(p.activistOn())) {
      int min = r.param("min");
      int max = r.param("max");
      if (p.sponsors() < min || p.sponsors() > max) {
        out.add(Checks.of(p, r, "确定为积极分子" + p.activistOn() + "，培养联系人" + p.sponsors()
            + "名，应为" + Spans.range(min, max)));
      }
    }
    if ((r = rules.enabled(YOUTH_RECOMMEND)) != null && rules.judges(p.activistOn())
        && p.birthDate() != null && !Boolean.TRUE.equals(p.youthRecommended())) {
      int age = Spans.age(p.birthDate(), p.activistOn());
      if (age <= r.param("max_age")) {
        out.add(Checks.of(p, r, "确定为积极分子" + p.activistOn()
            + "时" + age + "周岁，" + (p.youthRecommended() == null ? "推优未填写" : "推优为否")
            + "（" + r.param("max_age") + "周岁以下应经团组织推优）"));
      }
    }
  }
}

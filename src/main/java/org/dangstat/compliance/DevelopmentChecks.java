package org.dangstat.compliance;

import static org.dangstat.compliance.RuleCode.ACTIVIST_ONE_YEAR;
import static org.dangstat.compliance.RuleCode.AGE_AT_APPLICATION;
import static org.dangstat.compliance.RuleCode.SERVICE_POINTS;
import static org.dangstat.compliance.RuleCode.SPONSORS;
import static org.dangstat.compliance.RuleCode.YOUTH_RECOMMEND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules on the way to admission: application, activist, development candidate. Each rule is
 * judged on the date of the step it governs, so that a step taken before the 2014 细则 is not
 * held to it.
 */
final class DevelopmentChecks {

  private final ProcedureRules rules;
  private final Double servicePointsMin;

  DevelopmentChecks(ProcedureRules rules, Double servicePointsMin) {
    this.rules = rules;
    this.servicePointsMin = servicePointsMin;
  }

  void check(PersonFacts p, LocalDate d, List<Violation> out) {
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
    // 服务积分制: judged on 发展对象日期 in the year of the period, only where the plan sets the
    // standard and the clerk filled the column (a blank is not 0 points)
    if ((r = rules.enabled(SERVICE_POINTS)) != null && servicePointsMin != null && p.servicePoints() != null
        && rules.judges(p.candidateOn()) && p.candidateOn().getYear() == d.getYear() && !p.candidateOn().isAfter(d)
        && p.servicePoints() < servicePointsMin) {
      out.add(Checks.of(p, r, "确定为发展对象" + p.candidateOn() + "，服务积分" + plain(p.servicePoints())
          + "分，未达到计划规定的" + plain(servicePointsMin) + "分"));
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

  static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}

package org.dangstat.compliance;

import static org.dangstat.compliance.RuleCode.INTRODUCERS;
import static org.dangstat.compliance.RuleCode.PROBATION_MAX;
import static org.dangstat.compliance.RuleCode.PROBATION_ONE_YEAR;
import static org.dangstat.compliance.RuleCode.PROBATION_OVERDUE;
import static org.dangstat.compliance.RuleCode.TRAINING_HOURS;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules on admission and probation. All are judged on 入党日期: a probation that began under
 * the 2014 细则 is held to it to its end.
 */
final class MembershipChecks {

  private final ProcedureRules rules;

  MembershipChecks(ProcedureRules rules) {
    this.rules = rules;
  }

  void check(PersonFacts p, LocalDate d, List<Violation> out) {
    LocalDate in = p.probationOn();
    if (!p.isMember() || !rules.judges(in)) {
      return;
    }
    Rule r;
    // Exactly the required number: the 党章 and 细则 speak of two introducers, and a third name
    // on the form is a clerk's mistake (often the sponsors copied) worth correcting.
    if ((r = rules.enabled(INTRODUCERS)) != null && p.introducers() != r.param("required")) {
      out.add(Checks.of(p, r, "入党日期" + in + "，入党介绍人" + p.introducers() + "名，应为"
          + r.param("required") + "名"));
    }
    // 第十七条: a 集中培训 of at least 3 days or 24 学时; only the hours are on the form, and only where filled
    if ((r = rules.enabled(TRAINING_HOURS)) != null && p.trainingHours() != null
        && p.trainingHours() < r.param("min_hours")) {
      out.add(Checks.of(p, r, "入党日期" + in + "，发展对象集中培训" + DevelopmentChecks.plain(p.trainingHours())
          + "学时，不足" + r.param("min_hours") + "学时"));
    }
    LocalDate full = p.fullOn();
    if (full != null) {
      if ((r = rules.enabled(PROBATION_ONE_YEAR)) != null
          && full.isBefore(in.plusYears(r.param("min_years")))) {
        out.add(Checks.of(p, r, "入党日期" + in + "，转正日期" + full + "，预备期不满"
            + Spans.years(r.param("min_years")) + "（" + Spans.length(in, full) + "）"));
      }
      if ((r = rules.enabled(PROBATION_MAX)) != null
          && full.isAfter(in.plusYears(r.param("max_years")))) {
        out.add(Checks.of(p, r, "入党日期" + in + "，转正日期" + full + "，预备期超过"
            + Spans.years(r.param("max_years")) + "（" + Spans.length(in, full) + "）"));
      }
      return;
    }
    // Someone who left is no longer the branch's to convert: nothing is overdue any more.
    if ((r = rules.enabled(PROBATION_OVERDUE)) != null && !p.leftBy(d)) {
      LocalDate due = in.plusYears(r.param("probation_years")).plusMonths(r.param("grace_months"));
      if (due.isBefore(d)) {
        boolean tooLong = d.isAfter(in.plusYears(r.param("max_years")));
        out.add(Checks.of(p, r, tooLong ? r.severity() : Rule.WARNING, "入党日期" + in + "，截至"
            + d + "未转正，预备期满未按期讨论转正（已" + Spans.length(in, d)
            + (tooLong ? "，超过" + Spans.years(r.param("max_years")) : "") + "）"));
      }
    }
  }
}

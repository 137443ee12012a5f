package org.dangstat.intake;

import static org.dangstat.intake.BranchColumns.ACTIVIST_ON;
import static org.dangstat.intake.BranchColumns.FULL_ON;
import static org.dangstat.intake.BranchColumns.LEFT_ON;
import static org.dangstat.intake.BranchColumns.PROBATION_ON;
import static org.dangstat.intake.BranchColumns.YOUTH_RECOMMENDED;

import java.time.LocalDate;
import java.time.Period;
import org.dangstat.core.Stage;

/** Warnings on a row that loads anyway: worth a look by the township, not a reason to reject. */
final class Advisories {

  /** 团组织推优 concerns people aged 28 or younger when they became activists. */
  static final int YOUTH_MAX_AGE = 28;
  static final int PROBATION_MAX_YEARS = 2;

  private Advisories() {}

  static void check(String stage, RowDates d, LocalDate birth, Boolean youth, org.dangstat.core.Period period,
      RowIssues issues) {
    LocalDate activist = d.date[ACTIVIST_ON];
    // only from the 2014 细则 on: older records are not judged (as in procedure-rules.md)
    if (youth == null && birth != null && activist != null && StageRules.rank(stage) >= 1
        && !activist.isBefore(StageRules.RULES_2014)) {
      int age = Period.between(birth, activist).getYears();
      if (age <= YOUTH_MAX_AGE) {
        issues.report("YOUTH_RECOMMEND_MISSING", YOUTH_RECOMMENDED, null, String.valueOf(age));
      }
    }
    LocalDate admitted = d.date[PROBATION_ON];
    if (Stage.PROBATIONARY.is(stage) && admitted != null && !d.written[FULL_ON] && !d.written[LEFT_ON]
        && admitted.plusYears(PROBATION_MAX_YEARS).isBefore(period.end())) {
      issues.report("PROBATION_OVERDUE", PROBATION_ON, d.text[PROBATION_ON], d.text[PROBATION_ON],
          period.end().toString());
    }
  }
}

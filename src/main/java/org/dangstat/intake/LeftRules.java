package org.dangstat.intake;

import static org.dangstat.intake.BranchColumns.LEFT_ON;
import static org.dangstat.intake.BranchColumns.LEFT_REASON;

import org.dangstat.core.Period;
import org.dangstat.core.Stage;

/** 离开日期 and 离开原因: both or neither, a known reason, one that fits the person's stage. */
final class LeftRules {

  private LeftRules() {}

  /** The reason's code (reference/left-reasons.csv), or null. */
  static String check(RowDates d, String reasonText, String stage, Period period, RowIssues issues) {
    boolean hasDate = d.written[LEFT_ON];
    boolean hasReason = !reasonText.isEmpty();
    if (hasDate && !hasReason) {
      issues.report("LEFT_INCOMPLETE", LEFT_REASON, null, issues.label(LEFT_REASON));
    } else if (hasReason && !hasDate) {
      issues.report("LEFT_INCOMPLETE", LEFT_ON, null, issues.label(LEFT_ON));
    }
    if (!hasReason) {
      return null;
    }
    String code = ReferenceData.INSTANCE.leftReasons.code(reasonText);
    if (code == null) {
      issues.report("LEFT_REASON_INVALID", LEFT_REASON, reasonText, reasonText);
      return null;
    }
    String appliesTo = ReferenceData.INSTANCE.leftReasonAppliesTo.getOrDefault(code, "any");
    boolean member = StageRules.isMember(stage);
    if (stage != null && (("members".equals(appliesTo) && !member) || ("non_members".equals(appliesTo) && member))) {
      issues.report("LEFT_REASON_STAGE", LEFT_REASON, reasonText, reasonText,
          Stage.fromCode(stage).map(Stage::label).orElse(stage));
    }
    if (d.date[LEFT_ON] != null && d.date[LEFT_ON].isBefore(period.yearStart())) {
      issues.report("LEFT_BEFORE_YEAR", LEFT_ON, d.text[LEFT_ON], d.text[LEFT_ON], period.yearStart().toString());
    }
    return code;
  }
}

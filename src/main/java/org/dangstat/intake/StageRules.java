package org.dangstat.intake;

import static org.dangstat.intake.BranchColumns.ACTIVIST_ON;
import static org.dangstat.intake.BranchColumns.APPLIED_ON;
import static org.dangstat.intake.BranchColumns.CANDIDATE_ON;
import static org.dangstat.intake.BranchColumns.CAREER_DATES;
import static org.dangstat.intake.BranchColumns.DATES;
import static org.dangstat.intake.BranchColumns.INTRODUCERS;
import static org.dangstat.intake.BranchColumns.LEFT_ON;
import static org.dangstat.intake.BranchColumns.PROBATION_ON;
import static org.dangstat.intake.BranchColumns.SPONSORS;

import java.time.LocalDate;
import org.dangstat.core.Stage;

/**
 * The stage (当前阶段) derived from the dates, the fields each stage requires, and the order of
 * the dates (submission-format.md section 3).
 */
final class StageRules {

  /** The 2014 细则 took effect: from then on every step of admission must be on record. */
  static final LocalDate RULES_2014 = LocalDate.of(2014, 6, 1);

  /** The stage each of {@code CAREER_DATES} starts, in the same order. */
  private static final Stage[] STAGE_OF_CAREER_DATE = Stage.values();

  private StageRules() {}

  /** The latest stage whose date is written (readable or not), or null when none is. */
  static String stage(RowDates d) {
    for (int i = CAREER_DATES.length - 1; i >= 0; i--) {
      if (d.written[CAREER_DATES[i]]) {
        return STAGE_OF_CAREER_DATE[i].code();
      }
    }
    return null;
  }

  static void checkRequired(String stage, RowDates d, boolean hasSponsors, boolean hasIntroducers, RowIssues issues) {
    boolean noStageDate = !d.written[APPLIED_ON] && !d.written[PROBATION_ON];
    if (noStageDate) {
      issues.report("NO_STAGE_DATE", -1, null);
    }
    if (stage == null) {
      return;
    }
    String label = Stage.fromCode(stage).map(Stage::label).orElse(stage);
    boolean member = Stage.isMember(stage);
    boolean needsHistory = !member || (d.date[PROBATION_ON] != null && !d.date[PROBATION_ON].isBefore(RULES_2014));
    if (member) {
      require(!noStageDate, d.written[PROBATION_ON], PROBATION_ON, label, issues);
    }
    if (!needsHistory) {
      return;
    }
    int rank = rank(stage);
    require(!noStageDate, d.written[APPLIED_ON], APPLIED_ON, label, issues);
    if (rank >= 1) {
      require(true, d.written[ACTIVIST_ON], ACTIVIST_ON, label, issues);
      if (!member) {
        require(true, hasSponsors, SPONSORS, label, issues); // members: see the ambiguity note in BranchFileReader
      }
    }
    if (rank >= 2) {
      require(true, d.written[CANDIDATE_ON], CANDIDATE_ON, label, issues);
    }
    if (member) {
      require(true, hasIntroducers, INTRODUCERS, label, issues);
    }
  }

  /** 申请 ≤ 积极分子 ≤ 发展对象 ≤ 入党 ≤ 转正, and every date ≤ 离开. */
  static void checkOrder(RowDates d, RowIssues issues) {
    int previous = -1;
    for (int c : CAREER_DATES) {
      if (d.date[c] == null) {
        continue;
      }
      if (previous >= 0 && d.after(previous, c)) {
        issues.report("DATE_ORDER", c, d.text[c], issues.label(c), d.text[c], issues.label(previous), d.text[previous]);
      }
      previous = c;
    }
    if (d.date[LEFT_ON] == null) {
      return;
    }
    for (int c : DATES) {
      if (c != LEFT_ON && d.date[c] != null && d.after(c, LEFT_ON)) {
        issues.report("DATE_ORDER", LEFT_ON, d.text[LEFT_ON], issues.label(LEFT_ON), d.text[LEFT_ON], issues.label(c), d.text[c]);
      }
    }
  }

  static boolean isMember(String stage) {
    return Stage.isMember(stage);
  }

  static int rank(String stage) {
    for (int i = 0; i < STAGE_OF_CAREER_DATE.length; i++) {
      if (STAGE_OF_CAREER_DATE[i].is(stage)) {
        return i;
      }
    }
    return -1;
  }

  private static void require(boolean applies, boolean present, int column, String stageLabel, RowIssues issues) {
    if (applies && !present) {
      issues.report("STAGE_FIELD_MISSING", column, null, stageLabel, issues.label(column));
    }
  }
}

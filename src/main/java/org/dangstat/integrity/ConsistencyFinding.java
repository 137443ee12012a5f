package org.dangstat.integrity;

import org.dangstat.intake.Issue;
import org.dangstat.intake.IssueCatalog;

/**
 * One cross-period finding (period-checks.md §1), as PostgreSQL found it: the branch and period
 * checked, the earlier period compared with, the person (name, masked ID, stage), and for a
 * changed value which field and both values (dates as ISO text, null when blank).
 *
 * @param rowNo the person's row in the checked file (null when the person is not in it)
 */
public record ConsistencyFinding(String orgCode, String period, String previousPeriod, String code, String name,
    String idMasked, String stage, String previousStage, String field, String before, String after, Integer rowNo) {

  public static final String VANISHED = "PERSON_VANISHED";
  public static final String APPEARED = "PERSON_APPEARED";
  public static final String REGRESSED = "STAGE_REGRESSED";
  public static final String CHANGED = "FACT_CHANGED";
  public static final String REAPPEARED = "LEFT_REAPPEARED";

  /** The finding's name in Chinese (人员无故消失 …), from reference/consistency-codes.csv. */
  public static String label(String code) {
    return Labels.finding(code);
  }

  /** Name and masked ID, as in compliance.csv. */
  public String person() {
    return idMasked == null || idMasked.isBlank() ? name : name + " " + idMasked;
  }

  /** The Chinese detail of consistency.csv, naming both values. */
  public String detail() {
    return IssueCatalog.issue(code, null, null, null, arguments()).message();
  }

  /** The report's sentence, e.g. 红旗村党支部：党员张某（330106********123X）2026Q1在册，2026Q2名册中没有，也没有离开记录. */
  public String sentence(String orgName) {
    return orgName + "：" + Labels.role(stage) + name + "（" + idMasked + "）" + (CHANGED.equals(code) ? "的" : "")
        + detail();
  }

  /** The warning carried in the branch file's own error report (row and column where the person is in it). */
  public Issue warning() {
    String column = CHANGED.equals(code) || REGRESSED.equals(code) ? Labels.column(field) : null;
    String value = CHANGED.equals(code) ? shown(after) : null;
    var issue = IssueCatalog.issue(code, rowNo, column, value, arguments());
    return rowNo == null ? new Issue(issue.severity(), null, null, idMasked, code, person() + "：" + issue.message())
        : new Issue(issue.severity(), rowNo, column, value, code, person() + "：" + issue.message());
  }

  private Object[] arguments() {
    return switch (code) {
      case VANISHED -> new Object[] {previousPeriod, period};
      case APPEARED -> new Object[] {previousPeriod, period, Labels.stage(stage)};
      case REGRESSED -> new Object[] {Labels.stage(before), Labels.stage(after)};
      case CHANGED -> new Object[] {Labels.column(field), shown(before), shown(after)};
      case REAPPEARED -> new Object[] {previousPeriod, before, Labels.leftReason(after), period};
      default -> throw new IllegalStateException("unknown finding " + code);
    };
  }

  private String shown(String value) {
    if (value == null) {
      return "空";
    }
    return "sex".equals(field) ? Labels.sex(value) : value;
  }
}

package org.dangstat.intake;

import static org.dangstat.intake.BranchColumns.*;

import java.time.LocalDate;
import java.util.List;
import org.dangstat.core.Period;

/**
 * Checks one data row of a branch snapshot against every rule of submission-format.md section 3
 * and builds the normalised {@link PersonRow}; null when the row has an error. All problems of
 * the row are reported, not just the first.
 */
final class PersonRowValidator {

  private static final ReferenceData REF = ReferenceData.INSTANCE;
  private static final int MAX_NAME = 50;

  private final Period period;
  /** The period's last day, made once: LocalDate arithmetic for every row was 2 % of reading. */
  private final LocalDate periodEnd;
  private final LocalDate today;
  private final FileIssues fileIssues;
  private final RowIssues issues;
  private final RowDates dates = new RowDates(ALL.size());

  PersonRowValidator(Period period, LocalDate today, FileIssues fileIssues) {
    this.period = period;
    this.periodEnd = period.end();
    this.today = today;
    this.fileIssues = fileIssues;
    this.issues = new RowIssues(fileIssues, ALL, ID);
  }

  PersonRow validate(RawRow row, ColumnLayout layout) {
    issues.rowNo = row.rowNo;
    String id = IdNumberCheck.check(layout.text(row, ID), layout.isNumber(row, ID), issues);
    String name = name(layout.text(row, NAME), layout.has(NAME));
    char sex = sex(layout.text(row, SEX), id, layout.has(SEX));
    LocalDate birth = id == null ? null : IdNumberCheck.birthDate(id);
    checkBirthDate(layout.text(row, BIRTH_DATE), birth);
    String ethnicity = ethnicity(layout.text(row, ETHNICITY));
    String education = code(REF.education, layout.text(row, EDUCATION), EDUCATION, layout.has(EDUCATION), "EDUCATION");
    String occupation = code(REF.occupations, layout.text(row, OCCUPATION), OCCUPATION, layout.has(OCCUPATION), "OCCUPATION");
    Boolean frontline = yesNo(layout.text(row, FRONTLINE), FRONTLINE, layout.has(FRONTLINE) ? "FRONTLINE_REQUIRED" : null, "FRONTLINE_INVALID");
    Boolean youth = yesNo(layout.text(row, YOUTH_RECOMMENDED), YOUTH_RECOMMENDED, null, "YOUTH_RECOMMENDED_INVALID");
    List<String> sponsors = Names.split(layout.text(row, SPONSORS));
    List<String> introducers = Names.split(layout.text(row, INTRODUCERS));
    Double servicePoints = amount(layout.text(row, SERVICE_POINTS), SERVICE_POINTS, "SERVICE_POINTS_INVALID");
    Double trainingHours = amount(layout.text(row, TRAINING_HOURS), TRAINING_HOURS, "TRAINING_HOURS_INVALID");

    dates.read(row, layout, DATES, periodEnd, today, issues);
    String stage = StageRules.stage(dates);
    StageRules.checkRequired(stage, dates, !sponsors.isEmpty(), !introducers.isEmpty(), issues);
    StageRules.checkOrder(dates, issues);
    String leftReason = LeftRules.check(dates, layout.text(row, LEFT_REASON), stage, period, issues);
    boolean monthOnly = checkMonthOnly();
    Advisories.check(stage, dates, birth, youth, period, issues);

    if (fileIssues.rowHasError()) {
      return null;
    }
    String remark = layout.text(row, REMARK);
    return new PersonRow(row.rowNo, id, name, sex, birth, ethnicity, education, occupation, frontline,
        dates.date[APPLIED_ON], dates.date[ACTIVIST_ON], dates.date[CANDIDATE_ON], youth, sponsors, introducers,
        dates.date[PROBATION_ON], dates.date[FULL_ON], dates.date[TRANSFERRED_IN_ON], dates.date[LEFT_ON],
        leftReason, remark.isEmpty() ? null : remark, stage, monthOnly, servicePoints, trainingHours);
  }

  /** A number ≥ 0 of an optional column (服务积分, 培训学时); null when blank. */
  private Double amount(String text, int column, String invalidCode) {
    if (text.isEmpty()) {
      return null;
    }
    Double v = Amounts.parse(text);
    if (v == null) {
      issues.report(invalidCode, column, text, text);
    }
    return v;
  }

  private String name(String text, boolean hasColumn) {
    if (text.isEmpty()) {
      if (hasColumn) {
        issues.report("NAME_REQUIRED", NAME, null);
      }
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_NAME) {
      issues.report("NAME_TOO_LONG", NAME, Texts.abbreviate(text, 60), String.valueOf(MAX_NAME), String.valueOf(length));
    }
    return text;
  }

  private char sex(String text, String id, boolean hasColumn) {
    if (text.isEmpty()) {
      if (hasColumn) {
        issues.report("SEX_REQUIRED", SEX, null);
      }
      return '?';
    }
    String code = REF.sexes.code(text);
    if (code == null) {
      issues.report("SEX_INVALID", SEX, text, text);
      return '?';
    }
    char sex = code.charAt(0);
    if (id != null && IdNumbers.sex(id) != sex) {
      issues.report("SEX_MISMATCH", SEX, text, text, IdNumbers.sex(id) == 'M' ? "单数，男" : "双数，女");
    }
    return sex;
  }

  private void checkBirthDate(String text, LocalDate fromId) {
    if (text.isEmpty()) {
      return;
    }
    DateText.Parsed p = DateText.parse(text);
    if (p == null) {
      issues.report("DATE_INVALID", BIRTH_DATE, text, text);
    } else if (fromId != null && !p.date().equals(fromId)) {
      issues.report("BIRTH_DATE_MISMATCH", BIRTH_DATE, text, text, fromId.toString());
    }
  }

  private String ethnicity(String text) {
    if (text.isEmpty()) {
      return "01"; // the template's default: 汉族
    }
    String code = REF.ethnicities.code(text);
    if (code == null) {
      issues.report("ETHNICITY_INVALID", ETHNICITY, text, text);
    }
    return code;
  }

  private String code(TermTable table, String text, int column, boolean hasColumn, String codePrefix) {
    if (text.isEmpty()) {
      if (hasColumn) {
        issues.report(codePrefix + "_REQUIRED", column, null);
      }
      return null;
    }
    String code = table.code(text);
    if (code == null) {
      issues.report(codePrefix + "_INVALID", column, text, text);
    }
    return code;
  }

  private Boolean yesNo(String text, int column, String requiredCode, String invalidCode) {
    if (text.isEmpty()) {
      if (requiredCode != null) {
        issues.report(requiredCode, column, null);
      }
      return null;
    }
    String v = REF.yesNo.code(text);
    if (v == null) {
      issues.report(invalidCode, column, text, text);
      return null;
    }
    return v.equals("true"); // the code table's codes are "true" and "false"
  }

  /** Month-only dates are normal for people admitted before 2014-06-01, worth a warning otherwise. */
  private boolean checkMonthOnly() {
    boolean any = dates.anyMonthOnly(DATES);
    LocalDate admitted = dates.date[PROBATION_ON];
    if (any && (admitted == null || !admitted.isBefore(StageRules.RULES_2014))) {
      for (int c : DATES) {
        if (dates.monthOnly[c]) {
          issues.report("DATE_MONTH_ONLY", c, dates.text[c], dates.text[c]);
        }
      }
    }
    return any;
  }
}

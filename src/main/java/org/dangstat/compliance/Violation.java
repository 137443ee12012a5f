package org.dangstat.compliance;

/**
 * One broken rule.
 *
 * @param person name and masked ID ({@code 王建国 330106********123X}); empty for a branch rule
 * @param rule a {@link RuleCode} name
 * @param severity {@link Rule#VIOLATION} or {@link Rule#WARNING}
 * @param detail a plain Chinese sentence with the dates, for a committee member to act on
 */
public record Violation(String orgCode, String person, String rule, String severity, String detail) {

  public Violation {
    // Blank rather than null, so the CSV and its sort order never meet a null.
    orgCode = orgCode == null ? "" : orgCode;
    person = person == null ? "" : person;
    detail = detail == null ? "" : detail;
  }

  public boolean isViolation() {
    return Rule.VIOLATION.equals(severity);
  }
}

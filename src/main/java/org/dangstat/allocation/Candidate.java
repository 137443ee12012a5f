package org.dangstat.allocation;

import java.time.LocalDate;

/**
 * A person who could be admitted (发展为预备党员) in year Y: a current 发展对象 ({@code candidateOn}
 * set), or an 积极分子 ({@code candidateOn} null) whose year of training (积极分子日期 + 1 year,
 * 细则 第十三条) ends on or before the cut-off, so the rest of the procedure still fits into Y.
 *
 * @param activistOn  积极分子日期; may be null only for a 发展对象 whose old record lacks it
 * @param candidateOn 发展对象日期; null while the person is still an 积极分子
 * @param occupation  the 工作岗位 code (student, worker …), for the sub-quotas; null when unknown
 */
public record Candidate(boolean female, boolean under35, boolean frontline, boolean twoNew,
    LocalDate activistOn, LocalDate candidateOn, String occupation) {

  public Candidate {
    if (activistOn == null && candidateOn == null) {
      throw new IllegalArgumentException("a candidate needs 积极分子日期 or 发展对象日期");
    }
  }

  /** A candidate whose occupation does not matter. */
  public Candidate(boolean female, boolean under35, boolean frontline, boolean twoNew, LocalDate activistOn,
      LocalDate candidateOn) {
    this(female, under35, frontline, twoNew, activistOn, candidateOn, null);
  }

  /** The default cut-off: 30 June of Y, leaving half a year for 政审, 公示, 支部大会 and 审批. */
  public static LocalDate defaultCutOff(int year) {
    return LocalDate.of(year, 6, 30);
  }

  /** Whether the person is already a 发展对象. */
  public boolean isCandidate() {
    return candidateOn != null;
  }

  /** A 发展对象, or an 积极分子 whose year of training ends on or before {@code cutOff}. */
  public boolean readyBy(LocalDate cutOff) {
    return isCandidate() || !activistOn.plusYears(1).isAfter(cutOff);
  }
}

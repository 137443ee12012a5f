package org.dangstat.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * One valid row of a branch snapshot, normalised to codes (see {@code reference/*.csv}).
 * {@code idNumber} is the full 18-digit number: it never leaves the loader, which stores only a
 * keyed hash and the masked form. Dates may be null where the template allows a blank.
 *
 * @param sex 'M' or 'F'
 * @param ethnicity GB/T 3304 two-digit code ("01" = 汉族)
 * @param education code of reference/education.csv
 * @param occupation code of reference/occupation.csv
 * @param leftReason code of reference/left-reasons.csv, or null
 * @param stage applicant | activist | candidate | probationary | full
 * @param monthOnly some date of the row was written with its month only
 * @param servicePoints 服务积分, null when blank (optional column)
 * @param trainingHours 培训学时 of the 发展对象's 集中培训, null when blank (optional column)
 */
public record PersonRow(
    int rowNo,
    String idNumber,
    String name,
    char sex,
    LocalDate birthDate,
    String ethnicity,
    String education,
    String occupation,
    boolean frontline,
    LocalDate appliedOn,
    LocalDate activistOn,
    LocalDate candidateOn,
    Boolean youthRecommended,
    List<String> sponsors,
    List<String> introducers,
    LocalDate probationOn,
    LocalDate fullOn,
    LocalDate transferredInOn,
    LocalDate leftOn,
    String leftReason,
    String remark,
    String stage,
    boolean monthOnly,
    Double servicePoints,
    Double trainingHours) {

  /** A row without 服务积分 and 培训学时. */
  public PersonRow(int rowNo, String idNumber, String name, char sex, LocalDate birthDate, String ethnicity,
      String education, String occupation, boolean frontline, LocalDate appliedOn, LocalDate activistOn,
      LocalDate candidateOn, Boolean youthRecommended, List<String> sponsors, List<String> introducers,
      LocalDate probationOn, LocalDate fullOn, LocalDate transferredInOn, LocalDate leftOn, String leftReason,
      String remark, String stage, boolean monthOnly) {
    this(rowNo, idNumber, name, sex, birthDate, ethnicity, education, occupation, frontline, appliedOn, activistOn,
        candidateOn, youthRecommended, sponsors, introducers, probationOn, fullOn, transferredInOn, leftOn, leftReason,
        remark, stage, monthOnly, null, null);
  }
}

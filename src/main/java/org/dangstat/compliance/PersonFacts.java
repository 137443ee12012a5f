package org.dangstat.compliance;

import java.time.LocalDate;
import org.dangstat.core.Stage;

/**
 * What the procedure rules need to know about one person in one snapshot. Dates may be null
 * where the template allows a blank (older members); a rule whose dates are missing is not judged.
 *
 * @param idMasked the masked 身份证号: reports never show the full number
 * @param stage applicant | activist | candidate | probationary | full
 * @param youthRecommended 推优: true = 是, false = 否, null = left blank
 * @param servicePoints 服务积分, null = left blank (optional column)
 * @param trainingHours 培训学时 of the 集中培训, null = left blank (optional column)
 */
public record PersonFacts(
    String orgCode,
    String name,
    String idMasked,
    LocalDate birthDate,
    String stage,
    LocalDate appliedOn,
    LocalDate activistOn,
    LocalDate candidateOn,
    Boolean youthRecommended,
    int sponsors,
    int introducers,
    LocalDate probationOn,
    LocalDate fullOn,
    LocalDate leftOn,
    Double servicePoints,
    Double trainingHours) {

  /** Without 服务积分 and 培训学时 (the optional columns left blank). */
  public PersonFacts(String orgCode, String name, String idMasked, LocalDate birthDate, String stage,
      LocalDate appliedOn, LocalDate activistOn, LocalDate candidateOn, Boolean youthRecommended, int sponsors,
      int introducers, LocalDate probationOn, LocalDate fullOn, LocalDate leftOn) {
    this(orgCode, name, idMasked, birthDate, stage, appliedOn, activistOn, candidateOn, youthRecommended, sponsors,
        introducers, probationOn, fullOn, leftOn, null, null);
  }

  /** The same person with 服务积分 and 培训学时. */
  public PersonFacts withPointsAndHours(Double points, Double hours) {
    return new PersonFacts(orgCode, name, idMasked, birthDate, stage, appliedOn, activistOn, candidateOn,
        youthRecommended, sponsors, introducers, probationOn, fullOn, leftOn, points, hours);
  }

  /** The {@code person} column of compliance.csv. */
  public String label() {
    return idMasked == null || idMasked.isBlank() ? name : name + " " + idMasked;
  }

  /** Activist, development candidate, or already admitted. */
  public boolean isActivistOrLater() {
    return Stage.ACTIVIST.is(stage) || Stage.CANDIDATE.is(stage) || isMember();
  }

  /** 预备党员 or 正式党员. */
  public boolean isMember() {
    return Stage.isMember(stage);
  }

  /** Left the branch on or before {@code d}, so not in it at d (as the indicators count). */
  public boolean leftBy(LocalDate d) {
    return leftOn != null && !leftOn.isAfter(d);
  }
}

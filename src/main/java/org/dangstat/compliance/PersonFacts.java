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
    LocalDate leftOn) {

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

package org.dangstat.excel;

import java.time.LocalDate;
import java.util.List;
import org.dangstat.intake.PersonRow;

/**
 * A person as the clerk sees them in the template: every code turned back into its label
 * (bachelor → 大学本科), names joined with 、, dates as dates. Keyed like branch-columns.csv.
 */
final class PrefillRow {

  private final PersonRow p;
  private final ReferenceLists ref;

  PrefillRow(PersonRow person, ReferenceLists ref) {
    this.p = person;
    this.ref = ref;
  }

  /** The value of a template column: a String, a LocalDate, a Double (服务积分, 培训学时), or null for a blank cell. */
  Object value(String key) {
    return switch (key) {
      case "id_number" -> p.idNumber();
      case "name" -> p.name();
      case "sex" -> ref.label("sex", String.valueOf(p.sex()));
      case "birth_date" -> p.birthDate();
      case "ethnicity" -> ref.label("ethnicity", p.ethnicity());
      case "education" -> ref.label("education", p.education());
      case "occupation" -> ref.label("occupation", p.occupation());
      case "frontline" -> yesNo(p.frontline());
      case "applied_on" -> p.appliedOn();
      case "activist_on" -> p.activistOn();
      case "candidate_on" -> p.candidateOn();
      case "youth_recommended" -> yesNo(p.youthRecommended());
      case "sponsors" -> names(p.sponsors());
      case "introducers" -> names(p.introducers());
      case "probation_on" -> p.probationOn();
      case "full_on" -> p.fullOn();
      case "transferred_in_on" -> p.transferredInOn();
      case "left_on" -> p.leftOn();
      case "left_reason" -> ref.label("left_reason", p.leftReason());
      case "service_points" -> p.servicePoints();
      case "training_hours" -> p.trainingHours();
      case "remark" -> p.remark();
      default -> throw new IllegalArgumentException("unknown template column " + key);
    };
  }

  private String yesNo(Boolean b) {
    return b == null ? null : ref.label("yes_no", b.toString());
  }

  private static String names(List<String> names) {
    return names == null || names.isEmpty() ? null : String.join("、", names);
  }
}

package org.dangstat.demo;

import java.time.LocalDate;
import org.dangstat.core.Stage;

/**
 * One person's whole known history in one branch. Mutable on purpose: the simulation moves people
 * along month by month; a snapshot works on a {@link #copy()} cut at the period end.
 */
final class Person {

  String idNumber;
  String name;
  char sex;
  LocalDate birthDate;
  String ethnicity;
  String education;
  String occupation;
  boolean frontline;
  LocalDate appliedOn;
  LocalDate activistOn;
  LocalDate candidateOn;
  Boolean youthRecommended;
  String sponsors;
  String introducers;
  LocalDate probationOn;
  LocalDate fullOn;
  LocalDate transferredInOn;
  LocalDate leftOn;
  String leftReason;
  String remark;
  /** Dates of an old member kept as {@code 1998.07}: all of them fall on the 1st of a month. */
  boolean monthOnly;
  /** Deliberate file mistake: written as a number cell in XLSX (Excel then keeps 15 digits). */
  boolean idAsNumber;
  /** A slip of the simulation: this probationary member is never converted (PROBATION_OVERDUE). */
  boolean conversionForgotten;

  Stage stage() {
    if (fullOn != null) {
      return Stage.FULL;
    }
    if (probationOn != null) {
      return Stage.PROBATIONARY;
    }
    if (candidateOn != null) {
      return Stage.CANDIDATE;
    }
    if (activistOn != null) {
      return Stage.ACTIVIST;
    }
    return Stage.APPLICANT;
  }

  boolean isMember() {
    return probationOn != null;
  }

  boolean isActive() {
    return leftOn == null;
  }

  /** The latest date of the person's way into the party (before any leaving). */
  LocalDate lastStageDate() {
    LocalDate last = null;
    for (LocalDate d : new LocalDate[] {appliedOn, activistOn, candidateOn, probationOn, fullOn, transferredInOn}) {
      if (d != null && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return last;
  }

  /** When the branch first knew the person: joined by applying, being admitted, or transfer. */
  LocalDate knownSince() {
    if (transferredInOn != null) {
      return transferredInOn;
    }
    return appliedOn != null ? appliedOn : probationOn;
  }

  int ageOn(LocalDate day) {
    return java.time.Period.between(birthDate, day).getYears();
  }

  Person copy() {
    var p = new Person();
    p.idNumber = idNumber;
    p.name = name;
    p.sex = sex;
    p.birthDate = birthDate;
    p.ethnicity = ethnicity;
    p.education = education;
    p.occupation = occupation;
    p.frontline = frontline;
    p.appliedOn = appliedOn;
    p.activistOn = activistOn;
    p.candidateOn = candidateOn;
    p.youthRecommended = youthRecommended;
    p.sponsors = sponsors;
    p.introducers = introducers;
    p.probationOn = probationOn;
    p.fullOn = fullOn;
    p.transferredInOn = transferredInOn;
    p.leftOn = leftOn;
    p.leftReason = leftReason;
    p.remark = remark;
    p.monthOnly = monthOnly;
    p.idAsNumber = idAsNumber;
    p.conversionForgotten = conversionForgotten;
    return p;
  }
}

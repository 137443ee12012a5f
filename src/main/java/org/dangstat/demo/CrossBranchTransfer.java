package org.dangstat.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A member moving between two branches of the township in Q3. The new branch records 转入日期;
 * the old branch records 离开 (转出) in Q4 but forgot it in its Q3 file, so at the end of Q3 the
 * person is active in both: a cross-branch conflict, while both files stay valid.
 */
final class CrossBranchTransfer {

  private CrossBranchTransfer() {}

  /** Marks a settled full member of the old branch as gone; returns that person. */
  static Person leave(List<Person> history, LocalDate day, OrgUnit to) {
    for (Person p : history) {
      if (p.isActive() && p.fullOn != null && p.fullOn.isBefore(day.minusYears(2)) && p.transferredInOn == null
          && !p.monthOnly && p.ageOn(day) < 60) {
        p.leftOn = day;
        p.leftReason = "转出";
        p.remark = "转至" + to.name();
        return p;
      }
    }
    throw new IllegalStateException("no member to transfer in the old branch");
  }

  /** The same person as the new branch knows them. */
  static Person arrive(Person left, LocalDate day, OrgUnit from) {
    Person p = left.copy();
    p.leftOn = null;
    p.leftReason = null;
    p.transferredInOn = day;
    p.remark = "由" + from.name() + "转入";
    return p;
  }

  /** The old branch's Q3 file, as its clerk made it: the person is still listed as present. */
  static void forget(List<Person> rows, Person transferred) {
    for (Person p : rows) {
      if (p.idNumber.equals(transferred.idNumber)) {
        p.leftOn = null;
        p.leftReason = null;
        p.remark = null;
      }
    }
  }
}

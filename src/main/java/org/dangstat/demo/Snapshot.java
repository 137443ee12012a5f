package org.dangstat.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.core.Period;

/**
 * A branch's snapshot for one period cut from the simulated histories: everyone known by the
 * period end D who is still there or left since 1 January, with every date after D blanked (what
 * the clerk could not yet know). The copies may be spoiled on purpose without touching the history.
 */
final class Snapshot {

  private Snapshot() {}

  static List<Person> cut(List<Person> history, Period period) {
    LocalDate end = period.end();
    LocalDate yearStart = period.yearStart();
    var rows = new ArrayList<Person>();
    for (Person p : history) {
      if (p.knownSince().isAfter(end) || (p.leftOn != null && p.leftOn.isBefore(yearStart))) {
        continue;
      }
      rows.add(asKnownOn(p, end));
    }
    return rows;
  }

  static Person asKnownOn(Person original, LocalDate end) {
    Person p = original.copy();
    if (after(p.leftOn, end)) {
      p.leftOn = null;
      p.leftReason = null;
      p.remark = null;
    }
    if (after(p.fullOn, end)) {
      p.fullOn = null;
    }
    if (after(p.probationOn, end)) {
      p.probationOn = null;
      p.introducers = null;
    }
    if (after(p.candidateOn, end)) {
      p.candidateOn = null;
    }
    if (after(p.activistOn, end)) {
      p.activistOn = null;
      p.sponsors = null;
      p.youthRecommended = null;
    }
    return p;
  }

  /** Members (预备 or 正式) still in the branch on the period end. */
  static int members(List<Person> rows) {
    int n = 0;
    for (Person p : rows) {
      n += p.isMember() && p.leftOn == null ? 1 : 0;
    }
    return n;
  }

  private static boolean after(LocalDate d, LocalDate end) {
    return d != null && d.isAfter(end);
  }
}

package org.dangstat.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dangstat.core.Period;
import org.dangstat.intake.IdNumbers;

/**
 * One example of each cross-period finding (period-checks.md §1), each made the way a clerk makes
 * it, in the report year's Q3/Q4 files of a branch whose files are otherwise untouched (never the
 * branches that carry the rejected files or the cross-branch transfer): a member dropped from
 * the Q4 register, a member left out of Q3 and put back in Q4 without a word, a probationary
 * member whose 入党日期 was not typed in Q4, a 入党日期 that changed, and a leaver whose leaving
 * record was deleted. At most one per branch, in the order the branches are written, so the same
 * seed plants the same ones. Files stay valid: these are warnings, never errors.
 */
final class Inconsistencies {

  enum Kind { VANISHED, APPEARED, REGRESSED, CHANGED, REAPPEARED }

  private final Set<Kind> pending = EnumSet.allOf(Kind.class);
  private final Set<String> plantedIn = new HashSet<>();
  private final int year;
  /** The branch whose Q3 lost a member that its Q4 has again: it takes nothing else. */
  private String appearedIn;

  Inconsistencies(int year) {
    this.year = year;
  }

  /** Plants what this branch can take in the rows of {@code period}; {@code excluded}: a spoiled or transfer branch. */
  void plant(String branch, Period period, List<Person> rows, boolean excluded, Person transferred,
      Consumer<DemoManifest.Inconsistency> out) {
    if (excluded || period.year() != year || period.quarter() < 3) {
      return;
    }
    LocalDate q3End = new Period(year, 3).end();
    if (period.quarter() == 3) {
      if (pending.contains(Kind.APPEARED) && !planted(branch)) {
        Person p = find(rows, x -> x.isMember() && x.fullOn != null && x.leftOn == null && x.transferredInOn == null
            && x != transferred && !same(x, transferred));
        if (p != null) {
          rows.remove(p);
          appearedIn = branch;
          pending.remove(Kind.APPEARED);
          out.accept(new DemoManifest.Inconsistency(branch, "PERSON_APPEARED", IdNumbers.mask(p.idNumber), year + "Q4",
              "三季度名册漏报了党员" + p.name + "，四季度补报时既没有转入日期也没有说明"));
        }
      }
      return;
    }
    if (branch.equals(appearedIn)) {
      return;
    }
    for (Kind kind : List.copyOf(pending)) {
      Person p = switch (kind) {
        case VANISHED -> find(rows, x -> x.isMember() && x.fullOn != null && x.leftOn == null
            && x.transferredInOn == null && !same(x, transferred));
        case REGRESSED -> find(rows, x -> x.probationOn != null && !x.probationOn.isAfter(q3End) && x.fullOn == null
            && x.leftOn == null && x.candidateOn != null && !same(x, transferred));
        case CHANGED -> find(rows, x -> x.fullOn != null && x.leftOn == null && x.candidateOn == null
            && x.activistOn == null && x.probationOn != null && !same(x, transferred));
        case REAPPEARED -> find(rows, x -> x.leftOn != null && x.leftOn.isAfter(new Period(year, 2).end())
            && !x.leftOn.isAfter(q3End) && !same(x, transferred));
        default -> null;
      };
      if (p == null) {
        continue;
      }
      String masked = IdNumbers.mask(p.idNumber);
      String q = year + "Q4";
      switch (kind) {
        case VANISHED -> {
          rows.remove(p);
          out.accept(new DemoManifest.Inconsistency(branch, "PERSON_VANISHED", masked, q,
              "整理四季度名册时误删了长期在外务工的党员" + p.name + "：没有离开日期，也没有哪个支部报转入"));
        }
        case REGRESSED -> {
          out.accept(new DemoManifest.Inconsistency(branch, "STAGE_REGRESSED", masked, q,
              "四季度名册漏填了预备党员" + p.name + "的入党日期（" + p.probationOn + "），名册上成了发展对象"));
          p.probationOn = null;
        }
        case CHANGED -> {
          LocalDate before = p.probationOn;
          p.probationOn = before.minusMonths(1);
          out.accept(new DemoManifest.Inconsistency(branch, "FACT_CHANGED", masked, q,
              "四季度名册中党员" + p.name + "的入党日期由" + before + "改成了" + p.probationOn + "，档案里是哪一个需支部说明"));
        }
        case REAPPEARED -> {
          out.accept(new DemoManifest.Inconsistency(branch, "LEFT_REAPPEARED", masked, q,
              p.name + "已于" + p.leftOn + "（" + p.leftReason + "）离开，四季度名册却删掉了离开日期和原因，又成了在册人员"));
          p.leftOn = null;
          p.leftReason = null;
          p.remark = null;
        }
        default -> { }
      }
      pending.remove(kind);
      plantedIn.add(branch);
      return; // one a branch
    }
  }

  private boolean planted(String branch) {
    return plantedIn.contains(branch);
  }

  private static boolean same(Person a, Person b) {
    return b != null && a.idNumber.equals(b.idNumber);
  }

  private static Person find(List<Person> rows, java.util.function.Predicate<Person> test) {
    for (Person p : rows) {
      if (!p.monthOnly && test.test(p)) {
        return p;
      }
    }
    return null;
  }
}

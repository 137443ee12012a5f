package org.dangstat.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.dangstat.core.Stage;

/**
 * One month of one person: leaving, or moving one stage along when the rules (and the branch's
 * quota) allow. The three procedure slips are made here, once each, in the report year.
 */
final class LifeSteps {

  private final PersonFactory factory;
  private final Colleagues colleagues;
  private final SplittableRandom random;
  private final Set<Slip> pendingSlips;
  private final int year;
  private final Consumer<BranchSimulation.SlipEvent> slipsMade;

  LifeSteps(PersonFactory factory, Colleagues colleagues, SplittableRandom random, Set<Slip> pendingSlips,
      int year, Consumer<BranchSimulation.SlipEvent> slipsMade) {
    this.factory = factory;
    this.colleagues = colleagues;
    this.random = random;
    this.pendingSlips = pendingSlips;
    this.year = year;
    this.slipsMade = slipsMade;
  }

  /** Deaths rise with age; the young move away more often; non-members drop out or are disqualified. */
  boolean maybeLeave(Person p, LocalDate monthStart, LocalDate monthEnd) {
    double u = random.nextDouble();
    String reason = null;
    if (p.isMember()) {
      int age = p.ageOn(monthStart);
      double death = age >= 85 ? 0.008 : age >= 80 ? 0.005 : age >= 70 ? 0.002 : age >= 60 ? 0.0007 : 0.0001;
      double out = age < 40 ? 0.0016 : 0.0007;
      reason = u < death ? "死亡" : u < death + out ? "转出" : u < death + out + 0.0001 ? "其他" : null;
    } else if (p.stage() == Stage.APPLICANT) {
      reason = u < 0.003 ? "其他" : null;
    } else if (u < 0.004) {
      reason = "取消资格";
    }
    if (reason == null) {
      return false;
    }
    leave(p, reason, monthStart, monthEnd);
    return true;
  }

  /** Returns true when the person was admitted (counts against the quota). */
  boolean advance(Person p, LocalDate monthStart, LocalDate monthEnd, StageCounts counts, int quotaLeft, int members) {
    boolean reportYear = monthStart.getYear() == year;
    switch (p.stage()) {
      case APPLICANT -> {
        if (!p.appliedOn.plusMonths(3).isAfter(monthEnd) && counts.activists < Math.max(2, members * 0.07)
            && random.nextDouble() < 0.12) {
          factory.becomeActivist(p, dayAfter(p.appliedOn, monthStart, monthEnd), random, colleagues);
          counts.activists++;
        }
      }
      case ACTIVIST -> {
        LocalDate tenMonths = p.activistOn.plusMonths(10);
        LocalDate oneYear = p.activistOn.plusMonths(12);
        if (reportYear && pendingSlips.contains(Slip.EARLY_CANDIDATE)
            && !tenMonths.isAfter(monthEnd) && oneYear.isAfter(monthEnd.plusDays(15))) {
          p.candidateOn = dayAfter(tenMonths, monthStart, monthEnd);
          made(Slip.EARLY_CANDIDATE, p);
          counts.candidates++;
        } else if (!oneYear.isAfter(monthEnd) && counts.candidates < members * 0.03 + 1 && random.nextDouble() < 0.15) {
          p.candidateOn = dayAfter(oneYear.minusDays(1), monthStart, monthEnd);
          counts.candidates++;
        }
      }
      case CANDIDATE -> {
        if (quotaLeft > 0 && !p.candidateOn.plusMonths(2).isAfter(monthEnd) && random.nextDouble() < 0.3) {
          boolean slip = reportYear && pendingSlips.contains(Slip.ONE_INTRODUCER);
          factory.admit(p, dayAfter(p.candidateOn, monthStart, monthEnd), slip ? 1 : 2, random, colleagues);
          if (slip) {
            made(Slip.ONE_INTRODUCER, p);
          }
          return true;
        }
      }
      case PROBATIONARY -> {
        LocalDate due = p.probationOn.plusYears(1);
        if (p.conversionForgotten || due.isAfter(monthEnd)) {
          return false;
        }
        // overdue by the year end (due + 3 months before 31 December), whether noticed or not
        if (due.isAfter(LocalDate.of(year - 1, 6, 30)) && due.isBefore(LocalDate.of(year, 9, 1))
            && pendingSlips.contains(Slip.PROBATION_OVERDUE)) {
          p.conversionForgotten = true;
          made(Slip.PROBATION_OVERDUE, p);
        } else {
          p.fullOn = due.plusDays(random.nextInt(21));
        }
      }
      default -> { }
    }
    return false;
  }

  /** 开除党籍, 除名, 退党, 停止党籍: one full member of working age, once in the township. */
  void leaveRarely(List<Person> people, String reason, LocalDate monthStart, LocalDate monthEnd) {
    int start = random.nextInt(Math.max(1, people.size()));
    for (int k = 0; k < people.size(); k++) {
      Person p = people.get((start + k) % people.size());
      if (p.isActive() && p.fullOn != null && p.fullOn.isBefore(monthStart) && p.ageOn(monthStart) < 70) {
        leave(p, reason, monthStart, monthEnd);
        return;
      }
    }
  }

  private void leave(Person p, String reason, LocalDate monthStart, LocalDate monthEnd) {
    p.leftOn = dayAfter(p.lastStageDate(), monthStart, monthEnd);
    p.leftReason = reason;
    if (reason.equals("转出") && random.nextInt(3) == 0) {
      p.remark = random.nextBoolean() ? "组织关系转往外省" : "随工作调动转出";
    }
  }

  private void made(Slip slip, Person p) {
    pendingSlips.remove(slip);
    slipsMade.accept(new BranchSimulation.SlipEvent(slip, p));
  }

  /** A day of the month strictly after {@code notBefore} (spilling past the month if it must). */
  private LocalDate dayAfter(LocalDate notBefore, LocalDate monthStart, LocalDate monthEnd) {
    LocalDate day = Days.between(random, monthStart, monthEnd);
    return day.isAfter(notBefore) ? day : notBefore.plusDays(1 + random.nextInt(5));
  }
}

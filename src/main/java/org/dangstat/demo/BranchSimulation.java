package org.dangstat.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.dangstat.core.Stage;

/**
 * Lives through two calendar years of one branch, month by month, from the people it had on
 * 1 January of year−1: applications, 积极分子 → 发展对象 after a year, admissions up to the yearly
 * quota, 转正 after the probation year, deaths, transfers in and out. The result is every person the
 * branch knew in those two years, so any quarter's snapshot is a cut of the same histories.
 */
final class BranchSimulation {

  /** A rare way of leaving (开除党籍, 除名 …) the township places once in some branch. */
  record RareLeave(String reason, int monthOfYear) {}

  private final OrgUnit branch;
  private final int year;
  private final PersonFactory factory;
  private final SplittableRandom random;
  private final Set<Slip> pendingSlips;
  private final List<Person> people = new ArrayList<>();
  private final List<String> fullMemberNames = new ArrayList<>();
  private final Colleagues colleagues;

  BranchSimulation(OrgUnit branch, int year, PersonFactory factory, PersonalNames names, SplittableRandom random, Set<Slip> slips) {
    this.branch = branch;
    this.year = year;
    this.factory = factory;
    this.random = random;
    this.pendingSlips = slips.isEmpty() ? EnumSet.noneOf(Slip.class) : EnumSet.copyOf(slips);
    // until the branch has a few full members, introducers are people who have since left it
    this.colleagues = r -> fullMemberNames.size() < 4 ? names.strangers(1, r).get(0)
        : fullMemberNames.get(r.nextInt(fullMemberNames.size()));
  }

  /** Everyone the branch knew from 1 January of year−1 to 31 December of year, in order of arrival. */
  List<Person> run(List<RareLeave> rareLeaves, Consumer<SlipEvent> slipsMade) {
    var steps = new LifeSteps(factory, colleagues, random, pendingSlips, year, slipsMade);
    populate(LocalDate.of(year - 1, 1, 1).minusDays(1));
    int quota = 0;
    int admitted = 0;
    for (int m = 0; m < 24; m++) {
      LocalDate monthStart = LocalDate.of(year - 1, 1, 1).plusMonths(m);
      LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
      refreshColleagues();
      int members = countMembers();
      if (monthStart.getMonthValue() == 1) {
        quota = randomRound(members * 0.03);
        admitted = 0;
      }
      var counts = new StageCounts(people);
      for (int i = 0, n = people.size(); i < n; i++) {
        Person p = people.get(i);
        if (p.isActive() && !steps.maybeLeave(p, monthStart, monthEnd)) {
          admitted += steps.advance(p, monthStart, monthEnd, counts, quota - admitted, members) ? 1 : 0;
        }
      }
      arrivals(monthStart, monthEnd, members);
      for (RareLeave rare : rareLeaves) {
        if (monthStart.getYear() == year && monthStart.getMonthValue() == rare.monthOfYear()) {
          steps.leaveRarely(people, rare.reason(), monthStart, monthEnd);
        }
      }
    }
    return people;
  }

  record SlipEvent(Slip slip, Person person) {}

  private void populate(LocalDate asOf) {
    int members = (int) Math.round(branch.size() * 0.86);
    var profile = branch.profile();
    for (int i = 0; i < members; i++) {
      var stage = random.nextInt(1000) < 975 ? Stage.FULL : Stage.PROBATIONARY;
      Person p = factory.settled(stage, asOf, profile, random, colleagues);
      people.add(p);
      if (stage == Stage.FULL) {
        fullMemberNames.add(p.name);
      }
    }
    addSettled(Stage.CANDIDATE, Math.max(1, (int) Math.round(branch.size() * 0.025)), asOf);
    addSettled(Stage.ACTIVIST, Math.max(1, (int) Math.round(branch.size() * 0.05)), asOf);
    addSettled(Stage.APPLICANT, (int) Math.round(branch.size() * 0.035), asOf);
  }

  private void addSettled(Stage stage, int count, LocalDate asOf) {
    for (int i = 0; i < count; i++) {
      people.add(factory.settled(stage, asOf, branch.profile(), random, colleagues));
    }
  }

  /** New applications (about 4.5% of members a year) and members moving in (about 1.1%). */
  private void arrivals(LocalDate monthStart, LocalDate monthEnd, int members) {
    for (int i = randomRound(members * 0.045 / 12); i > 0; i--) {
      people.add(factory.applicant(Days.between(random, monthStart, monthEnd), branch.profile(), random));
    }
    for (int i = randomRound(members * 0.011 / 12); i > 0; i--) {
      Person p = factory.settled(Stage.FULL, monthStart.minusDays(1), branch.profile(), random, colleagues);
      p.transferredInOn = Days.between(random, monthStart, monthEnd);
      people.add(p);
    }
  }

  private void refreshColleagues() {
    fullMemberNames.clear();
    for (Person p : people) {
      if (p.isActive() && p.fullOn != null) {
        fullMemberNames.add(p.name);
      }
    }
  }

  private int countMembers() {
    int n = 0;
    for (Person p : people) {
      n += p.isActive() && p.isMember() ? 1 : 0;
    }
    return n;
  }

  /** 2.4 → 2 or 3, 3 with probability 0.4: keeps small branches from all rounding to zero. */
  private int randomRound(double x) {
    int whole = (int) Math.floor(x);
    return whole + (random.nextDouble() < x - whole ? 1 : 0);
  }
}

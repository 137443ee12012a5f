package org.dangstat.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.dangstat.core.Stage;

/**
 * Makes people with a believable past (for the first snapshot and for transfers in) and moves
 * them one stage along. All date rules of the template hold by construction: 申请 ≤ 积极分子 ≤
 * 发展对象 ≤ 入党 ≤ 转正, applicants at least 18, full history for admissions from 2014-06-01.
 */
final class PersonFactory {

  private final PersonalNames names;
  private final IdAllocator ids;

  PersonFactory(PersonalNames names, IdAllocator ids) {
    this.names = names;
    this.ids = ids;
  }

  /** Someone already at {@code stage} on {@code asOf}, with dates leading there. */
  Person settled(Stage stage, LocalDate asOf, CategoryProfile profile, SplittableRandom r, Colleagues c) {
    boolean member = stage == Stage.FULL || stage == Stage.PROBATIONARY;
    int age = member ? profile.memberAge(r) : profile.newcomerAge(r);
    LocalDate birth = asOf.minusYears(age).minusDays(r.nextInt(365));
    var p = new Person();
    switch (stage) {
      case FULL -> {
        int admittedAt = 20 + r.nextInt(Math.max(1, Math.min(age, 50) - 20));
        LocalDate latest = asOf.minusMonths(13);
        LocalDate admitted = Days.min(birth.plusYears(admittedAt).plusDays(r.nextInt(365)), latest);
        admit(p, admitted, 2, r, c);
        if (admitted.isBefore(Days.RULES_2014)) {
          oldMemberHistory(p, profile, r, c);
        } else {
          historyBeforeAdmission(p, r, c);
        }
        if (p.fullOn == null) {
          p.fullOn = Days.min(admitted.plusYears(1).plusDays(r.nextInt(40)), asOf);
        }
      }
      case PROBATIONARY -> {
        admit(p, Days.monthsBefore(r, asOf, 0, 330), 2, r, c);
        historyBeforeAdmission(p, r, c);
      }
      case CANDIDATE -> {
        p.candidateOn = Days.monthsBefore(r, asOf, 0, 240);
        historyBeforeCandidate(p, r, c);
      }
      case ACTIVIST -> {
        LocalDate activist = Days.monthsBefore(r, asOf, 0, 420);
        p.appliedOn = Days.monthsBefore(r, activist, Days.months(r, 1, 10), 20);
        becomeActivist(p, activist, r, c);
      }
      case APPLICANT -> p.appliedOn = Days.monthsBefore(r, asOf, 0, 300);
    }
    LocalDate earliest = p.appliedOn != null ? p.appliedOn : p.probationOn;
    if (birth.plusYears(18).isAfter(earliest)) {
      birth = earliest.minusYears(18).minusDays(1 + r.nextInt(700));
    }
    describe(p, birth, profile, asOf, r);
    if (p.activistOn != null) {
      p.youthRecommended = youthRecommendation(p, r);
    }
    return p;
  }

  /** A newcomer handing in an application on {@code day}. */
  Person applicant(LocalDate day, CategoryProfile profile, SplittableRandom r) {
    var p = new Person();
    p.appliedOn = day;
    LocalDate birth = day.minusYears(profile.newcomerAge(r)).minusDays(r.nextInt(365));
    describe(p, birth, profile, day, r);
    return p;
  }

  void becomeActivist(Person p, LocalDate day, SplittableRandom r, Colleagues c) {
    p.activistOn = day;
    p.sponsors = c.names(r.nextInt(10) == 0 ? 1 : 2, r);
    if (p.birthDate != null) {
      p.youthRecommended = youthRecommendation(p, r);
    }
  }

  /** 接收为预备党员; {@code introducers} is 2 by the rules, 1 for a deliberate slip. */
  void admit(Person p, LocalDate day, int introducers, SplittableRandom r, Colleagues c) {
    p.probationOn = day;
    p.introducers = c.names(introducers, r);
  }

  /** 推优 by the Youth League: most young activists have it, older ones are not concerned. */
  private static Boolean youthRecommendation(Person p, SplittableRandom r) {
    return p.ageOn(p.activistOn) <= 28 && r.nextInt(100) < 88 ? Boolean.TRUE : null;
  }

  private void historyBeforeAdmission(Person p, SplittableRandom r, Colleagues c) {
    p.candidateOn = Days.monthsBefore(r, p.probationOn, Days.months(r, 2, 10), 25);
    historyBeforeCandidate(p, r, c);
  }

  private void historyBeforeCandidate(Person p, SplittableRandom r, Colleagues c) {
    LocalDate activist = Days.monthsBefore(r, p.candidateOn, Days.months(r, 12, 20), 25);
    p.appliedOn = Days.monthsBefore(r, activist, Days.months(r, 1, 8), 25);
    becomeActivist(p, activist, r, c);
  }

  /** Before the 2014 细则 records were thin: month-only dates or no early dates at all. */
  private void oldMemberHistory(Person p, CategoryProfile profile, SplittableRandom r, Colleagues c) {
    if (r.nextDouble() < profile.monthOnlyShare()) {
      p.monthOnly = true;
      p.probationOn = p.probationOn.withDayOfMonth(1);
      p.fullOn = p.probationOn.plusMonths(12 + r.nextInt(2));
      p.introducers = r.nextBoolean() ? null : p.introducers;
    } else if (r.nextInt(10) < 4) {
      historyBeforeAdmission(p, r, c);
    } else {
      p.introducers = r.nextInt(3) == 0 ? null : p.introducers;
    }
  }

  /** Identity and social profile; the ID number may move the birth date slightly earlier. */
  private void describe(Person p, LocalDate birth, CategoryProfile profile, LocalDate asOf, SplittableRandom r) {
    p.sex = r.nextDouble() < profile.femaleShare() ? 'F' : 'M';
    p.idNumber = ids.next(p.sex, birth);
    p.birthDate = LocalDate.of(Integer.parseInt(p.idNumber.substring(6, 10)),
        Integer.parseInt(p.idNumber.substring(10, 12)), Integer.parseInt(p.idNumber.substring(12, 14)));
    p.name = names.person(p.sex, r);
    p.ethnicity = names.ethnicity(profile.minorityShare(), r);
    p.education = profile.education().pick(r);
    int age = p.ageOn(asOf);
    boolean retired = age >= 62 && !profile.category().equals("农村") && r.nextInt(10) < 8;
    p.occupation = retired ? "离退休人员" : profile.occupation().pick(r);
    if (!retired && p.occupation.equals("离退休人员")) {
      p.occupation = age >= 55 ? "离退休人员" : "其他职业人员";
    }
    if (p.occupation.equals("学生") && age > 24) {
      p.occupation = "其他职业人员";
    }
    p.frontline = !p.occupation.equals("离退休人员") && r.nextDouble() < profile.frontlineShare();
  }
}

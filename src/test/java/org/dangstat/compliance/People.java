package org.dangstat.compliance;

import java.time.LocalDate;

/** A compliant person to start from; each test changes only what it is about. */
final class People {

  static final LocalDate D = LocalDate.of(2024, 12, 31);

  private People() {}

  static LocalDate d(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  /** A full member admitted in 2020 by the book: born 1995, every step on time. */
  static PersonFacts full() {
    return new PersonFacts("CQ-007", "王建国", "330106********123X", d("1995-03-10"), "full",
        d("2018-01-05"), d("2018-06-01"), d("2019-07-01"), true, 2, 2, d("2020-07-01"),
        d("2021-07-01"), null);
  }

  static PersonFacts with(PersonFacts p, String stage, LocalDate applied, LocalDate activist,
      LocalDate candidate, LocalDate probation, LocalDate full) {
    return new PersonFacts(p.orgCode(), p.name(), p.idMasked(), p.birthDate(), stage, applied,
        activist, candidate, p.youthRecommended(), p.sponsors(), p.introducers(), probation, full,
        p.leftOn());
  }

  static PersonFacts born(PersonFacts p, LocalDate birth) {
    return new PersonFacts(p.orgCode(), p.name(), p.idMasked(), birth, p.stage(), p.appliedOn(),
        p.activistOn(), p.candidateOn(), p.youthRecommended(), p.sponsors(), p.introducers(),
        p.probationOn(), p.fullOn(), p.leftOn());
  }

  static PersonFacts counts(PersonFacts p, Boolean youth, int sponsors, int introducers) {
    return new PersonFacts(p.orgCode(), p.name(), p.idMasked(), p.birthDate(), p.stage(),
        p.appliedOn(), p.activistOn(), p.candidateOn(), youth, sponsors, introducers,
        p.probationOn(), p.fullOn(), p.leftOn());
  }

  static PersonFacts left(PersonFacts p, LocalDate leftOn) {
    return new PersonFacts(p.orgCode(), p.name(), p.idMasked(), p.birthDate(), p.stage(),
        p.appliedOn(), p.activistOn(), p.candidateOn(), p.youthRecommended(), p.sponsors(),
        p.introducers(), p.probationOn(), p.fullOn(), leftOn);
  }

  /** A probationary member admitted on {@code probation}, not yet converted. */
  static PersonFacts probationary(String probation) {
    PersonFacts p = full();
    return with(p, "probationary", d("2017-01-05"), d("2017-06-01"), d("2018-07-01"),
        d(probation), null);
  }
}

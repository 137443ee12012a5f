package org.dangstat.demo;

import java.util.List;

/** How many active people are at each early stage: the branch keeps its pipeline in proportion. */
final class StageCounts {

  int applicants;
  int activists;
  int candidates;

  StageCounts(List<Person> people) {
    for (Person p : people) {
      if (!p.isActive()) {
        continue;
      }
      switch (p.stage()) {
        case APPLICANT -> applicants++;
        case ACTIVIST -> activists++;
        case CANDIDATE -> candidates++;
        default -> { }
      }
    }
  }
}

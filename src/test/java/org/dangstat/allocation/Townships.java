package org.dangstat.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Random;
import java.util.SplittableRandom;

/** Random townships and hand-made people for the allocation tests. */
final class Townships {

  static final LocalDate CANDIDATE_ON = LocalDate.of(2025, 3, 1);
  static final LocalDate ACTIVIST_ON = LocalDate.of(2024, 5, 1);

  private Townships() {}

  static Candidate person(boolean female, boolean under35, boolean frontline, boolean twoNew) {
    return new Candidate(female, under35, frontline, twoNew, ACTIVIST_ON, CANDIDATE_ON);
  }

  static Candidate plain() {
    return person(false, false, false, false);
  }

  /** A branch of {@code ready} 发展对象 and the given 积极分子 count (none of them ready). */
  static BranchPipeline branch(String code, int fullMembers, int activists, List<Candidate> ready) {
    return new BranchPipeline(code, code + "支部", fullMembers, activists,
        (int) ready.stream().filter(Candidate::isCandidate).count(), ready);
  }

  static List<Candidate> plain(int n) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(plain());
    }
    return out;
  }

  /** A random person ready in time: a 发展对象 or an 积极分子 of 0–700 days' training. */
  static Candidate candidate(SplittableRandom r) {
    int days = r.nextInt(701);
    boolean isCandidate = r.nextBoolean();
    return new Candidate(r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(),
        ACTIVIST_ON.minusDays(days), isCandidate ? CANDIDATE_ON.minusDays(days / 3) : null);
  }

  /** A random branch: 0–25 正式党员, up to 9 people ready, 0–6 more activists. */
  static BranchPipeline branch(SplittableRandom r, int number) {
    int full = r.nextInt(26);
    int extraActivists = r.nextInt(7);
    List<Candidate> ready = new ArrayList<>();
    for (int i = r.nextInt(10); i > 0; i--) {
      ready.add(candidate(r));
    }
    int readyActivists = (int) ready.stream().filter(c -> !c.isCandidate()).count();
    return new BranchPipeline(String.format("CQ-%03d", number), "第" + number + "支部", full,
        readyActivists + extraActivists, ready.size() - readyActivists, ready);
  }

  /** 0–15 branches with distinct codes (1–999), in no particular order. */
  static List<BranchPipeline> township(SplittableRandom r) {
    List<Integer> numbers = new ArrayList<>();
    for (int n = 1; n <= 999; n++) {
      numbers.add(n);
    }
    Collections.shuffle(numbers, new Random(r.nextLong()));
    List<BranchPipeline> town = new ArrayList<>();
    for (int i = r.nextInt(16); i > 0; i--) {
      town.add(branch(r, numbers.get(i)));
    }
    return town;
  }
}

package org.dangstat.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

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

  static Arbitrary<Candidate> candidates() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(b, b, b, b, b, Arbitraries.integers().between(0, 700))
        .as((f, u, fl, t, isCandidate, days) -> new Candidate(f, u, fl, t,
            ACTIVIST_ON.minusDays(days), isCandidate ? CANDIDATE_ON.minusDays(days / 3) : null));
  }

  static Arbitrary<BranchPipeline> branches() {
    return Combinators.combine(Arbitraries.integers().between(1, 999),
            Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 6),
            candidates().list().ofMaxSize(9))
        .as((n, full, extraActivists, ready) -> {
          int readyActivists = (int) ready.stream().filter(c -> !c.isCandidate()).count();
          return new BranchPipeline(String.format("CQ-%03d", n), "第" + n + "支部", full,
              readyActivists + extraActivists, ready.size() - readyActivists, ready);
        });
  }

  /** 0–15 branches with distinct codes. */
  static Arbitrary<List<BranchPipeline>> townships() {
    return branches().list().ofMaxSize(15).uniqueElements(BranchPipeline::code);
  }
}

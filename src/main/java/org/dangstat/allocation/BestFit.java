package org.dangstat.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dangstat.plan.Target;

/**
 * The order in which a branch would admit its ready people: the one who helps the structure
 * targets most first ({@link Trait#score}); then 发展对象 before 积极分子 (further along); then the
 * longest in training (earlier 发展对象日期, then 积极分子日期). The trait pattern is the last key so
 * the order is total: two people equal on every key are the same record and interchangeable,
 * which keeps the expected structure independent of the input order.
 */
final class BestFit {

  private BestFit() {}

  static Comparator<Candidate> order(Map<String, Target> targets) {
    Comparator<LocalDate> earlierFirst = Comparator.nullsLast(Comparator.naturalOrder());
    return Comparator.<Candidate>comparingInt(c -> -Trait.score(c, targets))
        .thenComparing(c -> !c.isCandidate())
        .thenComparing(Candidate::candidateOn, earlierFirst)
        .thenComparing(Candidate::activistOn, earlierFirst)
        .thenComparingInt(c -> -pattern(c));
  }

  /** The {@code n} people a branch would admit first. */
  static List<Candidate> best(List<Candidate> ready, int n, Map<String, Target> targets) {
    return ready.stream().sorted(order(targets)).limit(n).toList();
  }

  /**
   * The score of the person one more seat would admit in a branch that already has {@code n}
   * seats: what an extra seat is worth for the structure. −1 when nobody is left.
   */
  static int nextScore(List<Candidate> ready, int n, Map<String, Target> targets) {
    return ready.stream().sorted(order(targets)).skip(n).findFirst()
        .map(c -> Trait.score(c, targets)).orElse(-1);
  }

  private static int pattern(Candidate c) {
    int bits = 0;
    for (Trait t : Trait.values()) {
      bits = bits * 2 + (t.of(c) ? 1 : 0);
    }
    return bits;
  }
}

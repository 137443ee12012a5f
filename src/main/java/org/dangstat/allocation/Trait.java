package org.dangstat.allocation;

import java.util.Map;
import java.util.function.Predicate;
import org.dangstat.plan.Target;

/**
 * The structure traits of a new member that the plan sets targets for and that the pipeline
 * knows (education is not in {@link Candidate}, so {@code new_highschool_plus_share} is left out).
 */
public enum Trait {
  FEMALE("new_female_share", "女性", Candidate::female),
  UNDER35("new_under35_share", "35岁以下", Candidate::under35),
  FRONTLINE("new_frontline_share", "生产工作一线", Candidate::frontline),
  TWO_NEW("new_two_new_share", "两新组织", Candidate::twoNew);

  private final String indicatorKey;
  private final String label;
  private final Predicate<Candidate> test;

  Trait(String indicatorKey, String label, Predicate<Candidate> test) {
    this.indicatorKey = indicatorKey;
    this.label = label;
    this.test = test;
  }

  public String indicatorKey() {
    return indicatorKey;
  }

  public String label() {
    return label;
  }

  public boolean of(Candidate c) {
    return test.test(c);
  }

  /**
   * Whether having more people with this trait helps the targets: yes for a {@code min} or
   * {@code approx} target (the shares are usually below them), no for a {@code max} target. With
   * none of the four traits targeted at all, every trait counts, so the structure still breaks
   * ties instead of falling straight through to the code.
   */
  public boolean wanted(Map<String, Target> targets) {
    boolean anyTargeted = false;
    for (Trait t : values()) {
      anyTargeted |= targets.containsKey(t.indicatorKey);
    }
    if (!anyTargeted) {
      return true;
    }
    Target target = targets.get(indicatorKey);
    return target != null && target.kind() != Target.Kind.MAX;
  }

  /** How much one person helps the targets: the number of wanted traits they have (0..4). */
  public static int score(Candidate c, Map<String, Target> targets) {
    int score = 0;
    for (Trait t : values()) {
      if (t.wanted(targets) && t.of(c)) {
        score++;
      }
    }
    return score;
  }
}

package org.dangstat.demo;

import java.util.SplittableRandom;

/** Where 培养联系人 and 入党介绍人 come from: full members of the same branch, as in real life. */
@FunctionalInterface
interface Colleagues {

  /** The name of some full member of the branch (or of an outsider when the branch has none yet). */
  String anyName(SplittableRandom random);

  /** {@code count} names joined by the clerk's usual 、 separator; distinct where possible. */
  default String names(int count, SplittableRandom random) {
    String first = anyName(random);
    if (count < 2) {
      return first;
    }
    String second = anyName(random);
    for (int tries = 0; tries < 3 && second.equals(first); tries++) {
      second = anyName(random);
    }
    return first + "、" + second;
  }
}

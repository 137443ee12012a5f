package org.dangstat.demo;

import java.util.List;
import java.util.SplittableRandom;

/** A fixed list of choices with relative weights, drawn by a binary search on cumulative sums. */
final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;

  Weighted(List<T> items, double[] weights) {
    if (items.size() != weights.length || items.isEmpty()) {
      throw new IllegalArgumentException("items and weights differ: " + items + " vs " + weights.length);
    }
    this.items = List.copyOf(items);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  T pick(SplittableRandom random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return items.get(lo);
  }

  List<T> items() {
    return items;
  }
}

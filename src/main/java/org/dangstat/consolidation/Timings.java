package org.dangstat.consolidation;

import java.util.Map;
import java.util.TreeMap;

/** Where a run's time goes, phase by phase; printed when DANGSTAT_TIMINGS is set (for profiling). */
final class Timings {

  static final boolean ON = System.getenv("DANGSTAT_TIMINGS") != null;
  private static final Map<String, long[]> TOTALS = new TreeMap<>();

  private Timings() {}

  static long start() {
    return ON ? System.nanoTime() : 0;
  }

  static synchronized void add(String phase, long started) {
    if (ON) {
      long[] t = TOTALS.computeIfAbsent(phase, k -> new long[2]);
      t[0] += System.nanoTime() - started;
      t[1]++;
    }
  }

  /** Adds the time since {@code started} to {@code phase}; returns the start of the next phase. */
  static long lap(String phase, long started) {
    add(phase, started);
    return start();
  }

  static synchronized void print() {
    if (ON) {
      TOTALS.forEach((phase, t) -> System.err.printf("  %-20s %8.1f s  %7d×%n", phase, t[0] / 1e9, t[1]));
    }
  }
}

package org.dangstat.consolidation;

/**
 * Lets a test kill the process at a chosen point, as kill -9 would (no shutdown hooks, no
 * rollback from our side): {@code DANGSTAT_FAULT=halt-after-copy:N} halts inside the transaction
 * of the N-th loaded file, after its rows were copied and before it commits.
 */
final class FaultInjection {

  private static final String SPEC = System.getenv("DANGSTAT_FAULT");
  private static final java.util.concurrent.atomic.AtomicInteger LOADS =
      new java.util.concurrent.atomic.AtomicInteger();

  private FaultInjection() {}

  static void afterCopy() {
    if (SPEC != null && SPEC.startsWith("halt-after-copy:")) {
      int n = Integer.parseInt(SPEC.substring("halt-after-copy:".length()));
      if (LOADS.incrementAndGet() == n) {
        System.out.flush();
        Runtime.getRuntime().halt(137);
      }
    }
  }
}

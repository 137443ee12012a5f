package org.dangstat.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work of the analysis that runs beside the main thread: PostgreSQL's aggregates while Java checks
 * compliance, the workbook while the charts are drawn. A thread each, not the common pool: on two
 * cores that pool has one thread, and the blocking queries would wait for each other.
 */
final class Background {

  private Background() {}

  static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
    return CompletableFuture.supplyAsync(() -> Timing.time(name, work), task -> {
      Thread thread = new Thread(task, "analysis-" + name);
      thread.setDaemon(true);
      thread.start();
    });
  }
}

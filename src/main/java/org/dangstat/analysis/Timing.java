package org.dangstat.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The time of each part of an analysis, wall and the thread's own CPU, on standard error when the
 * JVM runs with {@code -Ddangstat.timing=true} (docs/performance.md): on a shared machine the
 * wall time moves with the load, the CPU time much less.
 */
final class Timing {

  private static final boolean ON = Boolean.getBoolean("dangstat.timing");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Timing() {}

  static <T> T time(String part, Supplier<T> work) {
    if (!ON) {
      return work.get();
    }
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      return work.get();
    } finally {
      long end = System.nanoTime();
      // when it ended too (ms since the JVM started): the parts on other threads overlap, and which ones wait shows
      System.err.printf(Locale.ROOT, "timing %-16s %7.0f ms wall %7.0f ms cpu, ended at %d ms%n", part,
          (end - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6,
          ManagementFactory.getRuntimeMXBean().getUptime());
    }
  }

  /** The wall time of a part that began at {@code startedNanos} ({@link System#nanoTime}) and ends now. */
  static void wall(String part, long startedNanos) {
    if (ON) {
      System.err.printf(Locale.ROOT, "timing %-16s %7.0f ms wall, ended at %d ms%n", part,
          (System.nanoTime() - startedNanos) / 1e6, ManagementFactory.getRuntimeMXBean().getUptime());
    }
  }

  static void time(String part, Runnable work) {
    time(part, () -> {
      work.run();
      return null;
    });
  }
}

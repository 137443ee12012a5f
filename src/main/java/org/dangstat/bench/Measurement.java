package org.dangstat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

/** Three timed runs of one thing, with the rows it handled and the peak heap it needed. */
record Measurement(String name, long rows, double[] seconds, long peakHeapBytes) {

  interface Run {
    long rows() throws Exception;
  }

  static Measurement of(String name, Runnable before, Run run, int repetitions) throws Exception {
    double[] seconds = new double[repetitions];
    long rows = 0;
    long peak = 0;
    for (int i = 0; i < repetitions; i++) {
      before.run();
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      rows = run.rows();
      seconds[i] = (System.nanoTime() - start) / 1e9;
      peak = Math.max(peak, heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
    }
    return new Measurement(name, rows, seconds, peak);
  }

  double median() {
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  double rowsPerSecond() {
    return rows / Math.max(median(), 1e-9);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}

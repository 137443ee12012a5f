package org.dangstat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

/** Three timed runs of one thing, with the rows it handled and the peak heap it needed. */
public record Measurement(String name, long rows, double[] seconds, long peakHeapBytes) {

  interface Run {
    long rows() throws Exception;
  }

  static Measurement of(String name, Runnable before, Run run, int repetitions) throws Exception {
    return interleaved(List.of(name), before, List.of(run), repetitions).get(0);
  }

  /**
   * Several things measured in turns (a1 b1 a2 b2 a3 b3), so that a comparison of them is not one of
   * a colder JVM against a warmer one, as it is when all of a's runs come first.
   */
  static List<Measurement> interleaved(List<String> names, Runnable before, List<Run> runs, int repetitions)
      throws Exception {
    double[][] seconds = new double[runs.size()][repetitions];
    long[] rows = new long[runs.size()];
    long[] peak = new long[runs.size()];
    for (int i = 0; i < repetitions; i++) {
      for (int k = 0; k < runs.size(); k++) {
        before.run();
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        rows[k] = runs.get(k).rows();
        seconds[k][i] = (System.nanoTime() - start) / 1e9;
        peak[k] = Math.max(peak[k], heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
      }
    }
    List<Measurement> out = new java.util.ArrayList<>();
    for (int k = 0; k < runs.size(); k++) {
      out.add(new Measurement(names.get(k), rows[k], seconds[k], peak[k]));
    }
    return out;
  }

  /** The measurements as lines of tab-separated fields, for {@link #read} in another JVM. */
  static List<String> lines(List<Measurement> results) {
    return results.stream().map(m -> String.join("\t", m.name, Long.toString(m.rows), Double.toString(m.seconds[0]),
        Double.toString(m.seconds[1]), Double.toString(m.seconds[2]), Long.toString(m.peakHeapBytes))).toList();
  }

  static List<Measurement> read(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).map(f -> new Measurement(f[0],
        Long.parseLong(f[1]), new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4])}, Long.parseLong(f[5]))).toList();
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

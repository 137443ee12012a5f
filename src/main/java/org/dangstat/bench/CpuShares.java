package org.dangstat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine's CPU time as Linux counts it ({@code /proc/stat}: all cores, in clock ticks since
 * boot), so that a bench can say what share of the machine was busy while it ran, and what share a
 * virtual machine's host took for others ("steal"), which the load average cannot show: a noisy
 * neighbour on the host would otherwise look like slower code.
 */
record CpuShares(long busy, long idle, long stolen) {

  private static final Path STAT = Path.of("/proc/stat");

  /** Now, or empty where there is no {@code /proc/stat}. */
  static Optional<CpuShares> now() {
    try {
      return Optional.of(parse(Files.readAllLines(STAT).get(0)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The first line: {@code cpu user nice system idle iowait irq softirq steal guest guest_nice}. */
  static CpuShares parse(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    if (!f[0].equals("cpu") || f.length < 9) {
      throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
    }
    long user = Long.parseLong(f[1]);
    long nice = Long.parseLong(f[2]);
    long system = Long.parseLong(f[3]);
    long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // waiting for I/O is idle too
    long irq = Long.parseLong(f[6]) + Long.parseLong(f[7]);
    // guest time is already inside user and nice
    return new CpuShares(user + nice + system + irq, idle, Long.parseLong(f[8]));
  }

  /** "busy 93.2 %, stolen by the host 24.8 %" of all cores' time since {@code start}; empty if none passed. */
  String since(CpuShares start) {
    long busyTicks = busy - start.busy;
    long stolenTicks = stolen - start.stolen;
    long all = busyTicks + (idle - start.idle) + stolenTicks;
    if (all <= 0) {
      return "";
    }
    return String.format(Locale.ROOT, "busy %.1f %%, stolen by the host %.1f %%", 100.0 * busyTicks / all,
        100.0 * stolenTicks / all);
  }
}

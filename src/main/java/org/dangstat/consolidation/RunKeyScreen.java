package org.dangstat.consolidation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The first 64 bits of the person key of every row a run copies whose person is still there at
 * the period's end, by period, gathered by the workers as they go (they hash every ID anyway). After the job, in a period where every branch
 * snapshot in effect came in this run (the first night of a quarter, a first load), a person in
 * two branches can only be two equal values here: the warehouse is asked about those people
 * alone instead of grouping the period's million keys (~1 s). Any other period, a resumed run
 * and remote workers, whose rows this JVM does not see, get the full check.
 */
@Component
final class RunKeyScreen {

  /** Keys kept a period (16 MB); a period with more rows in one run gets the full check. */
  static final int CAPACITY = 1 << 21;

  private final Map<String, long[]> keys = new HashMap<>();
  private final Map<String, Integer> sizes = new HashMap<>();
  private boolean armed;

  /** Starts gathering for a run of this process; until then (a remote worker's JVM) nothing is kept. */
  synchronized void start() {
    clear();
    armed = true;
  }

  /** Stops gathering and lets the keys go. */
  synchronized void clear() {
    armed = false;
    keys.clear();
    sizes.clear();
  }

  /** Adds the keys of one file's rows ({@code count} of {@code fileKeys}). */
  synchronized void add(String period, long[] fileKeys, int count) {
    if (!armed || count == 0) {
      return;
    }
    int size = sizes.getOrDefault(period, 0);
    if (size < 0) {
      return; // overflowed
    }
    if (size + count > CAPACITY) {
      keys.remove(period);
      sizes.put(period, -1);
      return;
    }
    long[] all = keys.get(period);
    if (all == null || all.length < size + count) {
      all = Arrays.copyOf(all == null ? new long[0] : all, Math.min(CAPACITY, Math.max(size + count, size * 2 + 1024)));
      keys.put(period, all);
    }
    System.arraycopy(fileKeys, 0, all, size, count);
    sizes.put(period, size + count);
  }

  /**
   * The values copied more than once for the period (rows of files later rejected or superseded
   * included: the warehouse confirms), or null when the screen cannot tell (not gathering, too many).
   */
  synchronized long[] doubled(String period) {
    if (!armed) {
      return null;
    }
    int size = sizes.getOrDefault(period, 0);
    if (size < 0) {
      return null;
    }
    long[] all = keys.getOrDefault(period, new long[0]);
    Arrays.sort(all, 0, size);
    long[] doubled = new long[16];
    int n = 0;
    for (int i = 1; i < size; i++) {
      if (all[i] == all[i - 1] && (n == 0 || doubled[n - 1] != all[i])) {
        doubled = n == doubled.length ? Arrays.copyOf(doubled, n * 2) : doubled;
        doubled[n++] = all[i];
      }
    }
    return Arrays.copyOf(doubled, n);
  }
}

package org.dangstat.consolidation;

import java.util.Arrays;

/**
 * The first 64 bits of the person key of each row of one file, to tell whether two rows might be
 * the same person (then SQL checks exactly). The values go into a plain array and are sorted once,
 * when the file is done: a hash set answered the same question row by row with a random access
 * into a table twice the file's size, for a county file of a million people 32 MB, a cache and
 * page-table miss per row and 12 % of the worker's samples (docs/performance.md, twelfth round).
 */
final class FileKeyScreen {

  private long[] values = new long[1024];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Whether some value was added twice since the last {@link #clear}. */
  boolean anyTwice() {
    Arrays.sort(values, 0, size);
    for (int i = 1; i < size; i++) {
      if (values[i] == values[i - 1]) {
        return true;
      }
    }
    return false;
  }

  /** Empties the screen for the next file; a big array from a county file is not kept. */
  void clear() {
    if (values.length > 1 << 16) {
      values = new long[1024];
    }
    size = 0;
  }
}

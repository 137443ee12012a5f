package org.dangstat.consolidation;

import java.util.Arrays;

/**
 * A set of longs in one array (open addressing), for screening a file's rows for the same person
 * twice: a million rows take 16 MB here instead of 60+ MB of boxed Longs.
 */
final class LongSet {

  private static final long EMPTY = 0L;
  private long[] slots = new long[1024];
  private int size;
  private boolean hasZero;

  /** Adds {@code value}; false if it was there already. */
  boolean add(long value) {
    if (value == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = mix(value) & mask;
    while (slots[i] != EMPTY) {
      if (slots[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = value;
    size++;
    return true;
  }

  /** Empties the set for the next file; a big table from a county file is not kept. */
  void clear() {
    if (slots.length > 1 << 16) {
      slots = new long[1024];
    } else if (size > 0) {
      Arrays.fill(slots, EMPTY);
    }
    size = 0;
    hasZero = false;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long v : old) {
      if (v != EMPTY) {
        add(v);
      }
    }
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}

package org.dangstat.intake;

import java.util.Arrays;

/**
 * The strings of short cells that repeat down a column (性别, 民族, 学历, 工作岗位, 是/否, 离开原因),
 * made once per file and handed out again for the same bytes: a string for every cell of a row was a
 * sixth of a consolidation worker's time (docs/performance.md, twelfth round), and a string handed
 * out again keeps its hash for the code tables' lookups. Each column has a small table of the
 * latest strings by their bytes' hash; a column whose cells rarely repeat (names, IDs, dates)
 * stops being looked up after its first rows. Strings are immutable: sharing one changes nothing.
 */
final class CellStrings {

  private static final int COLUMNS = 64;
  private static final int SLOTS = 32; // a power of two
  private static final int MAX_BYTES = 24;
  /**
   * Lookups of a column after which it stays cached only if at least a quarter of them were hits.
   * Few: a branch file has ~500 rows, and with 256 the columns that never repeat were looked up in
   * half of them for nothing (~5 % of a worker's samples with 2,000 files, nineteenth round).
   */
  private static final int TRIAL = 32;

  private final byte[][][] keys = new byte[COLUMNS][][];
  private final String[][] values = new String[COLUMNS][];
  private final int[] lookups = new int[COLUMNS];
  private final int[] hits = new int[COLUMNS];
  private final boolean[] off = new boolean[COLUMNS];
  /** The slot {@link #find} looked at last, for {@link #remember}; -1 when the column is not cached. */
  private int slot = -1;

  /** The string made earlier for these bytes of this column, or null. */
  String find(int column, byte[] bytes, int length) {
    slot = -1;
    if (column >= COLUMNS || length > MAX_BYTES || off[column]) {
      return null;
    }
    if (keys[column] == null) {
      keys[column] = new byte[SLOTS][];
      values[column] = new String[SLOTS];
    }
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + bytes[i];
    }
    slot = (h ^ (h >>> 11)) & (SLOTS - 1);
    byte[] key = keys[column][slot];
    if (++lookups[column] == TRIAL && hits[column] * 4 < TRIAL) {
      off[column] = true; // mostly different values: stop paying for the lookups
    }
    if (key != null && key.length == length && Arrays.equals(key, 0, length, bytes, 0, length)) {
      hits[column]++;
      return values[column][slot];
    }
    return null;
  }

  /** Keeps {@code text}, just made from the bytes {@link #find} was given, in the slot it looked at. */
  void remember(int column, byte[] bytes, int length, String text) {
    if (slot >= 0 && !off[column]) {
      keys[column][slot] = Arrays.copyOf(bytes, length);
      values[column][slot] = text;
    }
  }
}

package org.dangstat.annual;

import java.util.Arrays;

/**
 * The cells of the five tables of one org unit, by table index then cell index
 * ({@link AnnualLayout.Table#cell}); null where a cell cannot be computed.
 */
public final class Grid {

  private final Integer[][] values;

  Grid(AnnualLayout layout) {
    values = new Integer[layout.tables().size()][];
    for (var t : layout.tables()) {
      values[t.index()] = new Integer[t.cells()];
    }
  }

  /** A grid of zeros (a branch with a snapshot counts from 0). */
  static Grid zeros(AnnualLayout layout) {
    Grid g = new Grid(layout);
    for (Integer[] table : g.values) {
      Arrays.fill(table, 0);
    }
    return g;
  }

  Integer get(AnnualLayout.Table table, int cell) {
    return values[table.index()][cell];
  }

  Integer get(AnnualLayout.Table table, String row, String column) {
    return get(table, table.cell(row, column));
  }

  void set(AnnualLayout.Table table, int cell, Integer value) {
    values[table.index()][cell] = value;
  }

  void add(AnnualLayout.Table table, int cell, int n) {
    Integer v = values[table.index()][cell];
    values[table.index()][cell] = v == null ? n : v + n;
  }

  /** Adds another unit's cells: a cell unknown in either stays unknown, except in an empty grid. */
  void addAll(Grid other) {
    for (int t = 0; t < values.length; t++) {
      for (int c = 0; c < values[t].length; c++) {
        Integer mine = values[t][c];
        Integer theirs = other.values[t][c];
        values[t][c] = mine == null || theirs == null ? null : mine + theirs;
      }
    }
  }
}
